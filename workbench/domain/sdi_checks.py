"""SDI's automatic part: hints for the code test, findings for the grouping test.

Hints and findings are questions put to the student, never verdicts: the
student answers the test's questions and decides. Their texts and thresholds
come from :mod:`workbench.domain.sdi_settings` (``resources/sdi/checks.json``).

Words are compared the same way everywhere:

* a text's *words* are its runs of letters and digits, casefolded, so
  punctuation (quote marks «» “”, dashes – —, apostrophes, hyphens) splits
  and disappears: "IKT-løsninger" gives "ikt" and "løsninger";
* its *content words* are those words that are not stopwords, not numbers and
  longer than one letter, each counted once;
* two words *match* when they are equal, or when they share a stem of at
  least ``MIN_STEM`` letters and neither goes on past it by more letters than
  ``ending_allowed(stem length)``: at most ``MAX_ENDING``, and at most two for
  a four-letter stem. Inflections and close derivations match ("feil" ~
  "feile", "kultur" ~ "kulturen", "leder" ~ "lederne", "digitalisere" ~
  "digitalisering", "forankret" ~ "forankring"); compounds and mere
  look-alikes do not ("kompetanse" / "kompetanseheving", "kommune" /
  "kommunikasjon", "prosess" / "prosjekt"). This crude stemming is enough
  for a hint, and keeps to whole words (no lists of Norwegian suffixes).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from workbench.domain.sdi_settings import SdiSettings

#: Two words match when they share a stem this long ...
MIN_STEM = 4
#: ... and neither goes on past it by more than this many letters (see ending_allowed).
MAX_ENDING = 4
#: Names are compared for near duplicates only when they share a content word's first letters.
BLOCK_LETTERS = 5
#: Codes named in the "ungrouped codes" finding, at most.
MAX_EXAMPLES = 3

_WORD = re.compile(r"[^\W_]+")


# --- words ---------------------------------------------------------------------

def words(text: str) -> list[str]:
    """The casefolded words of ``text``, punctuation dropped."""
    return _WORD.findall(text.casefold())


def content_words(text: str, stopwords: Container[str]) -> list[str]:
    """The distinct content words of ``text`` in order of first use."""
    seen: dict[str, None] = {}
    for word in words(text):
        if len(word) > 1 and not word.isdigit() and word not in stopwords:
            seen.setdefault(word)
    return list(seen)


def name_length(name: str) -> int:
    """How many words a name has as the student sees them (split at spaces)."""
    return sum(1 for chunk in name.split() if any(ch.isalnum() for ch in chunk))


def ending_allowed(stem: int) -> int:
    """How many letters a word may have after a shared stem of ``stem`` letters."""
    return min(MAX_ENDING, stem - 2)


class WordIndex:
    """The words of some texts, for asking whether a word matches one of them."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._words: set[str] = set()
        for text in texts:
            self._words.update(words(text))
        # For each stem of MIN_STEM letters or more: the shortest word here that begins with it.
        self._shortest: dict[str, int] = {}
        for word in self._words:
            for k in range(MIN_STEM, len(word) + 1):
                stem = word[:k]
                if len(word) < self._shortest.get(stem, len(word) + 1):
                    self._shortest[stem] = len(word)

    def __bool__(self) -> bool:
        return bool(self._words)

    def __contains__(self, word: str) -> bool:
        """Whether ``word`` (casefolded) matches a word here (see the module's rule)."""
        if word in self._words:
            return True
        for k in range(MIN_STEM, len(word) + 1):
            allowed = ending_allowed(k)
            if len(word) - k <= allowed and self._shortest.get(word[:k], k + allowed + 1) <= k + allowed:
                return True
        return False


def words_match(a: str, b: str) -> bool:
    """Whether two words match by the module's rule (casefolded words)."""
    return a in WordIndex([b])


# --- code hints ------------------------------------------------------------------

@dataclass(frozen=True)
class CodeFacts:
    """What the code test's hints look at for one code.

    ``group`` and ``is_rest`` are carried for the caller (to sort or filter
    hints); the hints themselves apply to every code alike.
    """

    id: int | str
    name: str
    passages: Sequence[str] = ()  # the coded passages' texts
    contexts: Sequence[str] = ()  # the paragraph around each passage
    group: str | None = None
    is_rest: bool = False


@dataclass(frozen=True)
class Hint:
    """A question about one code; ``other_id`` is the other code of a near duplicate."""

    code_id: int | str
    code: str
    kind: str  # one of HINT_KINDS
    message: str
    other_id: int | str | None = None


#: Hint kinds in the order a code's hints are listed.
HINT_KINDS = ("no_passages", "short_name", "before_coding", "not_informant_words", "near_duplicate")


def _percent(share: float) -> int:
    return round(share * 100)


def _listed(found: Sequence[str]) -> str:
    return ", ".join(found)


def short_name_hint(code: CodeFacts, settings: SdiSettings) -> Hint | None:
    """1-2 words: likely a topic (what was talked about), not what was said."""
    n = name_length(code.name)
    if 0 < n <= settings.thresholds.short_name_words:
        return Hint(code.id, code.name, "short_name", settings.hint("short_name", code=code.name, words=n))
    return None


def before_coding_hint(code: CodeFacts, guide: WordIndex, settings: SdiSettings) -> Hint | None:
    """Most content words of the name are in the interview guide or the research questions.

    Without a guide or research questions there is nothing to compare with: no hint.
    """
    names = content_words(code.name, settings.stopwords)
    found = [w for w in names if w in guide]
    share = len(found) / len(names) if names else 0.0
    if found and share >= settings.thresholds.guide_overlap:
        message = settings.hint("before_coding", code=code.name, share=_percent(share), words=_listed(found))
        return Hint(code.id, code.name, "before_coding", message)
    return None


def not_informant_words_hint(code: CodeFacts, settings: SdiSettings) -> Hint | None:
    """Many content words of the name occur neither in its passages nor around them."""
    names = content_words(code.name, settings.stopwords)
    near = WordIndex([*code.passages, *code.contexts])
    missing = [w for w in names if w not in near]
    share = len(missing) / len(names) if names else 0.0
    if missing and share >= settings.thresholds.not_in_informant_words:
        message = settings.hint("not_informant_words", code=code.name, share=_percent(share), words=_listed(missing))
        return Hint(code.id, code.name, "not_informant_words", message)
    return None


def _has_passages(code: CodeFacts) -> bool:
    return any(p.strip() for p in code.passages)


def _blocking_keys(name: str, stopwords: Container[str]) -> set[str]:
    """Keys two names must share to be compared: their content words' first letters."""
    keys = content_words(name, stopwords) or words(name)
    return {w[:BLOCK_LETTERS] for w in keys}


def near_duplicates(names: Sequence[str], settings: SdiSettings) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, score)``, i < j, of names alike enough to merge.

    The score is rapidfuzz's token_set_ratio of the names' words, except when
    either name is short (at most ``short_name_words`` words): token_set_ratio
    calls a name 100 % like any name that holds all its words, so short names
    are compared whole (fuzz.ratio). Only names sharing a content word (its
    first ``BLOCK_LETTERS`` letters) are compared, which keeps 2,000 names fast;
    names spelt differently in every word are not found.
    """
    cutoff = settings.thresholds.near_duplicate_score
    short = settings.thresholds.short_name_words
    texts = [" ".join(words(n)) for n in names]
    keys = [_blocking_keys(n, settings.stopwords) for n in names]
    is_short = [name_length(n) <= short for n in names]
    block: dict[str, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for key in ks:
            block[key].append(i)
    pairs = []
    for i in range(len(names)):
        others = sorted({j for key in keys[i] for j in block[key] if j > i})
        if not others:
            continue
        if is_short[i]:
            scored = [(j, fuzz.ratio(texts[i], texts[j], score_cutoff=cutoff)) for j in others]
        else:
            long_ones = [j for j in others if not is_short[j]]
            found = process.extract(texts[i], [texts[j] for j in long_ones], scorer=fuzz.token_set_ratio,
                                    score_cutoff=cutoff, limit=None)
            scored = [(long_ones[k], score) for _, score, k in found]
            scored += [(j, fuzz.ratio(texts[i], texts[j], score_cutoff=cutoff)) for j in others if is_short[j]]
        pairs += [(i, j, score) for j, score in scored if score and score >= cutoff]
    return sorted(pairs)


def own_hints(code: CodeFacts, guide: WordIndex, settings: SdiSettings) -> list[Hint]:
    """The hints one code earns by itself (all but near duplicates)."""
    if _has_passages(code):
        found = [short_name_hint(code, settings), before_coding_hint(code, guide, settings),
                 not_informant_words_hint(code, settings)]
    else:
        found = [Hint(code.id, code.name, "no_passages", settings.hint("no_passages", code=code.name)),
                 short_name_hint(code, settings), before_coding_hint(code, guide, settings)]
    return [hint for hint in found if hint is not None]


def code_hints(codes: Sequence[CodeFacts], guide_texts: Sequence[str], research_questions: str,
               settings: SdiSettings) -> list[Hint]:
    """Hints for the code test, code by code in the given order (kinds as HINT_KINDS).

    ``guide_texts`` are the interview guide's texts (questions, topics);
    ``research_questions`` the project's research questions. Every code gets
    hints, the rest group's included: the code test is for every code.
    """
    guide = WordIndex([*guide_texts, research_questions])
    per_code = [own_hints(code, guide, settings) for code in codes]
    for i, j, score in near_duplicates([c.name for c in codes], settings):
        for a, b in ((i, j), (j, i)):
            message = settings.hint("near_duplicate", code=codes[a].name, other=codes[b].name, score=round(score))
            per_code[a].append(Hint(codes[a].id, codes[a].name, "near_duplicate", message, codes[b].id))
    return [hint for hints in per_code for hint in hints]


# --- grouping findings -----------------------------------------------------------

@dataclass(frozen=True)
class GroupFacts:
    """What the grouping test's findings look at for one group: its codes' names."""

    id: int | str
    name: str
    codes: Sequence[str] = ()
    is_rest: bool = False
    number: int | None = None


@dataclass(frozen=True)
class Finding:
    """A question about a group or the project; ``other_id`` is the other group of similar names."""

    kind: str  # one of FINDING_KINDS
    message: str
    other_id: int | str | None = None


#: Finding kinds about one group, then about the whole project.
GROUP_FINDING_KINDS = ("empty_group", "single_code", "large_group", "similar_names", "large_rest_group")
PROJECT_FINDING_KINDS = ("too_many_groups", "ungrouped_codes")
FINDING_KINDS = GROUP_FINDING_KINDS + PROJECT_FINDING_KINDS


@dataclass(frozen=True)
class GroupReport:
    group_id: int | str
    name: str
    number: int | None
    is_rest: bool
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class GroupingReport:
    """Findings per group (in the given order), about the project, and the codes in no group."""

    groups: list[GroupReport]
    project: list[Finding]
    ungrouped: list[str]

    def findings_for(self, group_id: int | str) -> list[Finding]:
        return next((g.findings for g in self.groups if g.group_id == group_id), [])

    @property
    def kinds(self) -> list[tuple[int | str | None, str]]:
        """Every finding as (group id or None for the project, kind): handy to count or test."""
        return [(g.group_id, f.kind) for g in self.groups for f in g.findings] + [(None, f.kind) for f in self.project]


def _share(count: int, total: int) -> float:
    return count / total if total > 0 else 0.0


def size_findings(group: GroupFacts, total_codes: int, settings: SdiSettings) -> list[Finding]:
    """An empty, single-code or large group; a rest group holding much of the material."""
    t = settings.thresholds
    count, share = len(group.codes), _share(len(group.codes), total_codes)
    values = {"group": group.name, "count": count, "total": total_codes, "share": _percent(share)}
    if group.is_rest:
        if count and share >= t.rest_group_share:
            return [Finding("large_rest_group", settings.finding("large_rest_group", **values))]
        return []
    if count == 0:
        return [Finding("empty_group", settings.finding("empty_group", group=group.name))]
    if count == 1:
        return [Finding("single_code", settings.finding("single_code", group=group.name, code=group.codes[0]))]
    if count >= t.large_group_codes or share >= t.large_group_share:
        return [Finding("large_group", settings.finding("large_group", **values))]
    return []


def similar_group_names(groups: Sequence[GroupFacts], settings: SdiSettings) -> list[tuple[int, int, float]]:
    """Pairs ``(i, j, score)`` of code groups (rest groups left out) whose names are alike.

    Group names are short topic phrases, so token_set_ratio is used as is: a
    name holding all the words of another is a good reason to ask.
    """
    cutoff = settings.thresholds.similar_group_score
    texts = [" ".join(words(g.name)) for g in groups]
    pairs = []
    for i in range(len(groups)):
        for j in range(i + 1, len(groups)):
            if groups[i].is_rest or groups[j].is_rest or not texts[i] or not texts[j]:
                continue
            score = fuzz.token_set_ratio(texts[i], texts[j], score_cutoff=cutoff)
            if score and score >= cutoff:
                pairs.append((i, j, score))
    return pairs


def project_findings(groups: Sequence[GroupFacts], ungrouped: Sequence[str], themes: int,
                     settings: SdiSettings) -> list[Finding]:
    """Too many groups for a chapter and no themes yet; codes in no group."""
    t = settings.thresholds
    found = []
    n = sum(1 for g in groups if not g.is_rest)
    if n > t.max_groups_for_chapter and themes <= 0:
        found.append(Finding("too_many_groups", settings.finding(
            "too_many_groups", groups=n, min=t.min_groups_for_chapter, max=t.max_groups_for_chapter)))
    if ungrouped:
        examples = "; ".join(ungrouped[:MAX_EXAMPLES]) + ("; …" if len(ungrouped) > MAX_EXAMPLES else "")
        found.append(Finding("ungrouped_codes", settings.finding("ungrouped_codes", count=len(ungrouped),
                                                                 examples=examples)))
    return found


def grouping_findings(groups: Sequence[GroupFacts], ungrouped: Sequence[str], total_codes: int,
                      settings: SdiSettings, themes: int = 0) -> GroupingReport:
    """Findings for the grouping test, phrased as questions.

    ``ungrouped`` are the names of codes in no group (rest group excluded:
    a code there is placed); ``total_codes`` counts every code; ``themes``
    how many themes the project has.
    """
    reports = [GroupReport(g.id, g.name, g.number, g.is_rest, size_findings(g, total_codes, settings))
               for g in groups]
    for i, j, score in similar_group_names(groups, settings):
        for a, b in ((i, j), (j, i)):
            message = settings.finding("similar_names", group=groups[a].name, other=groups[b].name,
                                       score=round(score))
            reports[a].findings.append(Finding("similar_names", message, groups[b].id))
    return GroupingReport(reports, project_findings(groups, ungrouped, themes, settings), list(ungrouped))
