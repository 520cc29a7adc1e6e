"""The demo project: the sample thesis's transcripts and codebook, coded.

Built from ``resources/demo`` so a newcomer opens a living project: six
transcripts, 240 codes in 18 numbered groups, a rest group and 4 themes, and
each code coded wherever its phrase occurs in a transcript.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

from sqlalchemy import select

from workbench import __version__
from workbench.resources import demo_sources
from workbench.domain.colours import palette_colour
from workbench.services.documents import import_files
from workbench.services.project import Project
from workbench.storage.database import FORMAT_VERSION
from workbench.storage.models import Code, CodeGroup, Coding, Document, Theme


def phrase_spans(text: str, phrase: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``phrase`` in ``text`` (code points).

    ``lowered`` is ``text.lower()``, passed in when searching one text often.
    """
    lowered = text.lower() if lowered is None else lowered
    needle = phrase.lower()
    if len(lowered) != len(text) or not needle:  # lower() changed lengths: fall back
        pattern = re.compile(re.escape(phrase), re.IGNORECASE)
        return [(m.start(), m.end()) for m in pattern.finditer(text)]
    spans, at = [], lowered.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = lowered.find(needle, at + len(needle))
    return spans


def build_demo(target: Path, sources: Path | None = None) -> Project:
    sources = sources or demo_sources()
    project = Project.create(target)
    import_files(project, sorted((sources / "transcripts").glob("*.docx")))
    book = json.loads((sources / "codebook.json").read_text(encoding="utf-8"))
    with project.transaction() as s:
        texts = [(doc_id, text, text.lower()) for doc_id, text in s.execute(select(Document.id, Document.text))]
        codes: list[tuple[Code, str]] = []

        def add_group(spec: dict, position: int, theme: Theme | None, rest: bool = False) -> None:
            group = CodeGroup(name=spec["name"], number=spec.get("number"), theme=theme, is_rest=rest,
                              position=position)
            s.add(group)
            for name in spec["codes"]:
                code = Code(name=name, colour=palette_colour(len(codes)), group=group, position=len(codes) + 1)
                codes.append((code, name))

        position = 0
        for t in book["themes"]:
            theme = Theme(name=t["name"], number=t.get("number"), position=t.get("number") or 0)
            s.add(theme)
            for g in t["groups"]:
                position += 1
                add_group(g, position, theme)
        add_group(book["rest_group"], position + 1, None, rest=True)
        s.add_all(code for code, _ in codes)
        s.flush()
        s.add_all(
            Coding(code_id=code.id, document_id=doc_id, start=start, end=end)
            for code, name in codes
            for doc_id, text, lowered in texts
            for start, end in phrase_spans(text, name, lowered)
        )
    return project

DEMO_NAME = "Stegvis demo.stegvis"


def _sources_fingerprint(sources: Path) -> str:
    h = hashlib.sha1(f"{__version__}/{FORMAT_VERSION}".encode())
    for f in sorted(sources.rglob("*")):
        if f.is_file():
            st = f.stat()
            h.update(f"{f.relative_to(sources)}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


def fresh_demo_copy(target_dir: Path, cache_dir: Path, sources: Path | None = None) -> Path:
    """Write a fresh copy of the demo project into ``target_dir`` and return it.

    The demo is built once into ``cache_dir`` and copied from there, so
    opening it again is quick; the copy in ``target_dir`` is replaced.
    """
    sources = sources or demo_sources()
    cache_dir.mkdir(parents=True, exist_ok=True)
    cached = cache_dir / f"demo-{_sources_fingerprint(sources)}.stegvis"
    if not cached.exists():
        for old in cache_dir.glob("demo-*.stegvis"):
            old.unlink(missing_ok=True)
        building = cache_dir / "demo-building.stegvis"
        building.unlink(missing_ok=True)
        build_demo(building, sources).close()
        building.replace(cached)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / DEMO_NAME
    tmp = target.with_name(target.name + ".part")
    shutil.copyfile(cached, tmp)
    tmp.replace(target)
    return target
