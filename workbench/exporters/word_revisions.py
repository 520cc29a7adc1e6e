"""Revision notes: what changed between two versions, as a Word document the
student can paste into the method chapter or send to the supervisor."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from workbench.exporters import ExportError

LABELS = {
    "nb": {"title": "Revisjonsnotat: {a} → {b}", "codes": "Koder", "groups": "Kodegrupper", "themes": "Temaer",
           "documents": "Dokumenter", "added": "Lagt til", "removed": "Fjernet", "renamed": "Gitt nytt navn",
           "merged": "Slått sammen", "moved": "Flyttet", "edited": "Tekst rettet", "codings": "Kodinger",
           "codings_line": "{added} kodinger lagt til og {removed} fjernet.",
           "tests": "{changed} vurderinger i testene er endret.", "none": "Ingen endringer.", "now": "nå",
           "into": "inn i", "from_to": "fra {a} til {b}", "nothing": "(ingen)"},
    "en": {"title": "Revision notes: {a} → {b}", "codes": "Codes", "groups": "Code groups", "themes": "Themes",
           "documents": "Documents", "added": "Added", "removed": "Removed", "renamed": "Renamed",
           "merged": "Merged", "moved": "Moved", "edited": "Text fixed", "codings": "Codings",
           "codings_line": "{added} codings added and {removed} removed.",
           "tests": "{changed} test verdicts changed.", "none": "No changes.", "now": "now",
           "into": "into", "from_to": "from {a} to {b}", "nothing": "(none)"},
}


def revision_lines(changes: dict, lang: str = "nb") -> list[tuple[str, str]]:
    """The notes as (style, text) lines: headings and bullets."""
    t = LABELS["nb" if lang == "nb" else "en"]
    lines: list[tuple[str, str]] = []
    for section in ("codes", "groups", "themes", "documents"):
        body: list[tuple[str, str]] = []
        for kind in ("added", "removed", "renamed", "merged", "moved", "edited"):
            for item in changes.get(section, {}).get(kind, []):
                if kind == "renamed":
                    text = f"{item[0]} → {item[1]}"
                elif kind == "merged":
                    text = f"{item[0]} {t['into']} {item[1]}"
                elif kind == "moved":
                    name = item.get("code") or item.get("group")
                    text = f"{name}: " + t["from_to"].format(a=item["from"] or t["nothing"],
                                                             b=item["to"] or t["nothing"])
                else:
                    text = item
                body.append(("List Bullet", f"{t[kind]}: {text}"))
        if body:
            lines.append(("Heading 2", t[section]))
            lines.extend(body)
    codings = changes.get("codings", {})
    if codings.get("added") or codings.get("removed"):
        lines.append(("Heading 2", t["codings"]))
        lines.append(("Normal", t["codings_line"].format(added=codings["added"], removed=codings["removed"])))
    if changes.get("tests", {}).get("changed"):
        lines.append(("Normal", t["tests"].format(changed=changes["tests"]["changed"])))
    return lines or [("Normal", t["none"])]


def export_revision_notes(changes: dict, path: Path | str, from_label: str, to_label: str | None,
                          lang: str = "nb") -> Path:
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
        raise ExportError(path, f"the folder {path.parent} does not exist")
    try:
        doc.save(str(path))
    except OSError as exc:
        raise ExportError(path, f"cannot be written ({exc.strerror or exc})") from exc
    return path
