"""Rich Text Format (.rtf), read with striprtf.

striprtf decodes \\'xx escapes in the document's code page and \\uN escapes
well, and leaves out headers, footers, footnotes, comments and pictures. Four
things are fixed around it here:

* characters outside the Basic Multilingual Plane (emoji) come as two \\uN
  escapes, a UTF-16 surrogate pair, which striprtf returns as two lone
  surrogates: they are joined into the character;
* table cells come out as "|" (the same as a typed "|") and hyperlinks as
  "text(url)": a copy of its function with its own tables gives a cell
  marker instead and shows a hyperlink's text only, as Word does;
* table rows then become one line each with the cells joined by tabs, empty
  rows left out, as for .docx;
* picture data (long runs of hex digits) is cut out before striprtf steps
  through it one character at a time.

Bold and italic are not read (striprtf gives plain text only).
"""

from __future__ import annotations

import codecs
import re
import types
from pathlib import Path

from workbench.importers import ImportFileError, StyleSpan, normalise_line_ends
from workbench.importers.textdecode import MB, read_limited
from workbench.texts import translate

MAX_RTF_BYTES = 100 * MB  # pictures make RTF files large; the text stays small

_CELL, _ROW, _ROW_START = "\x1f", "\x1e", "\x1d"
_NEVER = re.compile(r"(?!)()()()")  # matches nothing; has the groups striprtf's replacement names
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
#: Picture data: hex digits, lines of them. striprtf would step through it
#: character by character (a minute for a few photos); it is no text.
_PICTURE_HEX = re.compile(r"[0-9a-fA-F\r\n]{512,}")
_ERRORS = "stegvis-rtf-bytes"


def _latin1_fallback(error: UnicodeDecodeError) -> tuple[str, int]:
    # A byte the code page leaves undefined (cp1252 0x81, 0x8D, ...) is shown
    # as the ISO 8859-1 character of that number rather than refused.
    return error.object[error.start:error.end].decode("latin-1"), error.end


codecs.register_error(_ERRORS, _latin1_fallback)


def _mac_code_page(name: str):
    # RTF names the Mac Roman code page \ansicpg10000; striprtf looks up
    # "cp10000", which Python knows as "mac_roman".
    return codecs.lookup("mac_roman") if name == "cp10000" else None


codecs.register(_mac_code_page)


def _patched_rtf_to_text():
    from striprtf import striprtf as module

    namespace = dict(vars(module))
    if not isinstance(namespace.get("specialchars"), dict) or "HYPERLINKS" not in namespace:
        return module.rtf_to_text  # a striprtf that changed inside: the tests will say so
    namespace["specialchars"] = {
        **module.specialchars,
        "cell": _CELL,
        "nestcell": "\t",
        "row": _ROW,
        "nestrow": "\n",
        "trowd": _ROW_START,
    }
    namespace["HYPERLINKS"] = _NEVER
    function = module.rtf_to_text
    return types.FunctionType(function.__code__, namespace, function.__name__, function.__defaults__)


_rtf_to_text = None


def read_rtf(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    global _rtf_to_text
    data = read_limited(path, MAX_RTF_BYTES)
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        raise ImportFileError(
            path, translate("CoreImport", "not an RTF document (the file is damaged or of another type)")
        )
    encoding = _code_page(data)
    try:
        source = data.decode("ascii")
    except UnicodeDecodeError:  # raw 8-bit text: in the document's code page, or UTF-8
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            source = data.decode(encoding, errors=_ERRORS)
    if "\\pict" in source:
        source = _PICTURE_HEX.sub("", source)
    if _rtf_to_text is None:
        _rtf_to_text = _patched_rtf_to_text()
    try:
        raw = _rtf_to_text(source, encoding=encoding, errors=_ERRORS)
    except (ValueError, IndexError, LookupError, RecursionError):
        raise ImportFileError(path, translate("CoreImport", "the RTF document is damaged and cannot be read")) from None
    text = _join_surrogates(raw)
    text = _rows_to_lines(normalise_line_ends(text))
    return text.strip("\n"), ()


def _code_page(data: bytes) -> str:
    match = _CODE_PAGE.search(data[:4096])
    if match:
        name = f"cp{int(match.group(1))}"
        try:
            return codecs.lookup(name).name
        except LookupError:
            pass
    if re.match(rb"\{\\rtf1?\\mac\b", data.lstrip()):
        return "mac_roman"
    return "cp1252"


def _join_surrogates(text: str) -> str:
    if not _LONE_SURROGATE.search(text):
        return text
    text = _SURROGATE_PAIR.sub(lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text)
    return _LONE_SURROGATE.sub("\ufffd", text)


def _rows_to_lines(text: str) -> str:
    """Table rows (row-start … cell … cell row-end markers) to tab-joined lines."""
    if _ROW not in text:
        return text.replace(_ROW_START, "").replace(_CELL, "\t")
    segments = text.split(_ROW)
    out = []
    for segment in segments[:-1]:
        start = segment.find(_ROW_START)
        if start < 0:
            start = segment.rfind("\n") + 1
        before, row = segment[:start], segment[start:].replace(_ROW_START, "")
        out.append(before.replace(_CELL, "\t"))
        if row.endswith(_CELL):
            row = row[:-1]
        cells = row.split(_CELL)
        if any(cell.strip() for cell in cells):
            if out[-1] and not out[-1].endswith("\n"):
                out.append("\n")
            out.append("\t".join(cells) + "\n")
    out.append(segments[-1].replace(_ROW_START, "").replace(_CELL, "\t"))
    return "".join(out)
