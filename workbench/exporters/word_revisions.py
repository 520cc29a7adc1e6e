"""Revision notes: what changed between two versions, as a Word document the
student can paste into the method chapter or send to the supervisor."""

from __future__ import annotations

from pathlib import Path

from workbench.exporters import ExportError, folder_missing
from workbench.domain.revisions import LABELS, revision_lines
from workbench.texts import fill, translate


def export_revision_notes(changes: dict, path: Path | str, from_label: str, to_label: str | None,
                          lang: str = "nb") -> Path:
    from docx import Document

    path = Path(path)
    t = LABELS["nb" if lang == "nb" else "en"]
    doc = Document()
    doc.add_heading(t["title"].format(a=from_label, b=to_label or t["now"]), level=1)
    for style, text in revision_lines(changes, lang):
        if style.startswith("Heading"):
            doc.add_heading(text, level=int(style[-1]))
        else:
            doc.add_paragraph(text, style=style)
    if not path.parent.is_dir():
        raise ExportError(path, folder_missing(path.parent))
    try:
        doc.save(str(path))
    except OSError as exc:
        #: %1: the system's reason (English)
        raise ExportError(path, fill(translate("CoreExport", "cannot be written (%1)"),
                                     exc.strerror or exc)) from exc
    return path
