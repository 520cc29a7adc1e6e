"""The in-vivo code name proposed for a selected passage."""

import pytest

from workbench.domain.naming import MAX_INVIVO_LENGTH, invivo_name, normalised_key


def test_collapses_whitespace_and_newlines_and_trims():
    assert invivo_name("  vi   må\n\tha\r\n det  bedre ") == "Vi må ha det bedre"


@pytest.mark.parametrize(
    "selection",
    ["«vi må ha det bedre»", "“vi må ha det bedre”", "\"vi må ha det bedre\"", "– vi må ha det bedre."],
)
def test_strips_framing_quotes_and_dashes(selection):
    assert invivo_name(selection) == "Vi må ha det bedre"


def test_drops_trailing_full_stop_and_comma():
    assert invivo_name("det tar tid.") == "Det tar tid"
    assert invivo_name("det tar tid,") == "Det tar tid"
    assert invivo_name("«Det tar tid.»") == "Det tar tid"


def test_keeps_question_mark_and_inner_punctuation():
    assert invivo_name("hva skal vi gjøre?") == "Hva skal vi gjøre?"
    assert invivo_name("IT, ikke digitalisering") == "IT, ikke digitalisering"


def test_capitalises_only_the_first_letter():
    assert invivo_name("æøå og IKT-løsninger") == "Æøå og IKT-løsninger"
    assert invivo_name("Allerede Stor") == "Allerede Stor"


def test_long_selection_cut_at_word_boundary_with_ellipsis():
    words = " ".join(f"ord{i}" for i in range(60))
    name = invivo_name(words)
    assert name.endswith("…")
    assert len(name) <= MAX_INVIVO_LENGTH
    stem = name[:-1]
    assert words.capitalize().startswith(stem)
    # The cut falls between words: the next character of the original is a space.
    assert words[len(stem)] == " "
    assert len(stem) > MAX_INVIVO_LENGTH // 2


def test_long_selection_without_spaces_is_cut_to_the_limit():
    name = invivo_name("x" * 300)
    assert name.endswith("…")
    assert len(name) <= MAX_INVIVO_LENGTH


def test_selection_at_the_limit_is_not_cut():
    text = "a" * MAX_INVIVO_LENGTH
    assert invivo_name(text) == "A" + "a" * (MAX_INVIVO_LENGTH - 1)


@pytest.mark.parametrize("selection", ["", "   \n ", ".", "«»", " – , ", "(...)", "?!", "…"])
def test_no_words_gives_empty_name(selection):
    assert invivo_name(selection) == ""


def test_normalised_key_ignores_case_and_spacing():
    assert normalised_key("  Vi  må\nHA det ") == normalised_key("vi må ha det")
    assert normalised_key("vi må ha det") != normalised_key("vi må ha dem")
