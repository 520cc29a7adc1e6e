"""workbench/texts.py: the core's messages, English until the window installs a language."""

from __future__ import annotations

import pytest

from workbench import texts


@pytest.fixture
def no_translator():
    texts.install(None)
    yield
    texts.install(None)


def test_english_as_written_without_a_translator(no_translator):
    assert texts.translate("CoreImport", "the file is empty") == "the file is empty"


@pytest.mark.parametrize("n, expected", [(0, "0 files skipped"), (1, "1 file skipped"), (2, "2 files skipped")])
def test_a_count_picks_singular_or_plural_in_english(no_translator, n, expected):
    assert texts.translate("CoreImport", "%n file(s) skipped", None, n) == expected


def test_boxes_take_es(no_translator):
    assert texts.translate("CoreImport", "%n match(es)", None, 1) == "1 match"
    assert texts.translate("CoreImport", "%n match(es)", None, 3) == "3 matches"


def test_an_installed_translator_is_asked_with_context_and_count(no_translator):
    asked = []

    def translator(context, text, disambiguation, n):
        asked.append((context, text, disambiguation, n))
        return "oversatt"

    texts.install(translator)
    assert texts.translate("CoreServices", "%n code(s)", None, 4) == "oversatt"
    assert asked == [("CoreServices", "%n code(s)", None, 4)]


def test_fill_replaces_each_placeholder_once():
    assert texts.fill("“%1” is in %2", "A %2 name", "group 3") == "“A %2 name” is in group 3"
    assert texts.fill("%2 before %1", "one", "two") == "two before one"
    assert texts.fill("100% of %1", "it") == "100% of it"
    assert texts.fill("%3 stays", "one") == "%3 stays"
