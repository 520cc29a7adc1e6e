"""What changed between two versions, as lines of text in bokmål or English:
headings and bullets, for the app and for revision notes in Word."""

from __future__ import annotations

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
