"""Code-point <-> UTF-16 offsets: what Qt's cursor counts vs what the file stores."""

import pytest

from workbench.domain.offsets import OffsetMap

EMOJI_TEXT = "Hei 😀 på deg 👩‍👩‍👧 «sitat» æøå 🎉"


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "text",
    [
        EMOJI_TEXT,
        "😀starts with an emoji",
        "ends with two emoji 😀😀",
        "Informant C: «Ansatte 👍 må få hjelp» 😀\nneste linje 🙂 slutt.",
    ],
)
def test_round_trip_agrees_with_utf16_encoding(text):
    m = OffsetMap(text)
    assert not m.identity
    assert m.length == len(text)
    assert m.utf16_length == utf16_len(text)
    for i in range(len(text) + 1):
        u16 = m.to_utf16(i)
        assert u16 == utf16_len(text[:i]), i
        assert m.to_codepoint(u16) == i, i


def test_passage_after_and_around_emoji_maps_to_the_same_text():
    text = EMOJI_TEXT
    start, end = text.index("«sitat»"), text.index("«sitat»") + len("«sitat»")
    m = OffsetMap(text)
    u16 = text.encode("utf-16-le")
    a, b = m.to_utf16(start), m.to_utf16(end)
    assert u16[2 * a : 2 * b].decode("utf-16-le") == "«sitat»"
    # A passage that contains an emoji (the family sequence, several astral chars).
    start, end = text.index("deg"), text.index("«")
    a, b = m.to_utf16(start), m.to_utf16(end)
    assert u16[2 * a : 2 * b].decode("utf-16-le") == text[start:end]
    assert (m.to_codepoint(a), m.to_codepoint(b)) == (start, end)


def test_position_inside_surrogate_pair_rounds_down_to_char_start():
    text = EMOJI_TEXT
    m = OffsetMap(text)
    for i, ch in enumerate(text):
        if ord(ch) > 0xFFFF:
            start16 = m.to_utf16(i)
            assert m.to_utf16(i + 1) == start16 + 2
            assert m.to_codepoint(start16 + 1) == i  # between the two halves
            assert m.to_codepoint(start16) == i
            assert m.to_codepoint(start16 + 2) == i + 1


@pytest.mark.parametrize("text", ["", "plain ascii", "æøå «sitat» – “quotes” €", "é" * 50])
def test_identity_for_bmp_only_text(text):
    m = OffsetMap(text)
    assert m.identity
    assert m.utf16_length == len(text) == utf16_len(text)
    for i in range(len(text) + 1):
        assert m.to_utf16(i) == i
        assert m.to_codepoint(i) == i
