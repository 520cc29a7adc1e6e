"""Word .docx: the body's paragraphs and tables in document order.

python-docx opens the package (relationships, main part, styles) after
archive.py has checked the zip; the text is then taken from the body XML
directly, because python-docx's own ``Document.paragraphs`` leaves tables out
and its ``Paragraph.text`` skips tracked insertions, content controls and
fields. Each paragraph is one line; each table row is one line with its cells
joined by tabs. A soft line break is "\\n" inside the line, a tab "\\t".
Headers, footers, footnotes, comments, deleted text and field codes are left
out. Bold and italic come from the run, its character style or the
paragraph style; a paragraph with a Heading or Title style is a heading.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench.importers import ImportFileError, StyleSpan, normalise_line_ends
from workbench.importers.archive import damaged, open_document_zip, verify_members
from workbench.importers.builder import TextBuilder
from workbench.texts import translate

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _R, _T = W + "p", W + "tbl", W + "tr", W + "tc", W + "r", W + "t"
_SDT, _SDT_CONTENT, _BR = W + "sdt", W + "sdtContent", W + "br"
_VAL = W + "val"
#: Elements whose children are read as if they stood in their place.
_BLOCK_WRAPPERS = {W + "customXml", W + "ins", W + "moveTo"}
_INLINE_WRAPPERS = {
    W + "hyperlink", W + "ins", W + "moveTo", W + "smartTag", W + "customXml",
    W + "fldSimple", W + "dir", W + "bdo",
}
_RUN_TEXT = {
    W + "tab": "\t",
    W + "ptab": "\t",
    W + "br": "\n",
    W + "cr": "\n",
    W + "noBreakHyphen": "\u2011",
    W + "softHyphen": "\u00ad",
}
_FALSE = {"0", "false", "off", "none"}
#: Stands for a page or column break while a paragraph is read (XML text
#: cannot hold a form feed): at either end of the paragraph it is dropped, as
#: Word starts a new page rather than a new line; inside, it is a line break.
_PAGE_BREAK = "\x0c"


def read_doc(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    """An old .doc is refused; a .docx or RTF file named .doc is read."""
    with path.open("rb") as f:
        head = f.read(8)
    if head.startswith(b"PK"):
        return read_docx(path)
    if head.startswith(b"{\\rtf"):
        from workbench.importers.rtf_reader import read_rtf

        return read_rtf(path)
    raise ImportFileError(path, translate("CoreImport", "old Word format (.doc); open it in Word and save it as .docx"))


def read_docx(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    with path.open("rb") as f:
        head = f.read(8)
    if head == OLE_MAGIC:
        _refuse_ole(path)
    if not head.startswith(b"PK"):
        raise ImportFileError(
            path, translate("CoreImport", "not a Word document (the .docx file is damaged or of another type)")
        )
    with open_document_zip(path, ".docx") as archive:
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any(n.startswith("word/document") for n in names):
            raise ImportFileError(
                path,
                translate(
                    "CoreImport", "not a Word document (no word/document.xml); the file is damaged or of another type"
                ),
            )
        verify_members(path, archive, ".docx")  # python-docx then reads whole members
    document = _open(path)
    return DocxText(document).read()


def _refuse_ole(path: Path) -> None:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            encrypted = ole.exists("EncryptedPackage")
    except Exception:  # a damaged compound file: say what it looks like
        encrypted = False
    if encrypted:
        raise ImportFileError(
            path, translate("CoreImport", "password-protected; remove the password in Word and import again")
        )
    raise ImportFileError(path, translate("CoreImport", "an old Word .doc file named .docx; save it as .docx"))


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml import etree

    try:
        return docx.Document(str(path))
    except ValueError as exc:
        if "content type" in str(exc):  # a template (.dotx) or macro-enabled (.docm) file
            raise ImportFileError(
                path,
                translate(
                    "CoreImport", "a Word template or macro-enabled file, not a plain document; save it as .docx"
                ),
            ) from None
        raise ImportFileError(path, damaged(".docx")) from None
    except etree.XMLSyntaxError:
        raise ImportFileError(
            path, translate("CoreImport", "the Word document is damaged (its XML cannot be read)")
        ) from None
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, EOFError):
        raise ImportFileError(path, damaged(".docx")) from None
    except Exception as exc:
        if type(exc).__module__ in ("zlib", "_lzma", "lzma", "_bz2", "bz2"):
            raise ImportFileError(path, damaged(".docx")) from None
        raise


def _flag(element) -> bool | None:
    """A toggle like <w:b/> or <w:b w:val="0"/>; None when absent."""
    if element is None:
        return None
    return element.get(_VAL, "1").lower() not in _FALSE


def _node_text(element) -> str:
    """Text of a w:t; an entity left unexpanded (never resolved) shows as nothing."""
    if not len(element):
        return element.text or ""
    return (element.text or "") + "".join(sub.tail or "" for sub in element)


class _Style:
    __slots__ = ("based_on", "name", "bold", "italic", "outline")

    def __init__(self, element) -> None:
        based = element.find(W + "basedOn")
        self.based_on = based.get(_VAL) if based is not None else None
        name = element.find(W + "name")
        self.name = (name.get(_VAL) or "").lower() if name is not None else ""
        rpr = element.find(W + "rPr")
        self.bold = _flag(rpr.find(W + "b")) if rpr is not None else None
        self.italic = _flag(rpr.find(W + "i")) if rpr is not None else None
        ppr = element.find(W + "pPr")
        outline = ppr.find(W + "outlineLvl") if ppr is not None else None
        self.outline = outline.get(_VAL) if outline is not None else None


class DocxText:
    """Walks the body of one python-docx Document into text and spans."""

    def __init__(self, document) -> None:
        self.body = document.element.body
        self.styles: dict[str, _Style] = {}
        self.default_bold = self.default_italic = False
        self.default_pstyle: str | None = None
        try:
            styles_element = document.styles.element
        except Exception:  # no styles part: everything plain
            styles_element = None
        if styles_element is not None:
            for element in styles_element.iterchildren(W + "style"):
                style_id = element.get(W + "styleId")
                if style_id:
                    self.styles[style_id] = _Style(element)
                    if element.get(W + "type") == "paragraph" and element.get(W + "default", "0").lower() in ("1", "true", "on"):
                        self.default_pstyle = style_id
            defaults = styles_element.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
            if defaults is not None:
                self.default_bold = bool(_flag(defaults.find(W + "b")))
                self.default_italic = bool(_flag(defaults.find(W + "i")))
        self._cache: dict[tuple[str | None, str], bool | None] = {}

    def read(self) -> tuple[str, tuple[StyleSpan, ...]]:
        lines: list[TextBuilder] = []
        if self.body is not None:  # a document.xml without a body holds no text
            self._blocks(self.body, lines)
        out = TextBuilder()
        out.extend_lines(lines)
        return out.finish()

    # -- blocks ------------------------------------------------------------
    def _blocks(self, container, lines: list[TextBuilder]) -> None:
        for child in container.iterchildren():
            tag = child.tag
            if tag == _P:
                lines.append(self._paragraph(child))
            elif tag == _TBL:
                self._table(child, lines)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self._blocks(content, lines)
            elif tag in _BLOCK_WRAPPERS:
                self._blocks(child, lines)

    def _table(self, table, lines: list[TextBuilder]) -> None:
        for row in self._children(table, W + "tr"):
            line = TextBuilder()
            for i, cell in enumerate(self._children(row, _TC)):
                if i:
                    line.add("\t")
                cell_lines: list[TextBuilder] = []
                self._blocks(cell, cell_lines)
                line.extend_lines(cell_lines)
            if not line.is_blank():
                lines.append(line)

    def _children(self, parent, tag: str):
        """Children with ``tag``, also those wrapped in content controls."""
        for child in parent.iterchildren():
            if child.tag == tag:
                yield child
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from self._children(content, tag)
            elif child.tag in _BLOCK_WRAPPERS:
                yield from self._children(child, tag)

    # -- paragraphs ----------------------------------------------------------
    def _paragraph(self, p) -> TextBuilder:
        line = TextBuilder()
        ppr = p.find(W + "pPr")
        style_id = None
        heading = False
        if ppr is not None:
            pstyle = ppr.find(W + "pStyle")
            style_id = pstyle.get(_VAL) if pstyle is not None else None
            outline = ppr.find(W + "outlineLvl")
            if outline is not None and outline.get(_VAL, "9") != "9":
                heading = True
        if style_id is None:
            style_id = self.default_pstyle
        heading = heading or self._is_heading(style_id)
        self._inline(p, line, style_id)
        text = line.text()
        if _PAGE_BREAK in text:
            lead = len(text) - len(text.lstrip(_PAGE_BREAK))
            trail = len(text) - len(text.rstrip(_PAGE_BREAK)) if lead < len(text) else 0
            line.trim(lead, trail)
            line.replace(_PAGE_BREAK, "\n")
        if heading:
            line.mark(0, len(line), "heading")
        return line

    def _inline(self, parent, line: TextBuilder, pstyle: str | None) -> None:
        for child in parent.iterchildren():
            tag = child.tag
            if tag == _R:
                self._run(child, line, pstyle)
            elif tag in _INLINE_WRAPPERS:
                self._inline(child, line, pstyle)
            elif tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self._inline(content, line, pstyle)

    def _run(self, r, line: TextBuilder, pstyle: str | None) -> None:
        rpr = r.find(W + "rPr")
        if rpr is not None and _flag(rpr.find(W + "vanish")):
            return  # hidden text: not shown to the reader
        text = []
        for child in r.iterchildren():
            tag = child.tag
            if tag == _T:
                text.append(_node_text(child))
            elif tag == _BR and child.get(W + "type") in ("page", "column"):
                text.append(_PAGE_BREAK)
            elif tag in _RUN_TEXT:
                text.append(_RUN_TEXT[tag])
        if not text:
            return
        kinds = []
        if self._run_flag(rpr, pstyle, "b"):
            kinds.append("bold")
        if self._run_flag(rpr, pstyle, "i"):
            kinds.append("italic")
        line.add(normalise_line_ends("".join(text)), *kinds)

    # -- styles --------------------------------------------------------------
    def _run_flag(self, rpr, pstyle: str | None, which: str) -> bool:
        if rpr is not None:
            direct = _flag(rpr.find(W + which))
            if direct is not None:
                return direct
            rstyle = rpr.find(W + "rStyle")
            if rstyle is not None:
                from_style = self._style_flag(rstyle.get(_VAL), which)
                if from_style is not None:
                    return from_style
        from_paragraph = self._style_flag(pstyle, which)
        if from_paragraph is not None:
            return from_paragraph
        return self.default_bold if which == "b" else self.default_italic

    def _style_flag(self, style_id: str | None, which: str) -> bool | None:
        key = (style_id, which)
        if key not in self._cache:
            value = None
            seen = set()
            while style_id and style_id not in seen and style_id in self.styles:
                seen.add(style_id)
                style = self.styles[style_id]
                value = style.bold if which == "b" else style.italic
                if value is not None:
                    break
                style_id = style.based_on
            self._cache[key] = value
        return self._cache[key]

    def _is_heading(self, style_id: str | None) -> bool:
        seen = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            if style.name == "title" or style.name.startswith("heading "):
                return True
            if style.outline is not None and style.outline != "9":
                return True
            style_id = style.based_on
        return False
