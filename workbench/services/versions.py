"""Named versions inside the project file, restoring one, and what changed
between two versions (or a version and now), by the items' GUIDs so that a
renamed code is a rename, not a removal and an addition."""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select

from workbench.services.errors import ServiceError
from workbench.services.project import Project
from workbench.storage.models import (
    Code,
    CodeGroup,
    Coding,
    Concept,
    ConceptLink,
    Document,
    DocumentAttribute,
    Meta,
    TestVerdict,
    Theme,
    Version,
    VersionText,
    utcnow,
)
from workbench.texts import fill, translate

#: Meta keys that belong to the analysis (and travel with versions).
_META_KEYS = ("memo", "research_questions", "sdi_overrides")
_DOC = ("guid", "name", "role", "source_name", "imported_at", "position", "memo", "styles")
_THEME = ("guid", "name", "number", "position", "colour", "description", "memo")
_GROUP = ("guid", "name", "number", "is_rest", "position", "colour", "description", "memo")
_CODE = ("guid", "name", "colour", "position", "description", "memo", "created_at")


def _row(obj, fields) -> dict:
    out = {}
    for f in fields:
        value = getattr(obj, f)
        out[f] = value.isoformat() if isinstance(value, datetime) else value
    return out


def take_snapshot(project: Project) -> tuple[dict, dict[str, str]]:
    """The project as plain data (texts by hash), and the texts by hash."""
    texts: dict[str, str] = {}
    with project.reading() as s:
        docs = []
        for d in s.scalars(select(Document).order_by(Document.id)):
            digest = hashlib.sha256(d.text.encode("utf-8")).hexdigest()
            texts[digest] = d.text
            row = _row(d, _DOC)
            row["text"] = digest
            row["attributes"] = [[a.name, a.value] for a in d.attributes]
            docs.append(row)
        doc_guid = {d.id: d.guid for d in s.scalars(select(Document))}
        themes = {t.id: t for t in s.scalars(select(Theme))}
        groups = {g.id: g for g in s.scalars(select(CodeGroup))}
        codes = {c.id: c for c in s.scalars(select(Code))}
        data = {
            "documents": docs,
            "themes": [_row(t, _THEME) for t in sorted(themes.values(), key=lambda t: t.id)],
            "groups": [
                {**_row(g, _GROUP), "theme": themes[g.theme_id].guid if g.theme_id in themes else None}
                for g in sorted(groups.values(), key=lambda g: g.id)
            ],
            "codes": [
                {**_row(c, _CODE), "group": groups[c.group_id].guid if c.group_id in groups else None}
                for c in sorted(codes.values(), key=lambda c: c.id)
            ],
            "codings": [
                [c.guid, codes[c.code_id].guid, doc_guid[c.document_id], c.start, c.end, c.created_at.isoformat()]
                for c in s.scalars(select(Coding).order_by(Coding.id))
            ],
            "concepts": [
                {**_row(c, ("guid", "name", "description", "memo", "position")),
                 "links": [[link.item_kind, (themes[link.item_id].guid if link.item_kind == "theme" and
                                             link.item_id in themes else
                                             groups[link.item_id].guid if link.item_id in groups else None)]
                           for link in c.links]}
                for c in s.scalars(select(Concept).order_by(Concept.id))
            ],
            "verdicts": [],
            "meta": {k: v for k, v in s.execute(select(Meta.key, Meta.value).where(Meta.key.in_(_META_KEYS)))},
        }
        item_guid = {"code": {i: c.guid for i, c in codes.items()}, "group": {i: g.guid for i, g in groups.items()},
                     "concept": {c.id: c.guid for c in s.scalars(select(Concept))}}
        for v in s.scalars(select(TestVerdict).order_by(TestVerdict.id)):
            guid = item_guid.get(v.item_kind, {}).get(v.item_id)
            if guid is not None:
                data["verdicts"].append([v.test, v.item_kind, guid, v.verdict, v.answers, v.note,
                                         v.decided_at.isoformat() if v.decided_at else None])
    return data, texts


def _summary(data: dict) -> dict:
    return {"documents": len(data["documents"]), "codes": len(data["codes"]),
            "groups": sum(1 for g in data["groups"] if not g["is_rest"]), "themes": len(data["themes"]),
            "codings": len(data["codings"])}


@dataclass(frozen=True)
class VersionInfo:
    id: int
    label: str
    note: str
    saved_at: datetime
    summary: dict


def save_version(project: Project, label: str, note: str = "") -> VersionInfo:
    label = " ".join(label.split())
    if not label:
        raise ServiceError(translate("CoreServices", "A version needs a label."))
    data, texts = take_snapshot(project)
    blob = zlib.compress(json.dumps(data, ensure_ascii=False).encode("utf-8"), 6)
    with project.transaction() as s:
        if s.scalar(select(Version.id).where(Version.label == label)) is not None:
            raise ServiceError(fill(translate("CoreServices", "A version is already labelled “%1”."), label))
        have = set(s.scalars(select(VersionText.sha256).where(VersionText.sha256.in_(list(texts)))))
        s.add_all(VersionText(sha256=h, text=zlib.compress(t.encode("utf-8"), 6))
                  for h, t in texts.items() if h not in have)
        version = Version(label=label, note=note, saved_at=utcnow(), snapshot=blob,
                          summary=json.dumps(_summary(data)))
        s.add(version)
        s.flush()
        return VersionInfo(version.id, label, note, version.saved_at, _summary(data))


def list_versions(project: Project) -> list[VersionInfo]:
    with project.reading() as s:
        return [VersionInfo(v.id, v.label, v.note, v.saved_at, json.loads(v.summary or "{}"))
                for v in s.scalars(select(Version).order_by(Version.saved_at, Version.id))]


def _find(s, label: str) -> Version:
    version = s.scalar(select(Version).where(Version.label == label))
    if version is None:
        raise ServiceError(fill(translate("CoreServices", "There is no version labelled “%1”."), label))
    return version


def load_version(project: Project, label: str) -> tuple[dict, dict[str, str]]:
    """A version's snapshot and the texts it refers to."""
    with project.reading() as s:
        version = _find(s, label)
        data = json.loads(zlib.decompress(version.snapshot).decode("utf-8"))
        hashes = [d["text"] for d in data["documents"]]
        texts = {h: zlib.decompress(t).decode("utf-8") for h, t in
                 s.execute(select(VersionText.sha256, VersionText.text).where(VersionText.sha256.in_(hashes)))}
    return data, texts


def delete_version(project: Project, label: str) -> None:
    with project.transaction() as s:
        s.delete(_find(s, label))
        s.flush()
        _drop_unused_texts(s)


def _drop_unused_texts(s) -> None:
    used: set[str] = set()
    for blob in s.scalars(select(Version.snapshot)):
        used.update(d["text"] for d in json.loads(zlib.decompress(blob).decode("utf-8"))["documents"])
    s.execute(delete(VersionText).where(VersionText.sha256.not_in(used)))


def _dt(value):
    return datetime.fromisoformat(value) if value else None


def write_snapshot(project: Project, data: dict, texts: dict[str, str]) -> None:
    """Replace the project's analysis with a snapshot (versions and log stay)."""
    with project.transaction() as s:
        for model in (TestVerdict, ConceptLink, Concept, Coding, Code, CodeGroup, Theme, DocumentAttribute, Document):
            s.execute(delete(model))
        s.execute(delete(Meta).where(Meta.key.in_(_META_KEYS)))
        s.flush()
        docs = {}
        for d in data["documents"]:
            text = texts[d["text"]]
            doc = Document(**{k: d[k] for k in _DOC if k != "imported_at"}, imported_at=_dt(d["imported_at"]),
                           text=text, characters=len(text))
            doc.attributes = [DocumentAttribute(name=n, value=v, position=i) for i, (n, v) in enumerate(d["attributes"])]
            s.add(doc)
            docs[d["guid"]] = doc
        themes = {t["guid"]: Theme(**t) for t in data["themes"]}
        s.add_all(themes.values())
        s.flush()
        groups = {}
        for g in data["groups"]:
            fields = {k: g[k] for k in _GROUP}
            groups[g["guid"]] = CodeGroup(**fields, theme_id=themes[g["theme"]].id if g["theme"] in themes else None)
        s.add_all(groups.values())
        s.flush()
        codes = {}
        for c in data["codes"]:
            fields = {k: c[k] for k in _CODE if k != "created_at"}
            codes[c["guid"]] = Code(**fields, created_at=_dt(c["created_at"]),
                                    group_id=groups[c["group"]].id if c["group"] in groups else None)
        s.add_all(codes.values())
        s.flush()
        s.add_all(Coding(guid=g, code_id=codes[cg].id, document_id=docs[dg].id, start=a, end=b, created_at=_dt(at))
                  for g, cg, dg, a, b, at in data["codings"])
        concepts = {}
        for c in data.get("concepts", []):
            concept = Concept(guid=c["guid"], name=c["name"], description=c["description"], memo=c["memo"],
                              position=c["position"])
            ids = {"theme": themes, "group": groups}
            concept.links = [ConceptLink(item_kind=k, item_id=ids[k][g].id) for k, g in c["links"]
                             if g in ids.get(k, {})]
            s.add(concept)
            concepts[c["guid"]] = concept
        s.flush()
        by_kind = {"code": codes, "group": groups, "concept": concepts}
        s.add_all(TestVerdict(test=t, item_kind=k, item_id=by_kind[k][g].id, verdict=v, answers=a, note=n,
                              decided_at=_dt(at))
                  for t, k, g, v, a, n, at in data.get("verdicts", []) if g in by_kind.get(k, {}))
        s.add_all(Meta(key=k, value=v) for k, v in data.get("meta", {}).items())


def restore_version(project: Project, label: str, keep_current_as: str) -> VersionInfo:
    """Restore a version; the current state is saved first as ``keep_current_as``."""
    data, texts = load_version(project, label)
    saved = save_version(project, keep_current_as, f"Saved before restoring “{label}”")
    write_snapshot(project, data, texts)
    return saved


# --- what changed -----------------------------------------------------------------------

def _merged_from(memo: str) -> list[str]:
    return [line[len("Merged from: "):] for line in (memo or "").splitlines() if line.startswith("Merged from: ")]


def diff(before: dict, after: dict, texts_before: dict[str, str] | None = None,
         texts_after: dict[str, str] | None = None) -> dict:
    """What changed from ``before`` to ``after`` (snapshots), with names, not ids."""
    def by_guid(items):
        return {i["guid"]: i for i in items}

    b_codes, a_codes = by_guid(before["codes"]), by_guid(after["codes"])
    b_groups, a_groups = by_guid(before["groups"]), by_guid(after["groups"])
    b_themes, a_themes = by_guid(before["themes"]), by_guid(after["themes"])
    b_docs, a_docs = by_guid(before["documents"]), by_guid(after["documents"])

    def group_name(groups, guid):
        return groups[guid]["name"] if guid in groups else None

    def theme_name(themes, guid):
        return themes[guid]["name"] if guid in themes else None

    merged = []
    for guid, code in a_codes.items():
        for name in _merged_from(code.get("memo", "")):
            if name not in _merged_from(b_codes.get(guid, {}).get("memo", "")) and any(
                    c["name"] == name and g not in a_codes for g, c in b_codes.items()):
                merged.append([name, code["name"]])
    merged_names = {m[0] for m in merged}
    codes = {
        "added": [c["name"] for g, c in a_codes.items() if g not in b_codes],
        "removed": [c["name"] for g, c in b_codes.items() if g not in a_codes and c["name"] not in merged_names],
        "renamed": [[b_codes[g]["name"], c["name"]] for g, c in a_codes.items()
                    if g in b_codes and b_codes[g]["name"] != c["name"]],
        "merged": merged,
        "moved": [{"code": c["name"], "from": group_name(b_groups, b_codes[g]["group"]),
                   "to": group_name(a_groups, c["group"])}
                  for g, c in a_codes.items() if g in b_codes and b_codes[g]["group"] != c["group"]],
    }
    groups = {
        "added": [g["name"] for k, g in a_groups.items() if k not in b_groups],
        "removed": [g["name"] for k, g in b_groups.items() if k not in a_groups],
        "renamed": [[b_groups[k]["name"], g["name"]] for k, g in a_groups.items()
                    if k in b_groups and b_groups[k]["name"] != g["name"]],
        "moved": [{"group": g["name"], "from": theme_name(b_themes, b_groups[k]["theme"]),
                   "to": theme_name(a_themes, g["theme"])}
                  for k, g in a_groups.items() if k in b_groups and b_groups[k]["theme"] != g["theme"]],
    }
    themes = {
        "added": [t["name"] for k, t in a_themes.items() if k not in b_themes],
        "removed": [t["name"] for k, t in b_themes.items() if k not in a_themes],
        "renamed": [[b_themes[k]["name"], t["name"]] for k, t in a_themes.items()
                    if k in b_themes and b_themes[k]["name"] != t["name"]],
    }
    documents = {
        "added": [d["name"] for k, d in a_docs.items() if k not in b_docs],
        "removed": [d["name"] for k, d in b_docs.items() if k not in a_docs],
        "edited": [d["name"] for k, d in a_docs.items() if k in b_docs and b_docs[k]["text"] != d["text"]],
    }
    b_cod = {c[0]: c for c in before["codings"]}
    a_cod = {c[0]: c for c in after["codings"]}
    doc_names = {**{k: d["name"] for k, d in b_docs.items()}, **{k: d["name"] for k, d in a_docs.items()}}
    added = [c for g, c in a_cod.items() if g not in b_cod]
    removed = [c for g, c in b_cod.items() if g not in a_cod]
    per_doc: dict[str, dict[str, int]] = {}
    for label, items in (("added", added), ("removed", removed)):
        for c in items:
            entry = per_doc.setdefault(doc_names.get(c[2], c[2]), {"added": 0, "removed": 0})
            entry[label] += 1
    b_ver = {(v[0], v[1], v[2]): (v[3], v[5]) for v in before.get("verdicts", [])}
    a_ver = {(v[0], v[1], v[2]): (v[3], v[5]) for v in after.get("verdicts", [])}
    changed = sum(1 for k in set(b_ver) | set(a_ver) if b_ver.get(k) != a_ver.get(k))
    return {
        "codes": codes, "groups": groups, "themes": themes, "documents": documents,
        "codings": {"added": len(added), "removed": len(removed), "per_document": per_doc},
        "tests": {"changed": changed},
    }


def diff_versions(project: Project, from_label: str, to_label: str | None = None) -> dict:
    """What changed from a version to another, or to now (``to_label`` None)."""
    before, _ = load_version(project, from_label)
    after = load_version(project, to_label)[0] if to_label else take_snapshot(project)[0]
    return diff(before, after)


# --- the change log ----------------------------------------------------------------------

def log_changes(project: Project, entries: list[tuple[datetime, str, str]]) -> None:
    """Append (time, action, text) entries to the change log."""
    from workbench.storage.models import ChangeLogEntry

    with project.transaction() as s:
        s.add_all(ChangeLogEntry(at=at, action=action, text=text) for at, action, text in entries)


def change_log(project: Project, contains: str = "", limit: int = 5000) -> list[tuple[datetime, str, str]]:
    from workbench.storage.models import ChangeLogEntry

    stmt = select(ChangeLogEntry.at, ChangeLogEntry.action, ChangeLogEntry.text).order_by(ChangeLogEntry.id.desc())
    if contains:
        stmt = stmt.where(ChangeLogEntry.text.ilike(f"%{contains}%"))
    with project.reading() as s:
        return [tuple(r) for r in s.execute(stmt.limit(limit))]
