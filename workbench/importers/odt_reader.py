"""OpenDocument text (.odt): content.xml read with lxml, safely.

Paragraphs (text:p) and headings (text:h) in document order, one line each;
lists and sections are read through; each table row is one line with its cells
joined by tabs (empty rows left out, merged cells not repeated). Inside a
paragraph text:line-break is "\\n", text:tab "\\t", text:s the number of
spaces it says, and other white space is collapsed the way LibreOffice reads
it (ODF 1.2 part 1, 6.1.2). Footnotes, comments, deleted tracked changes and
frames (pictures, text boxes) are left out. Bold and italic come from the
automatic and named styles; text:h and Title/Heading paragraph styles are
headings.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.importers import ImportFileError, StyleSpan
from workbench.importers.archive import open_document_zip, read_member
from workbench.importers.builder import TextBuilder
from workbench.texts import translate

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
#: Cap on table:number-*-repeated, which can otherwise ask for billions.
MAX_REPEAT = 1000

_BLOCK_CONTAINERS = {
    TEXT + "list", TEXT + "list-item", TEXT + "list-header", TEXT + "section",
    TEXT + "table-of-content", TEXT + "illustration-index", TEXT + "table-index",
    TEXT + "object-index", TEXT + "user-index", TEXT + "alphabetical-index",
    TEXT + "bibliography", TEXT + "index-body", TEXT + "index-title",
    OFFICE + "text",
}
#: Inline elements whose content the reader does not see as text.
_INLINE_SKIP = {
    TEXT + "note", OFFICE + "annotation", OFFICE + "annotation-end", TEXT + "number",
    TEXT + "ruby-text", TEXT + "hidden-text", TEXT + "hidden-paragraph", TEXT + "tracked-changes",
    TEXT + "change", TEXT + "change-start", TEXT + "change-end", TEXT + "soft-page-break",
    TEXT + "bookmark", TEXT + "bookmark-start", TEXT + "bookmark-end",
    TEXT + "reference-mark", TEXT + "reference-mark-start", TEXT + "reference-mark-end",
    TEXT + "toc-mark", TEXT + "toc-mark-start", TEXT + "toc-mark-end",
    TEXT + "alphabetical-index-mark", TEXT + "alphabetical-index-mark-start",
    TEXT + "alphabetical-index-mark-end", TEXT + "user-index-mark",
}
_WHITE = re.compile(r"[ \t\r\n]+")


def read_odt(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    with path.open("rb") as f:
        head = f.read(4)
    if not head.startswith(b"PK"):
        raise ImportFileError(
            path, translate("CoreImport", "not an OpenDocument text (the .odt file is damaged or of another type)")
        )
    with open_document_zip(path, ".odt") as archive:
        names = set(archive.namelist())
        if "mimetype" in names:
            mimetype = read_member(path, archive, "mimetype", ".odt").strip()
            if mimetype != ODT_MIMETYPE:
                raise ImportFileError(
                    path,
                    translate(
                        "CoreImport",
                        "not an OpenDocument text (a spreadsheet, presentation or other kind)",
                    ),
                )
        if "content.xml" not in names:
            raise ImportFileError(
                path,
                translate(
                    "CoreImport",
                    "not an OpenDocument text (no content.xml); the file is damaged or of another type",
                ),
            )
        if "META-INF/manifest.xml" in names:
            manifest = read_member(path, archive, "META-INF/manifest.xml", ".odt")
            if b"encryption-data" in manifest:
                raise ImportFileError(
                    path, translate("CoreImport", "password-protected; remove the password and import again")
                )
        content = read_member(path, archive, "content.xml", ".odt")
        styles = read_member(path, archive, "styles.xml", ".odt") if "styles.xml" in names else None
    content_root = _parse(path, content)
    styles_root = _parse(path, styles) if styles else None
    result = OdtText(content_root, styles_root).read()
    if result is None:
        raise ImportFileError(
            path,
            translate(
                "CoreImport",
                "not an OpenDocument text (no text body); the file is damaged or of another type",
            ),
        )
    return result


def _parse(path: Path, data: bytes):
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False, dtd_validation=False
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        raise ImportFileError(
            path, translate("CoreImport", "the OpenDocument file is damaged (its XML cannot be read)")
        ) from None


def _repeat(element, attribute: str) -> int:
    try:
        return max(1, min(int(element.get(attribute, "1")), MAX_REPEAT))
    except ValueError:
        return 1


class _Style:
    __slots__ = ("parent", "bold", "italic", "heading")

    def __init__(self, element) -> None:
        self.parent = element.get(STYLE + "parent-style-name")
        props = element.find(STYLE + "text-properties")
        self.bold = self.italic = None
        if props is not None:
            weight = props.get(FO + "font-weight")
            if weight is not None:
                self.bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
            posture = props.get(FO + "font-style")
            if posture is not None:
                self.italic = posture in ("italic", "oblique")
        names = (element.get(STYLE + "name") or "", element.get(STYLE + "display-name") or "")
        self.heading = any(n == "Title" or n.startswith(("Heading", "Heading_20_")) for n in names) or (
            element.get(STYLE + "default-outline-level") not in (None, "")
        )


class OdtText:
    def __init__(self, content_root, styles_root) -> None:
        self.root = content_root
        self.styles: dict[tuple[str, str], _Style] = {}
        self.default: dict[str, _Style] = {}
        for root in (styles_root, content_root):  # automatic styles override named ones
            if root is None:
                continue
            for element in root.iter(STYLE + "style", STYLE + "default-style"):
                family = element.get(STYLE + "family", "")
                if element.tag == STYLE + "default-style":
                    self.default[family] = _Style(element)
                else:
                    self.styles[(family, element.get(STYLE + "name", ""))] = _Style(element)
        self._cache: dict[tuple, object] = {}

    def read(self) -> tuple[str, tuple[StyleSpan, ...]] | None:
        body = self.root.find(f"{OFFICE}body/{OFFICE}text")
        if body is None:
            return None
        lines: list[TextBuilder] = []
        self._blocks(body, lines)
        out = TextBuilder()
        out.extend_lines(lines)
        return out.finish()

    # -- styles ----------------------------------------------------------
    def _resolve(self, family: str, name: str | None, attribute: str):
        key = (family, name, attribute)
        if key not in self._cache:
            value = None
            seen = set()
            while name and name not in seen:
                seen.add(name)
                style = self.styles.get((family, name))
                if style is None:
                    break
                value = getattr(style, attribute)
                if value:
                    break
                if value is not None and attribute != "heading":
                    break
                name = style.parent
            if value is None and attribute != "heading" and family == "paragraph" and family in self.default:
                value = getattr(self.default[family], attribute)
            self._cache[key] = value
        return self._cache[key]

    # -- blocks ----------------------------------------------------------
    def _blocks(self, container, lines: list[TextBuilder]) -> None:
        for child in container.iterchildren():
            tag = child.tag
            if tag in (TEXT + "p", TEXT + "h"):
                lines.append(self._paragraph(child))
            elif tag == TABLE + "table":
                self._table(child, lines)
            elif tag in _BLOCK_CONTAINERS:
                self._blocks(child, lines)

    def _table(self, table, lines: list[TextBuilder]) -> None:
        for row in self._rows(table):
            line = TextBuilder()
            skip_covered = 0
            first = True
            for cell in row.iterchildren(TABLE + "table-cell", TABLE + "covered-table-cell"):
                if cell.tag == TABLE + "covered-table-cell" and skip_covered:
                    skip_covered -= 1  # part of a cell merged across columns
                    continue
                cell_text = TextBuilder()
                if cell.tag == TABLE + "table-cell":
                    skip_covered = _repeat(cell, TABLE + "number-columns-spanned") - 1
                    cell_lines: list[TextBuilder] = []
                    self._blocks(cell, cell_lines)
                    cell_text.extend_lines(cell_lines)
                for _ in range(_repeat(cell, TABLE + "number-columns-repeated")):
                    if not first:
                        line.add("\t")
                    first = False
                    line.extend(cell_text)
            if not line.is_blank():
                for _ in range(_repeat(row, TABLE + "number-rows-repeated")):
                    lines.append(line)

    def _rows(self, parent):
        for child in parent.iterchildren():
            if child.tag == TABLE + "table-row":
                yield child
            elif child.tag in (TABLE + "table-header-rows", TABLE + "table-rows", TABLE + "table-row-group"):
                yield from self._rows(child)

    # -- paragraphs --------------------------------------------------------
    def _paragraph(self, p) -> TextBuilder:
        line = TextBuilder()
        style = p.get(TEXT + "style-name")
        bold = bool(self._resolve("paragraph", style, "bold"))
        italic = bool(self._resolve("paragraph", style, "italic"))
        state = {"ignore_space": True}
        self._inline(p, line, bold, italic, state)
        if p.tag == TEXT + "h" or self._resolve("paragraph", style, "heading"):
            line.mark(0, len(line), "heading")
        return line

    def _chars(self, text: str | None, line: TextBuilder, kinds: tuple, state: dict) -> None:
        if not text:
            return
        collapsed = _WHITE.sub(" ", text)
        if state["ignore_space"] and collapsed.startswith(" "):
            collapsed = collapsed[1:]
        if collapsed:
            line.add(collapsed, *kinds)
            state["ignore_space"] = collapsed.endswith(" ")

    def _inline(self, element, line: TextBuilder, bold: bool, italic: bool, state: dict) -> None:
        kinds = ("bold",) * bold + ("italic",) * italic
        self._chars(element.text, line, kinds, state)
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _INLINE_SKIP or not tag.startswith(TEXT):
                pass  # comments, entities, frames, notes, annotations, marks
            elif tag == TEXT + "s":
                line.add(" " * _repeat(child, TEXT + "c"), *kinds)
                state["ignore_space"] = False
            elif tag == TEXT + "tab":
                line.add("\t", *kinds)
                state["ignore_space"] = False
            elif tag == TEXT + "line-break":
                line.add("\n", *kinds)
                state["ignore_space"] = False
            else:  # span, a, meta, ruby, fields: their text is shown
                child_bold, child_italic = bold, italic
                style = child.get(TEXT + "style-name")
                if style:
                    value = self._resolve("text", style, "bold")
                    child_bold = bold if value is None else value
                    value = self._resolve("text", style, "italic")
                    child_italic = italic if value is None else value
                self._inline(child, line, child_bold, child_italic, state)
            self._chars(child.tail, line, kinds, state)
