"""The codebook as a spreadsheet: .xlsx (Excel, LibreOffice) and .csv.

One row per code in the codebook's order, with the columns Theme no, Theme,
Group no, Group, Rest group, Code, Description, Passages, Documents (headers in
the export's language).

The .csv is UTF-8 with a byte order mark, so Excel shows æøå right when the
file is double-clicked; Norwegian Excel expects ";" between fields (its
decimal mark is the comma), so lang="nb" writes ";" and lang="en" writes ","
unless ``delimiter`` says otherwise.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from workbench.exporters import Progress, Steps, check_language, clean, gather_codebook, safe_output
from workbench.exporters import labels as L
from workbench.services.project import Project

COLUMNS = ("col_theme_no", "col_theme", "col_group_no", "col_group_name", "col_rest", "col_code", "col_description",
           "col_passages", "col_documents")


def headers(lang: str) -> list[str]:
    return [L.text(lang, key) for key in COLUMNS]


def codebook_rows(project: Project, lang: str) -> Iterator[list]:
    """[theme no, theme, group no, group, rest group, code, description, passages, documents] per code;
    None where there is nothing (a code outside the groups, a group outside the themes)."""
    book = gather_codebook(project)
    yes, no = L.text(lang, "yes"), L.text(lang, "no")
    for theme, group, code in book.rows():
        yield [
            theme.number if theme else None,
            clean(theme.name) if theme else None,
            group.number if group else None,
            clean(group.name) if group else None,
            yes if group is not None and group.info.is_rest else no,
            clean(code.name),
            clean(code.description.strip()) or None,
            code.passages,
            code.documents,
        ]


def export_codebook_xlsx(project: Project, path: Path | str, *, lang: str = "nb",
                         progress: Progress | None = None) -> Path:
    """Write the codebook to an Excel workbook: one sheet, a header row frozen
    and filtered, one row per code."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    check_language(lang)
    path = Path(path)
    with safe_output(path) as tmp:
        rows = list(codebook_rows(project, lang))
        steps = Steps(path, progress, len(rows) + 1)
        steps.report(0)
        wb = Workbook()
        ws = wb.active
        ws.title = L.text(lang, "sheet")
        ws.append(headers(lang))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for n, row in enumerate(rows, start=1):
            ws.append(row)
            for cell in ws[n + 1]:
                if isinstance(cell.value, str) and cell.data_type != "s":
                    cell.data_type = "s"  # text, never a formula ("=..." in a code's name)
            if n % 100 == 0:
                steps.report(n)
        steps.report(len(rows))
        widths = (9, 40, 10, 45, 11, 60, 50, 10, 12)
        for col, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(col)].width = width
        wrap = Alignment(wrap_text=True, vertical="top")
        for col in ("B", "D", "F", "G"):
            for cell in ws[col][1:]:
                cell.alignment = wrap
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(rows) + 1}"
        wb.properties.title = L.text(lang, "sheet")
        wb.properties.subject = project.name
        wb.properties.creator = ""
        wb.properties.language = L.WORD_LANGUAGE[lang]
        wb.save(tmp)
        steps.step()
    return path


def export_codebook_csv(project: Project, path: Path | str, *, lang: str = "nb", delimiter: str | None = None,
                        progress: Progress | None = None) -> Path:
    """Write the codebook to a .csv file (UTF-8 with BOM; ";" for nb, "," for en)."""
    check_language(lang)
    delimiter = delimiter or (";" if lang == "nb" else ",")
    path = Path(path)
    with safe_output(path) as tmp:
        rows = list(codebook_rows(project, lang))
        steps = Steps(path, progress, len(rows) + 1)
        steps.report(0)
        with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
            writer = csv.writer(f, delimiter=delimiter)
            writer.writerow(headers(lang))
            for n, row in enumerate(rows, start=1):
                writer.writerow("" if v is None else v for v in row)
                if n % 100 == 0:
                    steps.report(n)
        steps.report(len(rows) + 1)
    return path


__all__ = ["COLUMNS", "codebook_rows", "export_codebook_csv", "export_codebook_xlsx", "headers"]
