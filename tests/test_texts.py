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


def test_an_installed_translator_is_asked_with_the_context(no_translator):
    asked = []

    def translator(context, text):
        asked.append((context, text))
        return "filen er tom"

    texts.install(translator)
    assert texts.translate("CoreImport", "the file is empty") == "filen er tom"
    assert asked == [("CoreImport", "the file is empty")]


def test_fill_replaces_each_placeholder_once():
    assert texts.fill("“%1” is in %2", "A %2 name", "group 3") == "“A %2 name” is in group 3"
    assert texts.fill("%2 before %1", "one", "two") == "two before one"
    assert texts.fill("100% of %1", "it") == "100% of it"
    assert texts.fill("%3 stays", "one") == "%3 stays"
