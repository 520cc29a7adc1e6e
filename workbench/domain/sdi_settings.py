"""SDI's test texts and thresholds: ``resources/sdi/checks.json`` and a project's overrides.

``checks.json`` is the one place for the tests' names, questions and answers,
the hint and finding texts, the thresholds and the stopwords. A text is an
object with one entry per language (``{"en": "...", "nb": "..."}``); numbers,
outcomes and word lists are shared by all languages.

Teachers phrase the tests differently, so a project may override any of it
with an object of the same shape, merged over the defaults key by key (a list
replaces the list). An override may add a language (under ``languages``) and
questions or answers to a test; anything else must already exist in the
defaults. Every value is checked, and a bad one is refused with a
``ValueError`` naming the setting, e.g. ``thresholds.guide_overlap``.

The stopwords (Norwegian and English together, as students mix them) decide
which words of a name are "content words". "it" and "by" are left out on
purpose: in Norwegian they are "IT" (the department) and "by" (a town).
"""

from __future__ import annotations

import copy
import json
import string
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from workbench.resources import resources_dir

DEFAULT_LANGUAGE = "en"
#: Language tags people type that mean one of ours.
_ALIASES = {"no": "nb", "nob": "nb", "eng": "en"}
#: What an answer leads to: a verdict, or the test's next question.
OUTCOMES = frozenset({"pass", "fail", "next"})
#: What a question is asked about.
SUBJECTS = frozenset({"code", "group", "concept"})

_SHARES = ("guide_overlap", "not_in_informant_words", "large_group_share", "rest_group_share")
_SCORES = ("near_duplicate_score", "similar_group_score")
_COUNTS = ("short_name_words", "large_group_codes", "max_groups_for_chapter", "min_groups_for_chapter")


def checks_path():
    """Where the bundled defaults are."""
    return resources_dir() / "sdi" / "checks.json"


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a hint or finding is raised; see checks.json and sdi_checks."""

    short_name_words: int
    guide_overlap: float
    not_in_informant_words: float
    near_duplicate_score: float
    similar_group_score: float
    large_group_share: float
    large_group_codes: int
    rest_group_share: float
    max_groups_for_chapter: int
    min_groups_for_chapter: int


@dataclass(frozen=True, slots=True)
class Answer:
    id: str
    label: str
    outcome: str  # "pass", "fail" or "next"


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    applies_to: str  # "code", "group" or "concept"
    text: str
    help: str
    answers: tuple[Answer, ...]


@dataclass(frozen=True, slots=True)
class TestTexts:
    id: str
    name: str
    help: str
    questions: tuple[Question, ...]


# --- texts -------------------------------------------------------------------

def _is_text(value: Any, languages) -> bool:
    """A text leaf: an object of strings keyed by language, English among them."""
    return (isinstance(value, dict) and DEFAULT_LANGUAGE in value
            and all(k in languages and isinstance(v, str) for k, v in value.items()))


def _placeholders(text: str, where: str) -> set[str]:
    """The ``{names}`` a text uses; a malformed text is refused."""
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError as exc:
        raise ValueError(f"{where}: the text {text!r} is malformed ({exc}); write {{{{ and }}}} for braces") from None


def _check_text(value: Any, where: str, languages, allowed: set[str] | None) -> None:
    """A text override: non-empty strings for known languages, using only ``allowed`` placeholders."""
    if not isinstance(value, dict) or not value:
        raise ValueError(f"{where} must be an object of texts by language, e.g. {{\"nb\": \"...\"}}")
    for lang, text in value.items():
        if lang not in languages:
            raise ValueError(f"{where}.{lang}: unknown language; known: {', '.join(sorted(languages))}")
        if not isinstance(text, str) or not text.strip():
            raise ValueError(f"{where}.{lang} must be a non-empty text")
        extra = _placeholders(text, f"{where}.{lang}") - (allowed or set())
        if extra:
            known = ", ".join("{" + p + "}" for p in sorted(allowed or ())) or "none"
            raise ValueError(f"{where}.{lang} uses {', '.join('{' + p + '}' for p in sorted(extra))}; "
                             f"this text can use: {known}")


# --- merging -------------------------------------------------------------------

def _open_keys(path: tuple[str, ...]) -> bool:
    """Where an override may add keys: a test's questions, a question's answers."""
    return ((len(path) == 3 and path[0] == "tests" and path[2] == "questions")
            or (len(path) == 5 and path[0] == "tests" and path[2] == "questions" and path[4] == "answers"))


def _merge(base: Any, override: Any, path: tuple[str, ...], languages) -> Any:
    """``override`` laid over ``base``, checked against ``base``'s shape."""
    where = ".".join(path) or "settings"
    if path in (("languages",), ("stopwords",)):
        if not isinstance(override, dict):
            raise ValueError(f"{where} must be an object keyed by language")
        return {**base, **override}  # checked as a whole by _validate
    if _is_text(base, languages):
        allowed = set().union(*(_placeholders(t, where) for t in base.values()))
        _check_text(override, where, languages, allowed)
        return {**base, **override}
    if isinstance(base, dict):
        if not isinstance(override, dict):
            raise ValueError(f"{where} must be an object, not {override!r}")
        merged = dict(base)
        for key, value in override.items():
            if key in base:
                merged[key] = _merge(base[key], value, (*path, key), languages)
            elif _open_keys(path):
                merged[key] = value  # checked as a whole by _validate
            else:
                raise ValueError(f"{'.'.join((*path, key))}: unknown setting")
        return merged
    if isinstance(base, list):
        if not isinstance(override, list) or not all(isinstance(w, str) and w.strip() for w in override):
            raise ValueError(f"{where} must be a list of words")
        return list(override)
    if isinstance(base, (int, float)) and not isinstance(base, bool):
        if isinstance(override, bool) or not isinstance(override, (int, float)):
            raise ValueError(f"{where} must be a number, not {override!r}")
        return override
    if not isinstance(override, type(base)):
        raise ValueError(f"{where} must be a {type(base).__name__}, not {override!r}")
    return override


def _validate_thresholds(values: dict) -> Thresholds:
    for key in _SHARES:
        if not 0 < values[key] <= 1:
            raise ValueError(f"thresholds.{key} is a share: a number above 0 and at most 1, not {values[key]!r}")
    for key in _SCORES:
        if not 0 < values[key] <= 100:
            raise ValueError(f"thresholds.{key} is a similarity score from 1 to 100, not {values[key]!r}")
    for key in _COUNTS:
        if not float(values[key]).is_integer() or values[key] < 1:
            raise ValueError(f"thresholds.{key} is a whole number of at least 1, not {values[key]!r}")
    if values["min_groups_for_chapter"] > values["max_groups_for_chapter"]:
        raise ValueError("thresholds.min_groups_for_chapter must not exceed thresholds.max_groups_for_chapter")
    return Thresholds(**{k: int(v) if k in _COUNTS else float(v) for k, v in values.items()})


def _validate_question(question: Any, where: str, languages) -> None:
    """A question (bundled or added by a project) is complete and its outcomes known."""
    if not isinstance(question, dict) or set(question) != {"applies_to", "text", "help", "answers"}:
        raise ValueError(f"{where} must have exactly applies_to, text, help and answers")
    if question["applies_to"] not in SUBJECTS:
        raise ValueError(f"{where}.applies_to must be one of {', '.join(sorted(SUBJECTS))}")
    for key in ("text", "help"):
        _check_text(question[key], f"{where}.{key}", languages, set())
        if DEFAULT_LANGUAGE not in question[key]:
            raise ValueError(f"{where}.{key} needs an English (\"en\") text")
    answers = question["answers"]
    if not isinstance(answers, dict) or not answers:
        raise ValueError(f"{where}.answers must be an object of answers")
    for answer_id, answer in answers.items():
        at = f"{where}.answers.{answer_id}"
        if not isinstance(answer, dict) or set(answer) != {"label", "outcome"}:
            raise ValueError(f"{at} must have exactly label and outcome")
        _check_text(answer["label"], f"{at}.label", languages, set())
        if DEFAULT_LANGUAGE not in answer["label"]:
            raise ValueError(f"{at}.label needs an English (\"en\") text")
        if answer["outcome"] not in OUTCOMES:
            raise ValueError(f"{at}.outcome must be one of {', '.join(sorted(OUTCOMES))}, "
                             f"not {answer['outcome']!r}")


def _validate(config: dict) -> Thresholds:
    """Check the merged settings as a whole; returns the typed thresholds."""
    languages = config["languages"]
    for code, name in languages.items():
        if not code.strip() or not isinstance(name, str) or not name.strip():
            raise ValueError(f"languages.{code} must name the language, e.g. \"Nynorsk\"")
    for code, words in config["stopwords"].items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ValueError(f"stopwords.{code} must be a list of words")
    for test_id, test in config["tests"].items():
        for question_id, question in test["questions"].items():
            _validate_question(question, f"tests.{test_id}.questions.{question_id}", languages)
    return _validate_thresholds(config["thresholds"])


# --- loading -------------------------------------------------------------------

@lru_cache(maxsize=1)
def _defaults_text() -> str:
    return checks_path().read_text(encoding="utf-8")


def _language(language: str, languages) -> str:
    """Our tag for ``language`` ("nb_NO", "no" -> "nb"); English when we lack it."""
    tag = (language or "").strip().casefold().replace("_", "-").split("-")[0]
    tag = _ALIASES.get(tag, tag)
    return tag if tag in languages else DEFAULT_LANGUAGE


def load_settings(language: str, overrides: dict | None = None) -> SdiSettings:
    """The settings in ``language``: the bundled defaults with ``overrides`` merged over them.

    An unknown language falls back to English; a bad override raises ValueError.
    """
    config = json.loads(_defaults_text())
    if overrides:
        if not isinstance(overrides, dict):
            raise ValueError("the SDI settings overrides must be an object")
        languages = dict(config["languages"])
        extra = overrides.get("languages", {})
        if isinstance(extra, dict):
            languages.update({k: v for k, v in extra.items() if isinstance(k, str)})
        config = _merge(config, copy.deepcopy(overrides), (), languages)
    thresholds = _validate(config)
    return SdiSettings(_language(language, config["languages"]), config, thresholds)


class SdiSettings:
    """Typed access to the merged settings in one language."""

    def __init__(self, language: str, config: dict, thresholds: Thresholds) -> None:
        self.language = language
        self.config = config  # the merged settings, all languages (e.g. to save or show)
        self.thresholds = thresholds
        self.stopwords = frozenset(w.casefold() for words in config["stopwords"].values() for w in words)

    def _pick(self, text: dict) -> str:
        """A text leaf in our language, or in English where a project left ours out."""
        return text.get(self.language) or text[DEFAULT_LANGUAGE]

    def text(self, key: str, **values) -> str:
        """The text at the dotted ``key`` (e.g. "hints.short_name.message") with ``values`` filled in."""
        node: Any = self.config
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(f"no SDI text {key!r}")
            node = node[part]
        if not _is_text(node, self.config["languages"]):
            raise KeyError(f"{key!r} is not a text")
        try:
            return self._pick(node).format(**values)
        except KeyError as exc:
            raise KeyError(f"text {key!r} needs a value for {exc.args[0]!r}") from None

    def hint(self, kind: str, **values) -> str:
        """The message of a code hint of ``kind``."""
        return self.text(f"hints.{kind}.message", **values)

    def finding(self, kind: str, **values) -> str:
        """The message of a grouping finding of ``kind``."""
        return self.text(f"findings.{kind}.message", **values)

    def label(self, kind: str) -> str:
        """The short label of a hint or finding kind (for a badge or a filter)."""
        section = "hints" if kind in self.config["hints"] else "findings"
        return self.text(f"{section}.{kind}.label")

    def outcome(self, outcome: str) -> str:
        """The label of an answer's outcome: "pass", "fail" or "next"."""
        return self.text(f"outcomes.{outcome}")

    @property
    def test_ids(self) -> tuple[str, ...]:
        return tuple(self.config["tests"])

    def test(self, test_id: str) -> TestTexts:
        """Name, help and questions (in order) of a test."""
        try:
            test = self.config["tests"][test_id]
        except KeyError:
            raise KeyError(f"no SDI test {test_id!r}") from None
        return TestTexts(test_id, self._pick(test["name"]), self._pick(test["help"]),
                         tuple(self._question(qid, q) for qid, q in test["questions"].items()))

    def questions(self, test_id: str, applies_to: str | None = None) -> tuple[Question, ...]:
        """A test's questions in order; only those about ``applies_to`` when given."""
        return tuple(q for q in self.test(test_id).questions if applies_to in (None, q.applies_to))

    def _question(self, question_id: str, question: dict) -> Question:
        answers = tuple(Answer(aid, self._pick(a["label"]), a["outcome"]) for aid, a in question["answers"].items())
        return Question(question_id, question["applies_to"], self._pick(question["text"]),
                        self._pick(question["help"]), answers)


# --- a project's own wording ----------------------------------------------------------------

#: The sections a project may reword: the tests, the hints, the findings and the verdicts' names.
WORDING_SECTIONS = ("tests", "hints", "findings", "outcomes")
#: The thresholds, in the file's order.
THRESHOLD_KEYS = tuple(f.name for f in fields(Thresholds))


def bundled() -> dict:
    """The bundled settings (``checks.json``), a fresh copy."""
    return json.loads(_defaults_text())


def text_paths(config: dict) -> list[tuple[str, ...]]:
    """The path of every text a project may reword, in the file's order
    (e.g. ``("tests", "code_test", "questions", "q1", "text")``)."""
    languages = config["languages"]
    found: list[tuple[str, ...]] = []

    def walk(node: Any, path: tuple[str, ...]) -> None:
        if _is_text(node, languages):
            found.append(path)
        elif isinstance(node, dict):
            for key, value in node.items():
                walk(value, (*path, key))

    for section in WORDING_SECTIONS:
        walk(config[section], (section,))
    return found


def node_at(config: dict, path: tuple[str, ...]) -> Any:
    """What ``config`` holds at ``path``; KeyError when it holds nothing there."""
    node: Any = config
    for part in path:
        if not isinstance(node, dict) or part not in node:
            raise KeyError(".".join(path))
        node = node[part]
    return node


def pick(text: dict, language: str) -> str:
    """A text leaf in ``language``, or in English where it has none."""
    return text.get(language) or text[DEFAULT_LANGUAGE]


def text_placeholders(config: dict, path: tuple[str, ...]) -> list[str]:
    """The ``{names}`` the text at ``path`` may use (those its bundled wording uses)."""
    return sorted(set().union(*(_placeholders(t, ".".join(path)) for t in node_at(config, path).values())))


def used_placeholders(text: str) -> set[str] | None:
    """The ``{names}`` ``text`` uses; None when its braces are malformed."""
    try:
        return _placeholders(text, "")
    except ValueError:
        return None


def _put(tree: dict, path: tuple[str, ...], value: Any) -> None:
    for part in path[:-1]:
        tree = tree.setdefault(part, {})
    tree[path[-1]] = value


def _drop(tree: dict, path: tuple[str, ...]) -> None:
    """Remove the leaf at ``path`` and the objects it leaves empty."""
    chain = [tree]
    for part in path[:-1]:
        node = chain[-1].get(part)
        if not isinstance(node, dict):
            return
        chain.append(node)
    chain[-1].pop(path[-1], None)
    for parent, part, child in zip(reversed(chain[:-1]), reversed(path[:-1]), reversed(chain[1:])):
        if child:
            break
        parent.pop(part, None)


def reworded(overrides: dict | None, language: str, texts: dict[tuple[str, ...], str],
             thresholds: dict[str, float] | None = None) -> dict:
    """``overrides`` with a project's ``texts`` in ``language`` and its
    ``thresholds``. A text or number equal to the bundled one, or a text left
    empty, goes back to the bundled one (a text added by the project, which has
    none, keeps its wording); other languages' wording is kept. Raises
    ValueError naming the setting when the tests cannot use the result (a
    placeholder the text may not use, a share above 1, …)."""
    base = bundled()
    out = copy.deepcopy(overrides or {})
    for path, text in texts.items():
        text = text.strip()
        try:
            default: str | None = pick(node_at(base, path), language)
        except KeyError:
            default = None
        if default is None and not text:
            continue
        if text in ("", default):
            _drop(out, (*path, language))
        else:
            _put(out, (*path, language), text)
    for key, value in (thresholds or {}).items():
        if key not in THRESHOLD_KEYS:
            raise ValueError(f"thresholds.{key}: unknown setting")
        if value == base["thresholds"][key]:
            _drop(out, ("thresholds", key))
        else:
            _put(out, ("thresholds", key), value)
    load_settings(language, out)
    return out
