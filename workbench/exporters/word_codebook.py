"""The codebook as a Word document for the thesis.

Two layouts:

* ``appendix``: one table "Tema / Kodegruppe / Kode" whose header row repeats
  on every page, a row per theme, per group and per code in the project's
  order; groups outside the themes, the rest group and ungrouped codes follow,
  each under a row of its own (as the appendix "Komplett oversikt koder").
* ``table``: captioned tables (Word's Caption style, SEQ fields, so Word
  numbers them and lists them): the code groups in one column; the themes
  with their groups and codes in three columns Tema | Kodegruppe | Kode with
  vertically merged theme and group cells; the rest group and ungrouped codes
  apart.

The documents use Word's built-in styles (Heading 1, Table Grid, Caption,
Quote), A4 pages, a page number in the footer and the language set on the
text, so the student's own template and Word's restyling take over.

Shared Word helpers for :mod:`word_quotes` live here too.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from workbench.exporters import (
    Codebook,
    CodeEntry,
    GroupEntry,
    Progress,
    Steps,
    ThemeEntry,
    check_language,
    clean,
    code_test_progress,
    gather_codebook,
    safe_output,
)
from workbench.exporters import labels as L
from workbench.services.project import Project

LAYOUTS = ("appendix", "table")

#: A4 with 2.5 cm margins: 16 cm of text width.
PAGE_WIDTH, PAGE_HEIGHT, MARGIN = Mm(210), Mm(297), Mm(25)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN
#: The counts columns (passages, documents), wide enough for "Dokumenter" in bold.
COUNT_WIDTHS = [Mm(20), Mm(30)]

HEADER_FILL = "BFBFBF"
THEME_FILL = "D9D9D9"
GROUP_FILL = "F2F2F2"


# --- Word documents: page, language, properties, fields ---------------------------------------

def new_document(project: Project, lang: str, title: str) -> WordDocument:
    """An empty A4 document in ``lang`` with page numbers and core properties."""
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Mm(12.5)
    set_language(doc, lang)
    # Tables in 10 pt and quotations set in: still Word's own styles, which the
    # student's template restyles.
    doc.styles["Table Grid"].font.size = Pt(10)
    quote = doc.styles["Quote"].paragraph_format
    quote.left_indent = quote.right_indent = Mm(10)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(footer, "PAGE", "1")

    props = doc.core_properties
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.title = title
    props.subject = project.name
    props.language = L.WORD_LANGUAGE[lang]
    props.author = props.last_modified_by = ""
    props.comments = L.text(lang, "comments")
    props.keywords = ""
    props.created = props.modified = now
    props.revision = 1
    return doc


def set_language(doc: WordDocument, lang: str) -> None:
    """Mark all text as ``lang`` (document defaults), so Word spell-checks and
    hyphenates it in that language; numbers as that language writes them."""
    tag = L.WORD_LANGUAGE[lang]
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang_el = rpr.find(qn("w:lang"))
    if lang_el is None:
        lang_el = OxmlElement("w:lang")
        rpr.append(lang_el)
    lang_el.set(qn("w:val"), tag)
    settings = doc.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), tag)
    for name, value in (("w:decimalSymbol", "," if lang == "nb" else "."),
                        ("w:listSeparator", ";" if lang == "nb" else ",")):
        el = settings.find(qn(name))
        if el is not None:
            el.set(qn("w:val"), value)


def add_field(paragraph: Paragraph, instruction: str, result: str) -> None:
    """A Word field (PAGE, SEQ ...) with its current result, so it shows
    right before Word updates it."""

    def char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run(result)
    char("end")


def text_run(paragraph: Paragraph, text: str, *, bold: bool = False, italic: bool | None = None) -> None:
    """Append a run of ``text`` (line breaks kept); several times quicker than
    python-docx's add_run, which matters for thousands of quotations."""
    r = OxmlElement("w:r")
    if bold or italic is not None:
        rpr = OxmlElement("w:rPr")
        if bold:
            rpr.append(OxmlElement("w:b"))
        if italic is not None:
            el = OxmlElement("w:i")
            if not italic:
                el.set(qn("w:val"), "0")
            rpr.append(el)
        r.append(rpr)
    for i, line in enumerate(clean(text).replace("\t", " ").split("\n")):
        if i:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.text = line
        if line != line.strip():
            t.set(qn("xml:space"), "preserve")
        r.append(t)
    paragraph._p.append(r)


class Body:
    """Adds paragraphs to a document's end quickly: python-docx looks a style
    up by name for every paragraph and scans the body for its end, which makes
    big exports slow; here the style ids are looked up once."""

    STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3", "Caption", "Quote")

    def __init__(self, doc: WordDocument) -> None:
        self.doc = doc
        self.end = doc.element.body.sectPr
        self.ids = {name: doc.styles[name].style_id for name in self.STYLES}

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        p = OxmlElement("w:p")
        self.end.addprevious(p)
        if style is not None:
            p.style = self.ids[style]
        paragraph = Paragraph(p, self.doc._body)
        if text:
            text_run(paragraph, text)
        return paragraph

    def heading(self, text: str, level: int) -> Paragraph:
        return self.paragraph(text, f"Heading {level}")


class Captions:
    """Numbered table captions: "Tabell 1: Kodegrupper" with a SEQ field."""

    def __init__(self, body: Body, lang: str) -> None:
        self.body, self.lang, self.n = body, lang, 0

    def add(self, caption: str) -> Paragraph:
        self.n += 1
        label = L.text(self.lang, "table")
        p = self.body.paragraph(style="Caption")
        p.add_run(f"{label} ")
        add_field(p, f"SEQ {label} \\* ARABIC", str(self.n))
        p.add_run(f": {caption}")
        p.paragraph_format.keep_with_next = True
        return p


# --- tables built row by row (quick for thousands of rows) -----------------------------------

def new_table(doc: WordDocument, widths: list[int]) -> Table:
    table = doc.add_table(rows=0, cols=len(widths))
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    return table


def add_row(table: Table, *, header: bool = False, keep_together: bool = True):
    tr = OxmlElement("w:tr")
    trpr = OxmlElement("w:trPr")
    if keep_together:
        trpr.append(OxmlElement("w:cantSplit"))
    if header:
        trpr.append(OxmlElement("w:tblHeader"))  # repeat as header row on every page
    tr.append(trpr)
    table._tbl.append(tr)
    return tr


def add_cell(table: Table, tr, width: int, *, span: int = 1, merge: str | None = None,
             fill: str | None = None) -> _Cell:
    """A cell; ``merge``: "restart" starts a vertical merge, "continue" extends it."""
    tc = OxmlElement("w:tc")
    tcpr = OxmlElement("w:tcPr")
    tcw = OxmlElement("w:tcW")
    tcw.set(qn("w:w"), str(int(width) // 635))
    tcw.set(qn("w:type"), "dxa")
    tcpr.append(tcw)
    if span > 1:
        el = OxmlElement("w:gridSpan")
        el.set(qn("w:val"), str(span))
        tcpr.append(el)
    if merge is not None:
        el = OxmlElement("w:vMerge")
        if merge == "restart":
            el.set(qn("w:val"), "restart")
        tcpr.append(el)
    if fill:
        el = OxmlElement("w:shd")
        el.set(qn("w:val"), "clear")
        el.set(qn("w:color"), "auto")
        el.set(qn("w:fill"), fill)
        tcpr.append(el)
    tc.append(tcpr)
    tr.append(tc)
    return _Cell(tc, table)


def write(cell: _Cell, text: str = "", *, bold: bool = False, italic: bool = False, indent=None,
          keep_with_next: bool = False, align=None) -> Paragraph:
    p = cell.add_paragraph()
    if text:
        text_run(p, text, bold=bold, italic=True if italic else None)
    if indent is not None:
        p.paragraph_format.left_indent = indent
    if keep_with_next:
        p.paragraph_format.keep_with_next = True
    if align is not None:
        p.alignment = align
    return p


def excerpt(text: str, limit: int | None) -> str:
    """A passage on one line, cut at a word near ``limit`` characters with […]."""
    one_line = " ".join(clean(text).split())
    if limit is None or len(one_line) <= limit:
        return one_line
    cut = one_line.rfind(" ", 0, limit)
    return one_line[: cut if cut > limit // 2 else limit].rstrip(" ,.;:") + " […]"


# --- the codebook -----------------------------------------------------------------------------

class _Writer:
    def __init__(self, body: Body, lang: str, *, descriptions: bool, memos: bool, counts: bool,
                 quote_chars: int | None, steps: Steps) -> None:
        self.body, self.doc, self.lang, self.steps = body, body.doc, lang, steps
        self.descriptions, self.memos, self.counts, self.quote_chars = descriptions, memos, counts, quote_chars

    def t(self, key: str) -> str:
        return L.text(self.lang, key)

    # columns for counts, after the text columns
    def count_widths(self) -> list[int]:
        return list(COUNT_WIDTHS) if self.counts else []

    def count_cells(self, table: Table, tr, passages: int | str, documents: int | str, *, bold=False,
                    fill=None, merge=None) -> None:
        if not self.counts:
            return
        for value, width in zip((passages, documents), COUNT_WIDTHS):
            cell = add_cell(table, tr, width, fill=fill, merge=merge)
            if merge == "continue":
                write(cell)
            else:
                write(cell, value if isinstance(value, str) else L.number(self.lang, value), bold=bold,
                      align=WD_ALIGN_PARAGRAPH.RIGHT if not isinstance(value, str) else None)

    def header(self, table: Table, widths: list[int], titles: list[str]) -> None:
        tr = add_row(table, header=True)
        titles = titles + ([self.t("col_passages"), self.t("col_documents")] if self.counts else [])
        for width, title in zip(widths, titles):
            write(add_cell(table, tr, width, fill=HEADER_FILL), title, bold=True)

    def notes(self, cell: _Cell, description: str, memo: str, indent=None) -> None:
        if self.descriptions and description.strip():
            for line in description.strip().splitlines():
                if line.strip():
                    write(cell, line.strip(), italic=True, indent=indent)
        if self.memos and memo.strip():
            lines = [line.strip() for line in memo.strip().splitlines() if line.strip()]
            for i, line in enumerate(lines):
                p = write(cell, indent=indent)
                if i == 0:
                    text_run(p, f"{self.t('memo')}: ", bold=True)
                text_run(p, line)

    def code_content(self, cell: _Cell, code: CodeEntry, indent=None) -> None:
        write(cell, code.name, indent=indent)
        self.notes(cell, code.description, code.memo, indent=indent)
        quote_indent = (indent or 0) + Mm(5)
        for passage in code.quotes:
            p = write(cell, indent=quote_indent)
            text_run(p, f"{passage.document}: ", bold=True)
            text_run(p, L.quoted(self.lang, excerpt(passage.text, self.quote_chars)), italic=True)

    # --- appendix layout ---

    def appendix(self, book: Codebook) -> None:
        widths = [TEXT_WIDTH - sum(self.count_widths())] + self.count_widths()
        span = len(widths)
        table = new_table(self.doc, widths)
        self.header(table, widths, [self.t("header")])

        def section_row(title: str) -> None:
            tr = add_row(table)
            write(add_cell(table, tr, sum(widths), span=span, fill=THEME_FILL), title, bold=True,
                  keep_with_next=True)

        def theme_row(theme: ThemeEntry) -> None:
            tr = add_row(table)
            cell = add_cell(table, tr, widths[0], fill=THEME_FILL)
            write(cell, L.theme_label(self.lang, theme.number, theme.name), bold=True, keep_with_next=True)
            self.notes(cell, theme.info.description, theme.info.memo)
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True
            self.count_cells(table, tr, theme.passages, theme.documents, bold=True, fill=THEME_FILL)

        def group_rows(group: GroupEntry) -> None:
            tr = add_row(table)
            cell = add_cell(table, tr, widths[0], fill=GROUP_FILL)
            write(cell, L.group_label(self.lang, group.number, group.name), bold=True, keep_with_next=True)
            self.notes(cell, group.info.description, group.info.memo)
            for p in cell.paragraphs:
                p.paragraph_format.keep_with_next = True
            self.count_cells(table, tr, group.passages, group.documents, bold=True, fill=GROUP_FILL)
            for code in group.codes:
                code_row(code)

        def code_row(code: CodeEntry) -> None:
            tr = add_row(table, keep_together=not code.quotes and not (self.memos and code.memo))
            self.code_content(add_cell(table, tr, widths[0]), code, indent=Mm(5))
            self.count_cells(table, tr, code.passages, code.documents)
            self.steps.step()

        for theme in book.themes:
            theme_row(theme)
            for group in theme.groups:
                group_rows(group)
        if book.loose_groups:
            section_row(self.t("loose_section"))
            for group in book.loose_groups:
                group_rows(group)
        if book.rest is not None:
            section_row(self.t("rest_section"))
            group_rows(book.rest)
        if book.ungrouped:
            section_row(self.t("ungrouped_section"))
            for code in book.ungrouped:
                code_row(code)

    # --- table layout ---

    def tables(self, book: Codebook) -> None:
        captions = Captions(self.body, self.lang)
        counts = self.count_widths()
        free = TEXT_WIDTH - sum(counts)

        # 1. the code groups, one column, by number; the rest group last
        captions.add(self.t("caption_groups"))
        widths = [free] + counts
        table = new_table(self.doc, widths)
        self.header(table, widths, [self.t("col_group")])
        numbered = [g for t in book.themes for g in t.groups] + book.loose_groups
        numbered.sort(key=lambda g: (g.number is None, g.number or 0))
        for group in numbered + ([book.rest] if book.rest else []):
            tr = add_row(table)
            cell = add_cell(table, tr, widths[0])
            write(cell, L.group_label(self.lang, group.number, group.name), italic=group.info.is_rest)
            self.notes(cell, group.info.description, group.info.memo)
            self.count_cells(table, tr, group.passages, group.documents)
            self.steps.step()
        self.body.paragraph()

        # 2. themes | groups | codes, theme and group cells merged down their rows
        if book.themes or book.loose_groups:
            captions.add(self.t("caption_themes"))
            widths = [free * 28 // 100, free * 32 // 100]
            widths.append(free - sum(widths))
            widths += counts
            table = new_table(self.doc, widths)
            self.header(table, widths, [self.t("col_theme"), self.t("col_group"), self.t("col_code")])
            blocks: list[tuple[str, ThemeEntry | None, list[GroupEntry]]] = [
                (L.theme_label(self.lang, t.number, t.name), t, t.groups) for t in book.themes
            ]
            if book.loose_groups:
                blocks.append((self.t("no_theme"), None, book.loose_groups))
            for title, theme, groups in blocks:
                self.merged_rows(table, widths, title, theme, groups)
            self.body.paragraph()

        # 3. the rest group apart: Kodegruppe | Kode
        if book.rest is not None:
            captions.add(self.t("caption_rest"))
            widths = [free * 32 // 100]
            widths.append(free - widths[0])
            widths += counts
            table = new_table(self.doc, widths)
            self.header(table, widths, [self.t("col_group"), self.t("col_code")])
            self.merged_rows(table, widths, None, None, [book.rest])
            self.body.paragraph()

        # 4. ungrouped codes
        if book.ungrouped:
            captions.add(self.t("caption_ungrouped"))
            widths = [free] + counts
            table = new_table(self.doc, widths)
            self.header(table, widths, [self.t("col_code")])
            for code in book.ungrouped:
                tr = add_row(table)
                self.code_content(add_cell(table, tr, widths[0]), code)
                self.count_cells(table, tr, code.passages, code.documents)
                self.steps.step()

    def merged_rows(self, table: Table, widths: list[int], theme_title: str | None, theme: ThemeEntry | None,
                    groups: list[GroupEntry]) -> None:
        """One row per code; the theme cell (if ``theme_title``) spans the
        theme's rows and each group cell its codes' rows (w:vMerge)."""
        rows: list[tuple[GroupEntry | None, CodeEntry | None]] = []
        for group in groups:
            rows += [(group, code) for code in group.codes] or [(group, None)]
        rows = rows or [(None, None)]
        sizes = Counter(id(group) for group, _ in rows)
        previous_group = object()
        for i, (group, code) in enumerate(rows):
            tr = add_row(table)
            col = 0
            if theme_title is not None:
                merge = ("restart" if i == 0 else "continue") if len(rows) > 1 else None
                cell = add_cell(table, tr, widths[col], merge=merge)
                if i == 0:
                    write(cell, theme_title, bold=True)
                    if theme is not None:
                        self.notes(cell, theme.info.description, theme.info.memo)
                else:
                    write(cell)
                col += 1
            first_of_group = group is not previous_group
            merge = ("restart" if first_of_group else "continue") if group is not None and sizes[id(group)] > 1 else None
            cell = add_cell(table, tr, widths[col], merge=merge)
            if first_of_group and group is not None:
                write(cell, L.group_label(self.lang, group.number, group.name))
                self.notes(cell, group.info.description, group.info.memo)
            else:
                write(cell)
            previous_group = group
            col += 1
            cell = add_cell(table, tr, widths[col])
            if code is not None:
                self.code_content(cell, code)
                self.count_cells(table, tr, code.passages, code.documents)
                self.steps.step()
            else:
                write(cell)
                self.count_cells(table, tr, "", "")


def method_summary(project: Project, book: Codebook, lang: str) -> str:
    """The method chapter's paragraph with the codebook's numbers."""
    groups = [g for t in book.themes for g in t.groups] + book.loose_groups
    return L.method_summary(
        lang,
        codes=len(book.codes()),
        groups=len(groups),
        rest=len(book.rest.codes) if book.rest is not None else None,
        ungrouped=len(book.ungrouped),
        themes=len(book.themes),
        documents=book.coded_documents or book.documents,
        passages=book.passages,
        code_test=code_test_progress(project),
    )


def export_codebook(project: Project, path: Path | str, *, layout: str = "appendix", lang: str = "nb",
                    quotes: int = 0, descriptions: bool = False, memos: bool = False, counts: bool = False,
                    summary: bool = True, title: str | None = None, quote_chars: int | None = 300,
                    progress: Progress | None = None) -> Path:
    """Write the codebook to a Word document (.docx) at ``path``.

    ``layout``: "appendix" (one table Tema / Kodegruppe / Kode) or "table"
    (captioned tables with merged theme and group cells, and the code groups
    listed); ``lang``: "nb" or "en"; ``quotes``: example quotes per code (the
    first passages in document order), each cut to about ``quote_chars``
    characters (None: whole); ``descriptions``, ``memos``, ``counts`` (passages
    and documents): what else to show; ``summary``: a paragraph with the
    numbers for the method chapter on top; ``title``: the heading (default
    "Komplett oversikt over koder" / "Complete list of codes").

    Raises ExportError (the file cannot be written) or ExportCancelled
    (``progress`` returned False); either way no file is left behind.
    """
    check_language(lang)
    if layout not in LAYOUTS:
        raise ValueError(f"layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
    if quotes < 0:
        raise ValueError("quotes must be 0 or more")
    path = Path(path)
    with safe_output(path) as tmp:
        book = gather_codebook(project, quotes)
        n_codes = len(book.codes())
        total = n_codes + 1 + (len(book.groups()) if layout == "table" else 0)
        steps = Steps(path, progress, total)
        steps.report(0)
        heading = title or L.text(lang, "codebook_title" if layout == "appendix" else "tables_title")
        doc = new_document(project, lang, heading)
        body = Body(doc)
        body.heading(heading, 1)
        if summary:
            body.paragraph(method_summary(project, book, lang))
        writer = _Writer(body, lang, descriptions=descriptions, memos=memos, counts=counts,
                         quote_chars=quote_chars, steps=steps)
        if layout == "appendix":
            writer.appendix(book)
        else:
            writer.tables(book)
        doc.save(tmp)
        steps.step()
    return path


__all__ = ["LAYOUTS", "Body", "Captions", "add_field", "export_codebook", "method_summary", "new_document"]
