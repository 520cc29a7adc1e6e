"""Small helpers for Stegvis's Qt translation files (.ts), used by `make translations-update`.

    python resources/i18n/ts_tool.py fill-en resources/i18n/stegvis_en.ts
        English is the source language: every unfinished English entry gets its
        source text as translation (numerus entries: "%n code(s)" -> "%n code" / "%n codes").
    python resources/i18n/ts_tool.py todo resources/i18n/stegvis_nb.ts [...]
        Lists the entries still to translate (unfinished or empty), by context.
        Exits 1 when there are any.
    python resources/i18n/ts_tool.py check resources/i18n/*.ts
        What tests/ui/test_i18n.py checks: nothing unfinished, empty or obsolete,
        and the same placeholders (%1.., %n, %s) in source and translation.

Only the standard library: it runs before the virtual environment is complete.
After `fill-en` the Makefile runs lupdate once more, which writes the file back
in lupdate's own layout, so diffs stay small.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PLACEHOLDER = re.compile(r"%(?:\d+|L?n|s|L\d+)")


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", "obsolete"
    forms: list[str]  # the translation, or its numerus forms


def messages(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "unfinished", []
            else:
                kind = translation.get("type", "")
                forms = ([f.text or "" for f in translation.findall("numerusform")] if numerus
                         else [translation.text or ""])
            found.append(Message(name, message.findtext("source") or "", message.findtext("comment") or "",
                                 numerus, kind, forms))
    return found


def placeholders(text: str) -> Counter:
    return Counter(PLACEHOLDER.findall(text))


def problems(path: Path) -> list[str]:
    """Everything that keeps a .ts file from being complete."""
    found = []
    for m in messages(path):
        where = f"{path.name}: [{m.context}] {m.source!r}"
        if m.kind:
            found.append(f"{where}: {m.kind}")
            continue
        if not m.forms or any(not f.strip() for f in m.forms):
            found.append(f"{where}: empty translation")
            continue
        want = placeholders(m.source)
        for form in m.forms:
            got = placeholders(form)
            if m.numerus:  # a singular form may spell the number out
                for count in ("%n", "%Ln"):
                    got[count] = want[count]
            if got != want:
                found.append(f"{where}: placeholders {dict(want)} became {dict(got)} in {form!r}")
    return found


def english_forms(source: str) -> list[str]:
    return [re.sub(r"\((?:e?s)\)", "", source), re.sub(r"\((e?s)\)", r"\1", source)]


def fill_english(path: Path) -> int:
    """Give every unfinished entry its source text; returns how many were filled."""
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        kind = translation.get("type")
        empty = not (translation.text or "").strip() and not any((f.text or "").strip() for f in translation)
        if not (kind == "unfinished" or (kind is None and empty)):
            continue
        source = message.findtext("source") or ""
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in english_forms(source):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
        filled += 1
    if filled:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in ("fill-en", "todo", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    command, paths = argv[0], [Path(p) for p in argv[1:]]
    if command == "fill-en":
        for path in paths:
            print(f"{path}: {fill_english(path)} English entries filled from their source")
        return 0
    if command == "todo":
        todo = [m for path in paths for m in messages(path)
                if m.kind == "unfinished" or not m.forms or any(not f.strip() for f in m.forms)]
        for m in todo:
            print(f"[{m.context}] {m.source}" + (f"  ({m.comment})" if m.comment else ""))
        print(f"{len(todo)} to translate" if todo else "Nothing left to translate.", file=sys.stderr)
        return 1 if todo else 0
    found = [p for path in paths for p in problems(path)]
    print("\n".join(found) or "All translations complete.")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
