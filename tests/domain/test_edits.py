"""Where a coding goes when the text around it, or in it, is edited."""

from __future__ import annotations

import pytest

from workbench.domain.edits import TextEdit, apply_edits, diff_edit, map_span

TEXT = "Kari sa at kommunen er pressa, og det er en utfordring."
CODED = "kommunen er pressa"
S = TEXT.index(CODED)
E = S + len(CODED)


def after(edit: TextEdit) -> str | None:
    new_text, (span,) = apply_edits(TEXT, [edit], [(S, E)])
    return None if span is None else new_text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (TextEdit(0, 4, "Informant C"), CODED),  # before: moves
        (TextEdit(len(TEXT) - 1, len(TEXT), "!"), CODED),  # after: stays
        (TextEdit(S + 9, S + 11, "var"), "kommunen var pressa"),  # inside: grows with the fix
        (TextEdit(S + 8, S + 11, ""), "kommunen pressa"),  # inside: shrinks
        (TextEdit(S, S, "hele "), CODED),  # typed at its start: stays outside
        (TextEdit(E, E, " nå"), CODED),  # typed at its end: stays outside
        (TextEdit(S - 3, S + 3, ""), "munen er pressa"),  # overlapping its start: loses those letters
        (TextEdit(E - 3, E + 5, ""), "kommunen er pre"),  # overlapping its end
        (TextEdit(S, E, "kommunen er presset"), "kommunen er presset"),  # its words replaced: takes the new ones
        (TextEdit(S, E, ""), None),  # all its text deleted: gone
        (TextEdit(S - 2, E + 2, ""), None),
    ],
)
def test_coding_follows_its_words(edit, expected):
    assert after(edit) == expected


def test_several_edits_apply_in_turn():
    edits = [TextEdit(0, 4, "Informant C"), TextEdit(0, 0, "«"), TextEdit(S + 7 + 1 + 9, S + 7 + 1 + 11, "var")]
    text, spans = apply_edits(TEXT, edits, [(S, E)])
    assert text.startswith("«Informant C sa at kommunen var pressa")
    assert text[spans[0][0] : spans[0][1]] == "kommunen var pressa"


def test_edits_with_emoji_and_combining_accents_count_code_points():
    text = "Hei 😀 kafe\u0301 «sitat»"
    start = text.index("«")
    new_text, (span,) = apply_edits(text, [TextEdit(4, 5, "🙂🙂")], [(start, len(text))])
    assert new_text[span[0] : span[1]] == "«sitat»"


def test_edit_outside_the_text_is_refused():
    with pytest.raises(ValueError):
        apply_edits("abc", [TextEdit(2, 9, "x")], [])


def test_map_span_keeps_empty_results_out():
    assert map_span(5, 6, TextEdit(5, 6, "")) is None
    assert map_span(5, 6, TextEdit(0, 1, "")) == (4, 5)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("Kari sa", "Kari sa", None),
        ("Kari sa", "Kari sa!", TextEdit(7, 7, "!")),
        ("Kari sa", "Kåri sa", TextEdit(1, 2, "å")),
        ("aaa", "aa", TextEdit(2, 3, "")),
    ],
)
def test_diff_edit_finds_the_one_change(old, new, expected):
    edit = diff_edit(old, new)
    assert edit == expected
    if edit is not None:
        assert edit.apply(old) == new
