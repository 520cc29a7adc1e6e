"""The quotes report for writing the results chapter: under every theme,
group and code its passages as quotations, in document order, each naming
who said it: "Informant C uttaler: «...»" (en: "Informant C says: “...”").

Themes are Heading 1, groups Heading 2, codes Heading 3 and the quotations
Word's Quote style, so the Navigation pane walks the analysis and the
student's template restyles it all.
"""

from __future__ import annotations

from pathlib import Path

from workbench.exporters import (
    CodeEntry,
    GroupEntry,
    Progress,
    Steps,
    check_language,
    clean,
    gather_codebook,
    safe_output,
)
from workbench.exporters import labels as L
from workbench.exporters.word_codebook import Body, new_document, text_run
from workbench.services.project import Project
from workbench.services.records import Passage


def quote_text(text: str) -> str:
    """A passage as quoted: trimmed, its own line breaks kept, no empty lines."""
    lines = [" ".join(line.split()) for line in clean(text).replace("\r", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def export_quotes(project: Project, path: Path | str, *, lang: str = "nb", descriptions: bool = True,
                  title: str | None = None, progress: Progress | None = None) -> Path:
    """Write every theme's, group's and code's passages to a Word document.

    ``descriptions``: show the descriptions of themes, groups and codes under
    their headings. Raises ExportError or ExportCancelled, leaving no file.
    """
    check_language(lang)
    path = Path(path)
    with safe_output(path) as tmp:
        book = gather_codebook(project, quotes=None)
        steps = Steps(path, progress, len(book.codes()) + 1)
        steps.report(0)
        heading = title or L.text(lang, "quotes_title")
        doc = new_document(project, lang, heading)
        body = Body(doc)
        body.paragraph(heading, "Title")
        figures = L.text(lang, "figures", passages=L.count(lang, book.passages, "quote"),
                         documents=L.count(lang, book.coded_documents, "document"))
        body.paragraph(L.text(lang, "quotes_intro", figures=figures))

        def note(description: str) -> None:
            if descriptions and description.strip():
                for line in description.strip().splitlines():
                    if line.strip():
                        text_run(body.paragraph(), line.strip(), italic=True)

        def figures_line(passages: int, documents: int) -> None:
            body.paragraph(L.text(lang, "figures", passages=L.count(lang, passages, "quote"),
                                     documents=L.count(lang, documents, "document")))

        def quotation(passage: Passage) -> None:
            p = body.paragraph(style="Quote")
            text_run(p, L.says(lang, passage.document) + " ", bold=True, italic=False)
            text_run(p, L.quoted(lang, quote_text(passage.text)))

        def code(entry: CodeEntry, level: int) -> None:
            body.heading(clean(entry.name), level)
            note(entry.description)
            for passage in entry.quotes:
                quotation(passage)
            if not entry.quotes:
                text_run(body.paragraph(), L.text(lang, "no_quotes"), italic=True)
            steps.step()

        def group(entry: GroupEntry) -> None:
            body.heading(clean(L.group_label(lang, entry.number, entry.name)), 2)
            note(entry.info.description)
            figures_line(entry.passages, entry.documents)
            for c in entry.codes:
                code(c, 3)

        for theme in book.themes:
            body.heading(clean(L.theme_label(lang, theme.number, theme.name)), 1)
            note(theme.info.description)
            figures_line(theme.passages, theme.documents)
            for g in theme.groups:
                group(g)
        if book.loose_groups:
            body.heading(L.text(lang, "loose_section"), 1)
            for g in book.loose_groups:
                group(g)
        if book.rest is not None:
            body.heading(L.text(lang, "rest_section"), 1)
            group(book.rest)
        if book.ungrouped:
            body.heading(L.text(lang, "ungrouped_section"), 1)
            figures_line(sum(c.passages for c in book.ungrouped), book.ungrouped_documents)
            for c in book.ungrouped:
                code(c, 2)
        doc.save(tmp)
        steps.step()
    return path


__all__ = ["export_quotes", "quote_text"]
