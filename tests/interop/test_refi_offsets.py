"""The pure parts of REFI-QDA exchange: offsets of other programs, source text,
colours, GUIDs and Stegvis's markers."""

import pytest

from workbench.interop.refi_common import (
    ATLAS_TI,
    CODE_POINTS,
    NVIVO_WINDOWS,
    OffsetConvention,
    OffsetMap,
    choose_convention,
    clean_guid,
    decode_source,
    default_convention,
    normalise_text,
    parse_colour,
    split_marker,
    to_code_points,
    with_marker,
)

# A text with an emoji (two UTF-16 units), Norwegian letters (one unit each),
# a flag (two astral code points) and Windows line ends.
RAW = "Hei 😀 på deg\r\nHvordan går det?\r\n🇳🇴 Bra, takk!\r\nSlutt"
NORMAL = normalise_text(RAW)
PHRASES = ["på deg", "Hvordan går det?", "Bra, takk!", "Slutt", "😀", "🇳🇴"]


def utf16_units(raw: str, index: int) -> int:
    return len(raw[:index].encode("utf-16-le")) // 2


def crlf_as_one(raw: str, index: int) -> int:
    return len(raw[:index].replace("\r\n", "\n"))


@pytest.mark.parametrize(
    "convention, count",
    [(CODE_POINTS, lambda raw, i: i), (NVIVO_WINDOWS, utf16_units), (ATLAS_TI, crlf_as_one),
     (OffsetConvention(utf16=True, crlf_as_one=True), lambda raw, i: utf16_units(raw.replace("\r\n", "\n"),
                                                                                 crlf_as_one(raw, i)))],
)
def test_every_convention_lands_on_the_same_words(convention, count):
    mapping = OffsetMap(RAW, convention)
    for phrase in PHRASES:
        i = RAW.index(phrase)
        start, end = count(RAW, i), count(RAW, i + len(phrase))
        a, b = mapping.span(start, end)
        assert NORMAL[a:b] == phrase, (convention, phrase)


def test_to_code_points_is_the_pure_form():
    i = RAW.index("Slutt")
    assert to_code_points(RAW, [0, utf16_units(RAW, i)], NVIVO_WINDOWS) == [0, NORMAL.index("Slutt")]
    assert to_code_points(RAW, [crlf_as_one(RAW, i)], ATLAS_TI) == [NORMAL.index("Slutt")]
    assert to_code_points(RAW, [i], CODE_POINTS) == [NORMAL.index("Slutt")]
    assert to_code_points(RAW, [-1, 10_000], CODE_POINTS) == [None, None]


def test_a_line_end_counts_once_in_the_normalised_text():
    raw = "a\r\nb\rc\nd"
    assert normalise_text(raw) == "a\nb\nc\nd"
    # code points: CR and LF are two; the position between them is the newline's
    assert to_code_points(raw, range(len(raw) + 1)) == [0, 1, 1, 2, 3, 4, 5, 6, 7]
    # ATLAS.ti counts the pair as one
    assert to_code_points(raw, range(8), ATLAS_TI) == [0, 1, 2, 3, 4, 5, 6, 7]


def test_half_a_character_rounds_outwards():
    raw = "x😀y"
    mapping = OffsetMap(raw, NVIVO_WINDOWS)
    # 😀 is units 1..3; a selection from inside it to inside it keeps the whole emoji
    assert mapping.span(2, 2) is None
    assert mapping.span(1, 2) == (1, 2)
    assert mapping.span(2, 4) == (1, 3)
    assert mapping.span(0, 4) == (0, 3)


def test_plain_text_maps_to_itself_without_tables():
    mapping = OffsetMap("plain text\nwith lines", NVIVO_WINDOWS)
    assert mapping.identity
    assert mapping.span(0, 5) == (0, 5)
    assert mapping.span(0, 99) == (0, 21)  # cut at the end
    assert mapping.span(30, 40) is None


def test_the_convention_follows_the_selection_texts():
    i = RAW.index("Bra, takk!")
    j = i + len("Bra, takk!")
    k = RAW.index("Slutt")
    nvivo = [(utf16_units(RAW, i), utf16_units(RAW, j), "Bra, takk!"),
             (utf16_units(RAW, k), utf16_units(RAW, k + 5), "Slutt")]
    assert choose_convention(RAW, nvivo, "some program")[0] == NVIVO_WINDOWS
    atlas = [(crlf_as_one(RAW, i), crlf_as_one(RAW, j), "Bra, takk!")]
    assert choose_convention(RAW, atlas, "")[0] == ATLAS_TI
    standard = [(i, j, "Bra, takk!")]
    assert choose_convention(RAW, standard, "NVivo 12 (Windows)")[0] == CODE_POINTS


def test_without_texts_the_program_decides():
    sel = [(0, 3, "")]
    assert choose_convention(RAW, sel, "NVivo 12.6.1 for Windows")[0] == NVIVO_WINDOWS
    assert choose_convention(RAW, sel, "ATLAS.ti for Windows 23.2.3")[0] == ATLAS_TI
    assert choose_convention(RAW, sel, "NVivo for Mac 15.0.0")[0] == CODE_POINTS
    assert choose_convention(RAW, sel, "MAXQDA 2022")[0] == CODE_POINTS
    assert default_convention("") == CODE_POINTS
    # no CR LF and nothing beyond U+FFFF: every convention is the same
    assert choose_convention("plain", sel, "NVivo 12")[0] == CODE_POINTS


def test_offsets_past_the_end_rule_a_convention_out():
    end_units = utf16_units(RAW, len(RAW))
    assert end_units > len(RAW)
    chosen, why = choose_convention(RAW, [(0, end_units, "")], "")
    assert chosen.utf16 and why == "offsets past the end"


def test_source_text_loses_its_byte_order_mark_only():
    assert decode_source(b"\xef\xbb\xbfHei\r\np\xc3\xa5") == ("Hei\r\npå", "")
    assert decode_source("\ufeffHei😀".encode("utf-16-le")) == ("Hei😀", "utf-16-le")
    assert decode_source("Hei på".encode("cp1252"))[0] == "Hei på"


@pytest.mark.parametrize("raw, colour", [
    ("#FF8800", "#ff8800"), ("ff8800", "#ff8800"), ("#f80", "#ff8800"), ("rgb(255, 136, 0)", "#ff8800"),
    ("RGB(255,136,0)", "#ff8800"), ("rgba(255,136,0,0.5)", "#ff8800"), ("#FF8800FF", "#ff8800"),
    ("", None), (None, None), ("red", None), ("rgb(1,2)", None),
])
def test_colours_in_every_spelling(raw, colour):
    assert parse_colour(raw) == colour


def test_guids_with_braces_and_upper_case_and_ids_that_are_not():
    assert clean_guid("{A182CD3A-D83C-4D8C-BC80-26D9103EC6D6}") == "a182cd3a-d83c-4d8c-bc80-26d9103ec6d6"
    assert clean_guid("c1") is None
    assert clean_guid(None) is None


@pytest.mark.parametrize("description", ["", "Koder om frykt.", "Linje 1\n\nLinje 2\n", "  "])
@pytest.mark.parametrize("kind, number", [("theme", 1), ("group", 12), ("group", None), ("rest group", None)])
def test_markers_round_trip(description, kind, number):
    assert split_marker(with_marker(description, kind, number)) == (kind, number, description)


def test_marker_read_leniently_and_not_inside_text():
    assert split_marker("About fear\n[stegvis: GROUP 3]  \n") == ("group", 3, "About fear")
    assert split_marker("Mentions [Stegvis: group 3] in passing, then more") == (None, None,
                                                                                 "Mentions [Stegvis: group 3] in passing, then more")
    assert split_marker(None) == (None, None, "")
