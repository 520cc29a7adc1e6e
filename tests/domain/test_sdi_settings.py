"""SDI's test texts and thresholds: the bundled defaults and a project's overrides."""

import json
import string

import pytest

from workbench.domain.sdi_settings import (
    OUTCOMES,
    SUBJECTS,
    bundled,
    checks_path,
    load_settings,
    node_at,
    reworded,
    text_paths,
    text_placeholders,
)


def _texts(node, path=()):
    """Every text leaf (an object with an "en" string) in the settings, with its path."""
    if isinstance(node, dict):
        if "en" in node and all(isinstance(v, str) for v in node.values()):
            yield ".".join(path), node
            return
        for key, value in node.items():
            yield from _texts(value, (*path, key))


def _fields(text):
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


@pytest.fixture(scope="module")
def raw():
    return json.loads(checks_path().read_text(encoding="utf-8"))


# --- the bundled defaults ----------------------------------------------------------

def test_every_english_text_has_a_norwegian_one_with_the_same_placeholders(raw):
    leaves = [(path, t) for path, t in _texts({k: v for k, v in raw.items() if k != "languages"})]
    assert len(leaves) > 40  # the walk really covers the texts
    for path, text in leaves:
        assert set(text) == {"en", "nb"}, path
        assert text["en"].strip() and text["nb"].strip(), path
        assert _fields(text["en"]) == _fields(text["nb"]), path
        assert text["en"] != text["nb"], path  # really translated


def test_defaults_load_in_both_languages():
    en, nb = load_settings("en"), load_settings("nb")
    assert (en.language, nb.language) == ("en", "nb")
    assert en.thresholds == nb.thresholds
    t = en.thresholds
    assert (t.short_name_words, t.guide_overlap, t.not_in_informant_words) == (2, 0.6, 0.5)
    assert (t.near_duplicate_score, t.similar_group_score) == (88, 80)
    assert (t.large_group_share, t.large_group_codes, t.rest_group_share) == (0.25, 30, 0.15)
    assert (t.min_groups_for_chapter, t.max_groups_for_chapter) == (3, 5)
    assert isinstance(t.short_name_words, int) and isinstance(t.guide_overlap, float)


@pytest.mark.parametrize("tag, expected", [
    ("nb", "nb"), ("nb_NO", "nb"), ("nb-NO", "nb"), ("NO", "nb"), ("en_GB", "en"),
    ("de", "en"), ("", "en"), ("sv-SE", "en"),
])
def test_unknown_language_falls_back_to_english(tag, expected):
    assert load_settings(tag).language == expected


def test_test_names_use_tjoras_terms():
    nb = load_settings("nb")
    assert [nb.test(t).name for t in nb.test_ids] == ["Kodetest", "Grupperingstest", "Konsepttest"]
    en = load_settings("en")
    assert [en.test(t).name for t in en.test_ids] == ["Code test", "Grouping test", "Concept test"]
    every_nb_text = " ".join(t["nb"] for _, t in _texts(nb.config)).casefold()
    for term in ("empirinær", "kodegruppe", "restgruppe", "tema", "konsept", "intervjuguiden"):
        assert term in every_nb_text, term


def test_code_test_questions_and_where_their_answers_lead():
    q1, q2 = load_settings("en").questions("code_test")
    assert (q1.id, q1.applies_to, q1.text) == ("q1", "code", "Could this code have been made before the coding?")
    assert [(a.id, a.outcome) for a in q1.answers] == [("yes", "fail"), ("no", "next")]
    assert q2.text == "Does the code tell what was said, or only what was talked about?"
    assert [(a.id, a.label, a.outcome) for a in q2.answers] == [
        ("said", "What was said", "pass"), ("talked_about", "Only what was talked about", "fail")]
    assert q1.help and q2.help
    nb_q1, nb_q2 = load_settings("nb").questions("code_test")
    assert nb_q1.text == "Kunne denne koden vært laget før kodingen?"
    assert [a.label for a in nb_q1.answers] == ["Ja, det kunne den", "Nei, den kommer fra dataene"]
    assert "kompetanse" in nb_q2.help and "kultur" in nb_q2.help


def test_grouping_and_concept_questions():
    en = load_settings("en")
    [per_code] = en.questions("grouping_test", applies_to="code")
    [per_group] = en.questions("grouping_test", applies_to="group")
    assert per_code.text == "Does this code belong in this group?"
    assert per_group.text == "Does the name state the essence of all its codes?"
    [concept] = en.questions("concept_test")
    assert concept.applies_to == "concept"
    assert concept.text == "Does the concept hold beyond the people, places and times of this study?"
    for q in (per_code, per_group, concept):
        assert [(a.id, a.outcome) for a in q.answers] == [("yes", "pass"), ("no", "fail")]
        assert q.help
    assert load_settings("nb").questions("grouping_test", "group")[0].text == (
        "Uttrykker navnet essensen i alle kodene i gruppen?")


def test_every_question_is_well_formed(raw):
    for test in raw["tests"].values():
        for question in test["questions"].values():
            assert question["applies_to"] in SUBJECTS
            assert {a["outcome"] for a in question["answers"].values()} <= OUTCOMES


def test_text_fills_in_values_and_names_what_is_missing():
    nb = load_settings("nb")
    assert nb.hint("short_name", code="Kultur", words=1) == (
        "«Kultur» har bare 1 ord. Forteller koden hva som ble sagt, eller navngir den bare et tema?")
    assert nb.text("hints.short_name.message", code="Kultur", words=1) == nb.hint("short_name", code="Kultur", words=1)
    assert nb.label("near_duplicate") == "Kandidat for sammenslåing"
    assert nb.label("large_rest_group") == "Stor restgruppe"
    assert nb.outcome("fail") == "Ikke bestått"
    with pytest.raises(KeyError, match="words"):
        nb.hint("short_name", code="Kultur")
    with pytest.raises(KeyError, match="no SDI text"):
        nb.text("hints.no_such_hint.message")
    with pytest.raises(KeyError, match="not a text"):
        nb.text("hints.short_name")
    with pytest.raises(KeyError, match="no SDI test"):
        nb.test("theory_test")


def test_stopwords_cover_both_languages_but_not_it_or_by():
    words = load_settings("nb").stopwords
    assert {"og", "i", "å", "det", "som", "på", "ikke", "så", "the", "a", "of", "and"} <= words
    assert "it" not in words and "by" not in words  # Norwegian "IT" and "by" (town) carry content


# --- overrides -------------------------------------------------------------------

def test_override_merges_over_the_defaults_without_changing_them():
    s = load_settings("nb", {
        "thresholds": {"short_name_words": 3, "rest_group_share": 0.2},
        "tests": {"code_test": {
            "name": {"nb": "Kodetesten"},
            "questions": {"q1": {"text": {"nb": "Kunne koden vært skrevet før du leste dataene?"}}}}},
        "hints": {"short_name": {"message": {"nb": "Kort: «{code}»?"}}},
    })
    assert s.thresholds.short_name_words == 3 and s.thresholds.rest_group_share == 0.2
    assert s.thresholds.guide_overlap == 0.6  # the rest stays
    assert s.test("code_test").name == "Kodetesten"
    q1, q2 = s.questions("code_test")
    assert q1.text == "Kunne koden vært skrevet før du leste dataene?"
    assert [a.outcome for a in q1.answers] == ["fail", "next"]  # answers kept
    assert q2.text.startswith("Forteller koden")
    assert s.hint("short_name", code="Kultur", words=1) == "Kort: «Kultur»?"
    en = load_settings("en", {"hints": {"short_name": {"message": {"nb": "Kort: «{code}»?"}}}})
    assert en.hint("short_name", code="Culture", words=1).startswith("“Culture” has only 1 word")
    fresh = load_settings("nb")
    assert fresh.thresholds.short_name_words == 2 and fresh.test("code_test").name == "Kodetest"


def test_override_may_add_a_question_and_a_language():
    s = load_settings("nn", {
        "languages": {"nn": "Nynorsk"},
        "tests": {"concept_test": {"questions": {"theory": {
            "applies_to": "concept",
            "text": {"en": "Is the concept anchored in theory?", "nn": "Er konseptet forankra i teori?"},
            "help": {"en": "Name the theory."},
            "answers": {"yes": {"label": {"en": "Yes", "nn": "Ja"}, "outcome": "pass"},
                        "no": {"label": {"en": "No", "nn": "Nei"}, "outcome": "fail"}}}}}},
        "hints": {"no_passages": {"message": {"nn": "«{code}» har ingen utdrag. Kvar kjem han frå?"}}},
    })
    assert s.language == "nn"
    assert [q.id for q in s.questions("concept_test")] == ["holds_beyond", "theory"]
    assert s.questions("concept_test")[1].text == "Er konseptet forankra i teori?"
    assert s.questions("concept_test")[1].help == "Name the theory."  # English where nn is missing
    assert s.hint("no_passages", code="X") == "«X» har ingen utdrag. Kvar kjem han frå?"
    assert s.hint("short_name", code="X", words=1).startswith("“X” has only")


def test_stopwords_override_replaces_the_list():
    s = load_settings("nb", {"stopwords": {"nb": ["og", "kommunen"]}})
    assert "kommunen" in s.stopwords and "ikke" not in s.stopwords and "the" in s.stopwords


@pytest.mark.parametrize("override, message", [
    ({"thresholds": {"guide_overlap": "high"}}, "thresholds.guide_overlap must be a number, not 'high'"),
    ({"thresholds": {"guide_overlap": 1.5}}, "thresholds.guide_overlap is a share"),
    ({"thresholds": {"rest_group_share": 0}}, "thresholds.rest_group_share is a share"),
    ({"thresholds": {"near_duplicate_score": 150}}, "thresholds.near_duplicate_score is a similarity score"),
    ({"thresholds": {"short_name_words": 2.5}}, "thresholds.short_name_words is a whole number"),
    ({"thresholds": {"short_name_words": True}}, "thresholds.short_name_words must be a number"),
    ({"thresholds": {"large_group_codes": None}}, "thresholds.large_group_codes must be a number"),
    ({"thresholds": {"min_groups_for_chapter": 6}}, "min_groups_for_chapter must not exceed"),
    ({"thresholds": {"short_name_word": 3}}, "thresholds.short_name_word: unknown setting"),
    ({"thresholds": 3}, "thresholds must be an object"),
    ({"hints": {"short_name": {"message": {"nb": "{kode} er kort"}}}},
     "hints.short_name.message.nb uses {kode}; this text can use: {code}, {words}"),
    ({"hints": {"short_name": {"message": {"nb": "  "}}}}, "hints.short_name.message.nb must be a non-empty text"),
    ({"hints": {"short_name": {"message": {"de": "Kurz"}}}}, "hints.short_name.message.de: unknown language"),
    ({"hints": {"short_name": {"message": "Kort"}}}, "hints.short_name.message must be an object of texts"),
    ({"hints": {"short_name": {"message": {"nb": "«{code er kort"}}}}, "malformed"),
    ({"tests": {"code_test": {"questions": {"q1": {"answers": {"yes": {"outcome": "maybe"}}}}}}},
     "tests.code_test.questions.q1.answers.yes.outcome must be one of fail, next, pass, not 'maybe'"),
    ({"tests": {"code_test": {"questions": {"q3": {"text": {"en": "Q3?"}}}}}},
     "tests.code_test.questions.q3 must have exactly applies_to, text, help and answers"),
    ({"tests": {"theory_test": {}}}, "tests.theory_test: unknown setting"),
    ({"stopwords": {"nb": "og i"}}, "stopwords.nb must be a list of words"),
    ("thresholds", "must be an object"),
])
def test_bad_override_is_refused_with_a_clear_message(override, message):
    with pytest.raises(ValueError) as caught:
        load_settings("nb", override)
    assert message in str(caught.value)


# --- a project's own wording ----------------------------------------------------------------
Q1 = ("tests", "code_test", "questions", "q1", "text")
SHORT = ("hints", "short_name", "message")


def test_the_texts_a_project_may_reword():
    paths = text_paths(bundled())
    assert Q1 in paths and SHORT in paths and ("outcomes", "pass") in paths
    assert ("tests", "code_test", "questions", "q2", "answers", "said", "label") in paths
    assert not any(p[0] in ("languages", "stopwords", "thresholds") for p in paths)
    assert text_placeholders(bundled(), SHORT) == ["code", "words"]


def test_rewording_in_one_language_keeps_the_others():
    ours = "Kunne du ha skrevet denne koden før du leste intervjuene?"
    out = reworded({"tests": {"code_test": {"questions": {"q1": {"text": {"en": "Made up in advance?"}}}}}},
                   "nb", {Q1: ours})
    assert node_at(out, Q1) == {"en": "Made up in advance?", "nb": ours}
    assert load_settings("nb", out).questions("code_test")[0].text == ours
    assert load_settings("en", out).questions("code_test")[0].text == "Made up in advance?"


def test_the_bundled_wording_or_nothing_is_no_override():
    out = reworded(None, "nb", {Q1: "Kunne denne koden vært laget før kodingen?", SHORT: "  "})
    assert out == {}
    out = reworded({"tests": {"code_test": {"questions": {"q1": {"text": {"nb": "Egen"}}}}}}, "nb", {Q1: ""})
    assert out == {}


def test_a_placeholder_the_text_may_not_use_is_refused():
    with pytest.raises(ValueError, match=r"hints\.short_name\.message\.nb uses \{passages\}"):
        reworded(None, "nb", {SHORT: "«{code}» har {passages} utdrag"})


def test_thresholds_are_kept_only_where_they_differ():
    out = reworded(None, "en", {}, {"short_name_words": 3, "guide_overlap": 0.6})
    assert out == {"thresholds": {"short_name_words": 3}}
    assert load_settings("en", out).thresholds.short_name_words == 3
    assert reworded(out, "en", {}, {"short_name_words": 2}) == {}
    with pytest.raises(ValueError, match="guide_overlap"):
        reworded(None, "en", {}, {"guide_overlap": 1.5})
