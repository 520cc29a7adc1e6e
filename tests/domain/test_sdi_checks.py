"""SDI's automatic hints (code test) and findings (grouping test), on the sample
thesis's codebook and on made-up cases."""

import json
import random
import time
from pathlib import Path

import pytest

from workbench.domain.sdi_checks import (
    FINDING_KINDS,
    HINT_KINDS,
    CodeFacts,
    GroupFacts,
    WordIndex,
    code_hints,
    content_words,
    grouping_findings,
    name_length,
    near_duplicates,
    words,
    words_match,
)
from workbench.domain.sdi_settings import load_settings
from workbench.importers import read_transcript

DEMO = Path(__file__).resolve().parents[2] / "resources" / "demo"


@pytest.fixture(scope="module")
def nb():
    return load_settings("nb")


@pytest.fixture(scope="module")
def en():
    return load_settings("en")


@pytest.fixture(scope="module")
def codebook():
    return json.loads((DEMO / "codebook.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def thesis_groups(codebook):
    groups = [GroupFacts(g["number"], g["name"], g["codes"], False, g["number"])
              for theme in codebook["themes"] for g in theme["groups"]]
    rest = codebook["rest_group"]
    return [*groups, GroupFacts(rest["number"], rest["name"], rest["codes"], True, rest["number"])]


@pytest.fixture(scope="module")
def transcripts():
    """The six transcripts' paragraphs: the interviewer's questions and the informants' answers."""
    paragraphs = [p for path in sorted((DEMO / "transcripts").glob("*.docx"))
                  for p in read_transcript(path).text.split("\n")]
    questions = sorted({p.split(":", 1)[1].strip() for p in paragraphs if p.startswith("Intervjuer:")})
    answers = [p for p in paragraphs if p.startswith("Informant")]
    return questions, answers


@pytest.fixture(scope="module")
def thesis_codes(thesis_groups, transcripts):
    """Every code with its passages as the demo codes them: wherever its phrase occurs in an answer."""
    _, answers = transcripts
    facts = []
    for group in thesis_groups:
        for name in group.codes:
            found = [(p, p.casefold().find(name.casefold())) for p in answers]
            facts.append(CodeFacts(len(facts), name, [p[at:at + len(name)] for p, at in found if at >= 0],
                                   [p for p, at in found if at >= 0], group.name, group.is_rest))
    return facts


def kinds(hints, kind):
    return [h.code for h in hints if h.kind == kind]


# --- words ---------------------------------------------------------------------------

def test_words_are_casefolded_and_stripped_of_punctuation():
    assert words("«Vi må TØRRE å feile» – sa hun.") == ["vi", "må", "tørre", "å", "feile", "sa", "hun"]
    assert words("IKT-løsninger, FN’s bærekraftmål (...) “Æøå”!") == [
        "ikt", "løsninger", "fn", "s", "bærekraftmål", "æøå"]


def test_content_words_drop_stopwords_numbers_and_repeats(nb):
    assert content_words("Det er jo ikke all kompetansen på IT som vi vil trenge", nb.stopwords) == [
        "all", "kompetansen", "it", "trenge"]
    assert content_words("Kultur, kultur og KULTUR i 2019", nb.stopwords) == ["kultur"]
    assert content_words("The culture of the place", nb.stopwords) == ["culture", "place"]
    assert content_words("det er så", nb.stopwords) == []


def test_name_length_counts_words_as_written():
    assert name_length("Spot digitalisering") == 2
    assert name_length("IKT-løsninger") == 1
    assert name_length("  «Kultur» – ") == 1
    assert name_length("(...)") == 0


@pytest.mark.parametrize("a, b", [
    ("digitalisere", "digitalisering"), ("kultur", "kulturen"), ("leder", "lederne"),
    ("forankret", "forankring"), ("strategi", "strategiene"), ("kommune", "kommunal"), ("ansatt", "ansatte"),
    ("læring", "læringen"), ("feil", "feile"), ("lede", "ledere"), ("vi", "vi"),
])
def test_inflections_match(a, b):
    assert words_match(a, b) and words_match(b, a)


@pytest.mark.parametrize("a, b", [
    ("kommune", "kommunikasjon"), ("prosess", "prosjekt"), ("kompetanse", "kompetanseheving"),
    ("innbyggerne", "innbyggertjenester"), ("vi", "vil"), ("leder", "ledelse"), ("verd", "verdier"),
])
def test_compounds_and_look_alikes_do_not(a, b):
    assert not words_match(a, b) and not words_match(b, a)


def test_word_index_of_texts():
    index = WordIndex(["Hvordan har dere forankret digitaliseringsstrategien?", "Æøå-testen «kultur»"])
    assert "forankring" in index and "digitaliseringsstrategi" in index and "kulturen" in index
    assert "æøå" in index and "testene" in index
    assert "strategi" not in index and "forankre" in index
    assert not WordIndex([]) and WordIndex(["x"])


# --- code hints: made-up cases -----------------------------------------------------------

def code(name, passages=("x",), contexts=(), **kw):
    return CodeFacts(kw.pop("id", name), name, list(passages), list(contexts), **kw)


def test_short_name(nb):
    hints = code_hints([code("Kultur", ["kulturen"]), code("Lav tillit", ["lav tillit"]),
                        code("Vi stoler ikke på IT", ["vi stoler ikke på IT"]), code("«Kompetanse»", ["kompetanse"])],
                       [], "", nb)
    assert kinds(hints, "short_name") == ["Kultur", "Lav tillit", "«Kompetanse»"]
    assert hints[0].message == (
        "«Kultur» har bare 1 ord. Forteller koden hva som ble sagt, eller navngir den bare et tema?")


def test_short_name_follows_the_threshold():
    s = load_settings("nb", {"thresholds": {"short_name_words": 4}})
    hints = code_hints([code("Vi stoler ikke på IT"), code("Vi stoler ikke")], [], "", s)
    assert kinds(hints, "short_name") == ["Vi stoler ikke"]


def test_before_coding(nb):
    guide = ["Hvordan har dere forankret digitaliseringsstrategien i kommunen?",
             "Hva betyr kompetanse for å lykkes med endringer?"]
    rq = "Hvordan påvirker lederes kompetanse digitaliseringen i norske kommuner?"
    codes = [
        code("Forankring av digitaliseringsstrategien"),         # forankring ~ forankret, strategien: 2/2
        code("Kompetanse for endring"),                          # 2/2 (endring ~ endringer)
        code("Lederes kompetanse påvirker digitaliseringen"),    # 4/4 from the research question
        code("Vi har ikke fått noen opplæring, vi bare prøver oss fram"),  # opplæring, prøver: 0/2
        code("Kompetanse? Vi må ringe IT-avdelingen hver gang"),  # 1 of 4 (kompetanse)
    ]
    hints = code_hints(codes, guide, rq, nb)
    assert kinds(hints, "before_coding") == [
        "Forankring av digitaliseringsstrategien", "Kompetanse for endring",
        "Lederes kompetanse påvirker digitaliseringen"]
    first = next(h for h in hints if h.kind == "before_coding")
    assert first.message == ("100 % av ordene i «Forankring av digitaliseringsstrategien» (forankring, "
                             "digitaliseringsstrategien) står i intervjuguiden eller problemstillingen. "
                             "Kunne denne koden vært laget før kodingen?")
    # No guide and no research questions: nothing to compare with.
    assert kinds(code_hints(codes, [], "", nb), "before_coding") == []


def test_before_coding_follows_the_threshold(nb):
    guide = ["Hva tenker dere om kompetanse og kultur?"]
    name = "Kompetanse og kultur henger sammen med ledelsen"  # kompetanse, kultur, henger, ledelsen: 2/4
    assert kinds(code_hints([code(name)], guide, "", nb), "before_coding") == []
    lower = load_settings("nb", {"thresholds": {"guide_overlap": 0.5}})
    assert kinds(code_hints([code(name)], guide, "", lower), "before_coding") == [name]


def test_not_informant_words(nb):
    paragraph = "Informant C: Vi har en sånn «kultur for å feile», og det tror jeg er litt viktig – også for lederne."
    codes = [
        code("Kultur for å feile", ["kultur for å feile"], [paragraph]),             # in vivo
        code("Lederne tror feilkultur er viktig", ["kultur for å feile"], [paragraph]),  # feilkultur: 1/3 missing
        code("Feilkultur er viktig for lederne og ansatte", ["kultur for å feile"], [paragraph]),  # 2/4 missing
        code("Psykologisk trygghet i ledelsen", ["kultur for å feile"], [paragraph]),  # 3/3 missing
        code("Toleranse for feil", ["kultur for å feile"], []),  # feil ~ feile; toleranse missing: 1/2
        code("Trygghet", ["trygghet"]),  # the passage alone counts
    ]
    hints = code_hints(codes, [], "", nb)
    assert kinds(hints, "not_informant_words") == [
        "Feilkultur er viktig for lederne og ansatte", "Psykologisk trygghet i ledelsen", "Toleranse for feil"]
    [trygghet] = [h for h in hints if h.code == "Psykologisk trygghet i ledelsen"]
    assert trygghet.message == ("Ordene psykologisk, trygghet, ledelsen i «Psykologisk trygghet i ledelsen» finnes "
                                "verken i utdragene eller rundt dem. Er koden empirinær, nær det informanten sa?")
    stricter = load_settings("nb", {"thresholds": {"not_in_informant_words": 0.75}})
    assert kinds(code_hints(codes, [], "", stricter), "not_informant_words") == ["Psykologisk trygghet i ledelsen"]


def test_no_passages(en):
    codes = [code("Vi må tørre å feile", []), code("Vi må tørre å feile igjen", ["  ", ""]),
             code("Vi har en kultur for å feile", ["kultur for å feile"])]
    hints = code_hints(codes, [], "", en)
    assert kinds(hints, "no_passages") == ["Vi må tørre å feile", "Vi må tørre å feile igjen"]
    assert hints[0].message == (
        "“Vi må tørre å feile” is linked to no passage. Which passages in the data does it come from?")
    assert kinds(hints, "not_informant_words") == []  # nothing to compare a code without passages with


def test_near_duplicate_names_the_other_code_both_ways(nb):
    codes = [code("Kommunen er ganske pressa og det å få kjørt en sånn prosess blir en utfordring", id=1),
             code("Kommunen er ganske presset, og å få kjørt en sånn prosess blir en utfordring da", id=2),
             code("Vi får ikke kjørt prosessene fordi vi er for få", id=3)]
    hints = [h for h in code_hints(codes, [], "", nb) if h.kind == "near_duplicate"]
    assert [(h.code_id, h.other_id) for h in hints] == [(1, 2), (2, 1)]
    assert hints[0].message.startswith(f"«{codes[0].name}» ligner mye på «{codes[1].name}» (")
    assert hints[0].message.endswith("% likhet). Sier de det samme, slik at de kan slås sammen?")


def test_a_short_name_is_not_a_duplicate_of_every_name_holding_its_words(nb):
    names = ["Kultur", "Vi har en kultur som er fremoverlent", "«kultur»", "Kulturen", "Vi har en kultur"]
    pairs = {(names[i], names[j]) for i, j, _ in near_duplicates(names, nb)}
    # Short names are compared whole: "kultur" and "kulturen" are 86 % alike, under 88.
    assert pairs == {("Kultur", "«kultur»"), ("Vi har en kultur som er fremoverlent", "Vi har en kultur")}


def test_near_duplicate_follows_the_threshold(nb):
    names = ["Ledere må være fremoverlent og tørre å prøve", "Lederne må være fremoverlente og tørre å prøve nytt"]
    assert near_duplicates(names, nb) != []
    strict = load_settings("nb", {"thresholds": {"near_duplicate_score": 99}})
    assert near_duplicates(names, strict) == []


def test_hints_come_code_by_code_in_kind_order(nb):
    codes = [code("Kompetanse", []), code("Vi mangler kompetanse på IT", ["vi mangler kompetanse på IT"]),
             code("kompetanse", ["kompetanse"])]
    hints = code_hints(codes, ["Hva med kompetanse?"], "", nb)
    assert [(h.code, h.kind) for h in hints] == [
        ("Kompetanse", "no_passages"), ("Kompetanse", "short_name"), ("Kompetanse", "before_coding"),
        ("Kompetanse", "near_duplicate"),
        ("kompetanse", "short_name"), ("kompetanse", "before_coding"), ("kompetanse", "near_duplicate")]
    assert {h.kind for h in hints} <= set(HINT_KINDS)


# --- code hints: the sample thesis ---------------------------------------------------------

def test_thesis_transcripts_give_an_interview_guide(transcripts):
    questions, answers = transcripts
    assert len(questions) == 16 and len(answers) > 90
    assert "Opplever du at medarbeidere sitt kompetansenivå påvirker resultatet av digitalisering og endringsarbeid?" \
        in questions


def test_thesis_codebook_hints(thesis_codes, transcripts, nb):
    questions, _ = transcripts
    assert len(thesis_codes) == 240
    started = time.perf_counter()
    hints = code_hints(thesis_codes, questions, "", nb)
    assert time.perf_counter() - started < 0.5
    # 1-2 words: the only one of 240 codes.
    assert kinds(hints, "short_name") == ["Spot digitalisering"]
    # The one code that is not the informant's words verbatim, so the demo codes it nowhere.
    assert kinds(hints, "no_passages") == [
        "Størst motstand opplever vi blant ansatte og ledere som ikke forstår teknologi"]
    # Every other code is found verbatim in an answer: all are the informant's words.
    assert kinds(hints, "not_informant_words") == []
    # One pair of merge candidates: the interview question confirmed, and the question itself.
    confirmed = ("Ja, uten tvil så påvirker medarbeidere sitt kompetansenivå resultatet av digitalisering "
                 "og endringsarbeid")
    question = "Kompetansenivå på medarbeidere påvirker resultatet av digitalisering og endringsarbeid"
    assert kinds(hints, "near_duplicate") == [confirmed, question]
    # Names whose content words are mostly the interview guide's.
    assert kinds(hints, "before_coding") == [
        "Det digitale målbildet til kommunen",
        "Hvis medarbeidere ikke har kompetansen så stopper det opp litt også",
        confirmed,
        question,
        "At det er en kultur for å feile tror jeg er litt viktig",
        "Digitaliseringstiltak følges jo opp",
        "Alle lederne vet jo at vi må tenke på digitalisering",
        "Lav middels kompetanse hos lederne til å lede digitalisering",
        "Lede digitalisering, der er det for få ledere",
        "Digitaliseringsstrategien er jo også en visjon på hvor man ønsker å nå",
    ]
    assert next(h for h in hints if h.code == question and h.kind == "before_coding").message.startswith("100 %")


def test_thesis_codebook_without_passages_or_guide(thesis_codes, nb):
    bare = [CodeFacts(c.id, c.name, [], [], c.group, c.is_rest) for c in thesis_codes]
    hints = code_hints(bare, [], "", nb)
    assert len(kinds(hints, "no_passages")) == 240
    assert kinds(hints, "before_coding") == kinds(hints, "not_informant_words") == []


def test_near_duplicates_of_2000_codes_are_fast(thesis_codes, nb):
    rng = random.Random(7)
    vocabulary = [w for c in thesis_codes for w in words(c.name)]
    names = [" ".join(rng.choice(vocabulary) for _ in range(rng.randint(3, 14))) for _ in range(2000)]
    started = time.perf_counter()
    near_duplicates(names, nb)
    assert time.perf_counter() - started < 5  # about 1 s on a laptop, with words drawn from one thesis


# --- grouping findings: the sample thesis --------------------------------------------------

def test_thesis_grouping(thesis_groups, nb):
    assert [len(g.codes) for g in thesis_groups if g.is_rest] == [11]
    assert sum(len(g.codes) for g in thesis_groups) == 240
    report = grouping_findings(thesis_groups, [], 240, nb, themes=4)
    # No group holds a single code (the smallest, group 16, holds 2); the rest group's
    # 11 of 240 codes (5 %) stay under 15 %; only group 7 reaches 30 codes (36, 15 %);
    # groups 19 and 8 share "teknologi" and "digitalisering".
    assert report.kinds == [(19, "similar_names"), (7, "large_group"), (8, "similar_names")]
    assert report.findings_for(7)[0].message == (
        "Kodegruppen «Endringsledelse i digitalisering» har 36 av 240 koder (15 %). "
        "Uttrykker navnet essensen i alle, eller rommer den flere kodegrupper?")
    [similar] = report.findings_for(19)
    assert similar.other_id == 8
    assert similar.message == (
        "Kodegruppene «Teknologi fokusert digitalisering» og «Digitalisering er både organisasjonsutvikling, "
        "prosess og teknologi» har like navn (84 % likhet). Skiller de seg tematisk fra hverandre, "
        "eller er de én kodegruppe?")
    assert report.findings_for(12) == [] and report.project == [] and report.ungrouped == []


def test_thesis_grouping_before_the_themes(thesis_groups, en):
    report = grouping_findings(thesis_groups, [], 240, en, themes=0)
    assert report.project[0].kind == "too_many_groups"
    assert report.project[0].message == ("There are 18 code groups and no themes, while an analysis chapter carries "
                                         "3–5. Could you gather the groups under themes?")


def test_thesis_rest_group_under_a_stricter_teacher(thesis_groups):
    strict = load_settings("nb", {"thresholds": {"rest_group_share": 0.04}})
    report = grouping_findings(thesis_groups, [], 240, strict, themes=4)
    assert report.findings_for(12)[0].message == (
        "Restgruppen «Restgruppe» har 11 av 240 koder (5 %). Er alle av liten relevans, "
        "eller hører noen hjemme i en kodegruppe?")


# --- grouping findings: made-up cases ---------------------------------------------------

def group(gid, name, n, rest=False):
    return GroupFacts(gid, name, [f"{name} kode {i}" for i in range(n)], rest, None)


def test_single_code_and_empty_groups(nb):
    groups = [GroupFacts(1, "Ærlighet og åpenhet", ["«Vi sier det som det er»"]), group(2, "Tillit", 0),
              group(3, "Frykt for å feile", 2), GroupFacts(4, "Restgruppe", ["Én kode"], is_rest=True)]
    report = grouping_findings(groups, [], 10, nb, themes=1)
    assert report.kinds == [(1, "single_code"), (2, "empty_group")]
    assert report.findings_for(1)[0].message == (
        "Kodegruppen «Ærlighet og åpenhet» har bare én kode, ««Vi sier det som det er»». Er det en egen "
        "kodegruppe, eller hører koden hjemme i en annen kodegruppe eller i restgruppen?")


def test_large_group_by_count_or_by_share(nb):
    by_count = grouping_findings([group(1, "Ledelse", 30), group(2, "Kultur", 29)], [], 200, nb, themes=1)
    assert by_count.kinds == [(1, "large_group")]
    by_share = grouping_findings([group(1, "Ledelse", 5), group(2, "Kultur", 4)], [], 20, nb, themes=1)
    assert by_share.kinds == [(1, "large_group")]  # 25 % of the codes, against 20 %
    assert by_share.findings_for(1)[0].message.startswith("Kodegruppen «Ledelse» har 5 av 20 koder (25 %).")


def test_similar_names(nb):
    groups = [group(1, "Frykt for å feile", 3), group(2, "Frykt for å feile i jobben", 3),
              group(3, "Økonomi og bærekraft", 3), group(4, "Bærekraftig økonomi", 3),
              group(5, "Tillit i ledelsen", 3), group(6, "Tillit til ledere", 3),
              group(7, "Restgruppe for frykt", 3, rest=True)]
    report = grouping_findings(groups, [], 100, nb, themes=1)
    # "Tillit i ledelsen" and "Tillit til ledere" are 71 % alike, under 80; the rest group is left out.
    assert report.kinds == [(1, "similar_names"), (2, "similar_names"), (3, "similar_names"), (4, "similar_names")]
    assert [f.other_id for f in report.findings_for(1)] == [2]
    assert report.findings_for(2)[0].message.startswith(
        "Kodegruppene «Frykt for å feile i jobben» og «Frykt for å feile» har like navn (100 % likhet).")


def test_large_rest_group(en):
    rest = group(9, "Restgruppe", 15, rest=True)
    assert grouping_findings([group(1, "Tillit", 85), rest], [], 100, en, themes=1).kinds == [
        (1, "large_group"), (9, "large_rest_group")]
    assert grouping_findings([group(1, "Tillit", 86), group(9, "Restgruppe", 14, rest=True)], [], 100, en,
                             themes=1).kinds == [(1, "large_group")]
    message = grouping_findings([rest], [], 100, en, themes=1).findings_for(9)[0].message
    assert message == ("The rest group “Restgruppe” holds 15 of 100 codes (15%). Are they all of little relevance, "
                       "or do some belong in a code group?")


def test_too_many_groups_without_themes(nb):
    six = [group(i, f"Gruppe {name}", 3) for i, name in enumerate("abcdef")]
    rest = group(99, "Restgruppe", 3, rest=True)
    assert grouping_findings(six, [], 18, nb).project[0].kind == "too_many_groups"
    assert grouping_findings(six, [], 18, nb, themes=3).project == []
    assert grouping_findings([*six[:5], rest], [], 18, nb).project == []  # the rest group is not counted
    wider = load_settings("nb", {"thresholds": {"max_groups_for_chapter": 6}})
    assert grouping_findings(six, [], 18, wider).project == []


def test_ungrouped_codes(nb):
    ungrouped = ["Vi må tørre å feile", "«Det er ikke vår jobb»", "Økonomien styrer", "Ledere må gå foran"]
    report = grouping_findings([group(1, "Tillit", 4)], ungrouped, 8, nb, themes=1)
    assert report.ungrouped == ungrouped
    assert report.kinds == [(1, "large_group"), (None, "ungrouped_codes")]
    assert report.project[0].message == (
        "Koder som ennå ikke er i en kodegruppe: 4 (Vi må tørre å feile; «Det er ikke vår jobb»; Økonomien styrer; …). "
        "Hvilken kodegruppe, eller restgruppen, hører hver av dem hjemme i?")
    assert grouping_findings([group(1, "Tillit", 2)], [], 8, nb, themes=1).project == []


def test_no_codes_at_all(nb):
    report = grouping_findings([group(1, "Tillit", 0), group(2, "Restgruppe", 0, rest=True)], [], 0, nb)
    assert report.kinds == [(1, "empty_group")]


# --- texts for every kind --------------------------------------------------------------

@pytest.mark.parametrize("language", ["en", "nb"])
def test_every_kind_has_a_label_and_a_question(language):
    s = load_settings(language)
    values = {"code": "a", "other": "b", "group": "c", "words": "d", "share": 1, "score": 2, "count": 3,
              "total": 4, "groups": 5, "min": 3, "max": 5, "examples": "e"}
    for kind in HINT_KINDS:
        assert s.label(kind) and s.hint(kind, **values).endswith("?")
    for kind in FINDING_KINDS:
        assert s.label(kind) and s.finding(kind, **values).endswith("?")
    assert set(s.config["hints"]) == set(HINT_KINDS) and set(s.config["findings"]) == set(FINDING_KINDS)
