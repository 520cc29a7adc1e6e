"""Write a project as REFI-QDA: the codebook (.qdc) or the whole project (.qdpx).

Both files validate against the standard's schemas (Codebook.xsd, Project.xsd).
The conventions are described in :mod:`workbench.interop.refi_common`. The file
is written to a temporary file next to the target and renamed at the end
(:func:`workbench.exporters.safe_output`), so a failed export leaves nothing.
"""

from __future__ import annotations

import getpass
import json
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree
from sqlalchemy import select
from sqlalchemy.orm import undefer

from workbench import __version__
from workbench.interop.refi_common import (
    NS_CODEBOOK,
    NS_PROJECT,
    RefiReport,
    clean_guid,
    derived_guid,
    stegvis_pi,
    with_marker,
    xml_text,
)
from workbench.services.project import Project
from workbench.storage.models import (
    Code,
    CodeGroup,
    Coding,
    Concept,
    Document,
    DocumentAttribute,
    Meta,
    TestVerdict,
    Theme,
)
from workbench.texts import fill, translate

ORIGIN = f"Stegvis {__version__}"
#: How much of a passage names its selection (other programs show it; the importer checks offsets with it).
SELECTION_NAME_LENGTH = 200


# --- the project, read once -----------------------------------------------------------------

@dataclass
class _Data:
    themes: list[Theme]
    groups: list[CodeGroup]
    codes: list[Code]
    documents: list[Document]
    attributes: dict[int, list[DocumentAttribute]]
    codings: list[Coding]
    concepts: list[Concept]
    meta: dict[str, str]
    verdicts: int


def _ordered(rows) -> list:
    return sorted(rows, key=lambda r: (r.position, r.id))


def _read(project: Project, with_documents: bool) -> _Data:
    with project.reading() as s:
        themes = _ordered(s.scalars(select(Theme)))
        groups = _ordered(s.scalars(select(CodeGroup)))
        codes = _ordered(s.scalars(select(Code)))
        concepts = _ordered(s.scalars(select(Concept)))
        for c in concepts:
            _ = c.links  # loaded while the session is open
        meta = dict(s.execute(select(Meta.key, Meta.value)).all())
        verdicts = len(s.scalars(select(TestVerdict.id).where(TestVerdict.verdict.is_not(None))).all())
        documents, attributes, codings = [], {}, []
        if with_documents:
            documents = _ordered(s.scalars(select(Document).options(undefer(Document.text), undefer(Document.styles))))
            for a in s.scalars(select(DocumentAttribute).order_by(DocumentAttribute.position, DocumentAttribute.id)):
                attributes.setdefault(a.document_id, []).append(a)
            codings = list(s.scalars(select(Coding).order_by(Coding.document_id, Coding.start, Coding.end, Coding.id)))
        s.expunge_all()
    return _Data(themes, groups, codes, documents, attributes, codings, concepts, meta, verdicts)


def _guid(raw: str | None, kind: str, key: str) -> str:
    """The project's GUID, or one derived from the row when it is not a GUID."""
    return clean_guid(raw) or derived_guid(kind, key)


def _when(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def _created(meta: dict[str, str]) -> str | None:
    raw = meta.get("created_at")
    if not raw:
        return None
    try:
        return _when(datetime.fromisoformat(raw))
    except ValueError:
        return None


def _iso(value: datetime | None) -> str | None:
    return value.replace(microsecond=0).isoformat() if value is not None else None


class _Tree:
    """The code system in the order Stegvis shows it."""

    def __init__(self, data: _Data) -> None:
        self.data = data
        by_group: dict[int | None, list[Code]] = defaultdict(list)
        for c in data.codes:
            by_group[c.group_id].append(c)
        self.by_group = by_group
        rest = [g for g in data.groups if g.is_rest]
        plain = [g for g in data.groups if not g.is_rest]
        theme_ids = {t.id for t in data.themes}
        self.in_theme: dict[int, list[CodeGroup]] = defaultdict(list)
        self.loose: list[CodeGroup] = []
        for g in plain:
            if g.theme_id in theme_ids:
                self.in_theme[g.theme_id].append(g)
            else:
                self.loose.append(g)
        self.loose += rest
        self.rank = {
            "code": {c.id: i for i, c in enumerate(data.codes)},
            "group": {g.id: i for i, g in enumerate(data.groups)},
            "theme": {t.id: i for i, t in enumerate(data.themes)},
        }

    @property
    def empty(self) -> bool:
        return not (self.data.themes or self.data.groups or self.data.codes)


# --- building the XML ----------------------------------------------------------------------

class _Writer:
    def __init__(self, ns: str, data: _Data, user_guid: str, project_file: bool) -> None:
        self.ns = ns
        self.data = data
        self.user_guid = user_guid
        self.project_file = project_file
        self.notes: list[etree._Element] = []

    def el(self, parent, name: str, attrs: dict | None = None, text: str | None = None):
        attrs = {k: xml_text(str(v)) for k, v in (attrs or {}).items() if v is not None}
        e = etree.SubElement(parent, f"{{{self.ns}}}{name}", attrs) if parent is not None else etree.Element(
            f"{{{self.ns}}}{name}", attrs, nsmap={None: self.ns})
        if text is not None:
            e.text = xml_text(text)
        return e

    def note_ref(self, parent, owner_guid: str, owner_name: str, memo: str) -> None:
        """A Note holding ``memo`` (kept for the Notes element) and its NoteRef."""
        if not self.project_file or not memo:
            return
        guid = derived_guid("memo", owner_guid)
        note = etree.Element(f"{{{self.ns}}}Note", {"guid": guid, "name": xml_text(f"Memo: {owner_name}"),
                                                     "creatingUser": self.user_guid})
        content = etree.SubElement(note, f"{{{self.ns}}}PlainTextContent")
        content.text = xml_text(memo)
        self.notes.append(note)
        self.el(parent, "NoteRef", {"targetGUID": guid})

    def pi(self, element, facts: dict) -> None:
        if self.project_file:
            element.append(stegvis_pi(facts))

    def folder(self, parent, row, kind: str, facts: dict):
        """A theme or group: a non-codable Code with its marker."""
        attrs = {"guid": _guid(row.guid, kind, str(row.id)), "name": row.name, "isCodable": "false"}
        if row.colour:
            attrs["color"] = row.colour
        e = self.el(parent, "Code", attrs)
        self.pi(e, facts)
        self.el(e, "Description", text=with_marker(row.description or "", kind, row.number))
        self.note_ref(e, attrs["guid"], row.name, row.memo or "")
        return e

    def code(self, parent, code: Code, rank: int) -> None:
        attrs = {"guid": _guid(code.guid, "code", str(code.id)), "name": code.name, "isCodable": "true"}
        if code.colour:
            attrs["color"] = code.colour
        e = self.el(parent, "Code", attrs)
        self.pi(e, {"position": code.position, "order": rank, "created": _iso(code.created_at)})
        if code.description:
            self.el(e, "Description", text=code.description)
        self.note_ref(e, attrs["guid"], code.name, code.memo or "")

    def codes(self, parent, tree: _Tree) -> None:
        codes = self.el(parent, "Codes")
        rank = tree.rank

        def group(parent, g: CodeGroup) -> None:
            kind = "rest group" if g.is_rest else "group"
            e = self.folder(parent, g, kind, {"position": g.position, "order": rank["group"][g.id]})
            for c in tree.by_group.get(g.id, []):
                self.code(e, c, rank["code"][c.id])

        for t in self.data.themes:
            e = self.folder(codes, t, "theme", {"position": t.position, "order": rank["theme"][t.id]})
            for g in tree.in_theme.get(t.id, []):
                group(e, g)
        for g in tree.loose:
            group(codes, g)
        for c in tree.by_group.get(None, []):
            self.code(codes, c, rank["code"][c.id])


def _codebook_sets(w: _Writer, parent, data: _Data, member: str) -> None:
    """Concepts as Sets of the themes and groups they come from."""
    if not data.concepts:
        return
    guids = {("theme", t.id): _guid(t.guid, "theme", str(t.id)) for t in data.themes}
    guids.update({("group", g.id): _guid(g.guid, "group", str(g.id)) for g in data.groups})
    sets = w.el(parent, "Sets")
    for concept in data.concepts:
        guid = _guid(concept.guid, "concept", str(concept.id))
        e = w.el(sets, "Set", {"guid": guid, "name": concept.name})
        w.pi(e, {"position": concept.position})
        w.el(e, "Description", text=with_marker(concept.description or "", "concept"))
        for link in concept.links:
            target = guids.get((link.item_kind, link.item_id))
            if target is not None:
                w.el(e, "MemberCode", {member: target})
        if w.project_file and concept.memo:
            note_holder = etree.Element("holder")
            w.note_ref(note_holder, guid, concept.name, concept.memo)
            w.el(e, "MemberNote", {"targetGUID": note_holder[0].get("targetGUID")})


def _skipped(report: RefiReport, data: _Data, codebook_only: bool) -> None:
    if data.verdicts:
        #: %1: how many
        report.skipped.append(fill(translate(
            "CoreExchange", "verdicts of SDI's tests (%1; REFI-QDA has no place for them)"), data.verdicts))
    if (data.meta.get("research_questions") or "").strip():
        report.skipped.append(translate("CoreExchange", "the research questions (REFI-QDA has no place for them)"))
    if (data.meta.get("sdi_overrides") or "").strip() not in ("", "{}"):
        report.skipped.append(translate("CoreExchange", "the project's own settings for SDI's tests"))
    if codebook_only:
        memos = sum(1 for row in [*data.themes, *data.groups, *data.codes] if row.memo)
        if memos:
            #: %1: how many
            report.skipped.append(fill(translate(
                "CoreExchange", "memos (%1; a codebook has no notes; export a .qdpx to keep them)"), memos))
        if any(c.memo for c in data.concepts):
            report.skipped.append(translate("CoreExchange", "the memos of concepts (a codebook has no notes)"))


def _user(user_name: str | None) -> tuple[str, str]:
    if user_name is None:
        try:
            user_name = getpass.getuser()
        except (OSError, KeyError, ImportError):  # no user name in the environment
            user_name = "Stegvis"
    return derived_guid("user", user_name), user_name


# --- the two exports ------------------------------------------------------------------------

def build_codebook(project: Project) -> tuple[bytes, RefiReport]:
    data = _read(project, with_documents=False)
    tree = _Tree(data)
    report = RefiReport(Path(project.path.name), ORIGIN, codebook=True, codes=len(data.codes), groups=len(data.groups),
                        themes=len(data.themes))
    if tree.empty:
        return b"", report
    w = _Writer(NS_CODEBOOK, data, "", project_file=False)
    root = w.el(None, "CodeBook", {"origin": ORIGIN})
    w.codes(root, tree)
    _codebook_sets(w, root, data, member="guid")
    _skipped(report, data, codebook_only=True)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True), report


def export_qdc(project: Project, path: Path | str) -> RefiReport:
    """Write the codebook as a REFI-QDA codebook (.qdc); returns what was written and left out."""
    from workbench.exporters import ExportError, safe_output

    path = Path(path)
    xml, report = build_codebook(project)
    if not xml:
        raise ExportError(path, translate(
            "CoreExchange", "the project has no codes, groups or themes; a codebook needs at least one code"))
    report.path = path
    with safe_output(path) as tmp:
        tmp.write_bytes(xml)
    return report


def build_project(project: Project, user_name: str | None = None) -> tuple[bytes, dict[str, str], RefiReport]:
    """(project.qde, {member: text} of the sources, report)."""
    data = _read(project, with_documents=True)
    tree = _Tree(data)
    user_guid, user_name = _user(user_name)
    w = _Writer(NS_PROJECT, data, user_guid, project_file=True)
    now = _when(datetime.now(UTC))
    root = w.el(None, "Project", {
        "name": project.name, "origin": ORIGIN, "creatingUserGUID": user_guid,
        "creationDateTime": _created(data.meta) or now, "modifyingUserGUID": user_guid, "modifiedDateTime": now,
    })
    root.append(stegvis_pi({"format": 1}))
    users = w.el(root, "Users")
    w.el(users, "User", {"guid": user_guid, "name": user_name})
    if not tree.empty:
        book = w.el(root, "CodeBook")
        w.codes(book, tree)

    documents = data.documents
    doc_guid = {d.id: _guid(d.guid, "document", str(d.id)) for d in documents}
    code_guid = {c.id: _guid(c.guid, "code", str(c.id)) for c in data.codes}
    variables: dict[str, str] = {}
    for d in documents:
        for a in data.attributes.get(d.id, []):
            variables.setdefault(a.name, derived_guid("variable", a.name))
    if variables:
        holder = w.el(root, "Variables")
        for name, guid in variables.items():
            w.el(holder, "Variable", {"guid": guid, "name": name, "typeOfVariable": "Text"})
    if documents:
        cases = w.el(root, "Cases")
        for d in documents:
            case = w.el(cases, "Case", {"guid": derived_guid("case", doc_guid[d.id]), "name": d.name})
            for a in data.attributes.get(d.id, []):
                value = w.el(case, "VariableValue")
                w.el(value, "VariableRef", {"targetGUID": variables[a.name]})
                w.el(value, "TextValue", text=a.value or "")
            w.el(case, "SourceRef", {"targetGUID": doc_guid[d.id]})

    by_doc: dict[int, dict[tuple[int, int], list[Coding]]] = defaultdict(lambda: defaultdict(list))
    for c in data.codings:
        if c.code_id in code_guid:
            by_doc[c.document_id][(c.start, c.end)].append(c)
    sources: dict[str, str] = {}
    codings = 0
    if documents:
        holder = w.el(root, "Sources")
        for rank, d in enumerate(documents):
            guid = doc_guid[d.id]
            text = d.text or ""
            member = f"{guid}.txt"
            sources[f"sources/{member}"] = text
            e = w.el(holder, "TextSource", {
                "guid": guid, "name": d.name, "plainTextPath": f"internal://{member}",
                "creatingUser": user_guid, "creationDateTime": _when(d.imported_at),
            })
            try:
                styles = json.loads(d.styles or "[]")
            except ValueError:
                styles = []
            w.pi(e, {"position": d.position, "order": rank, "role": d.role, "source_name": d.source_name,
                     "imported": _iso(d.imported_at), "styles": styles})
            for (start, end), found in sorted(by_doc.get(d.id, {}).items()):
                passage = text[start:end]
                name = passage if len(passage) <= SELECTION_NAME_LENGTH else passage[:SELECTION_NAME_LENGTH] + "…"
                sel = w.el(e, "PlainTextSelection", {
                    "guid": derived_guid("selection", _guid(found[0].guid, "coding", str(found[0].id))),
                    "name": " ".join(name.split()), "startPosition": start, "endPosition": end,
                    "creatingUser": user_guid, "creationDateTime": _when(found[0].created_at),
                })
                for c in found:
                    coding = w.el(sel, "Coding", {"guid": _guid(c.guid, "coding", str(c.id)), "creatingUser": user_guid,
                                                  "creationDateTime": _when(c.created_at)})
                    w.el(coding, "CodeRef", {"targetGUID": code_guid[c.code_id]})
                    codings += 1
            w.note_ref(e, guid, d.name, d.memo or "")

    sets_holder = etree.Element("holder")
    _codebook_sets(w, sets_holder, data, member="targetGUID")
    project_refs = etree.Element("holder")
    w.note_ref(project_refs, derived_guid("project", project.name), project.name, data.meta.get("memo", ""))
    if w.notes:
        notes = w.el(root, "Notes")
        for note in w.notes:
            notes.append(note)
    for e in sets_holder:
        root.append(e)
    for e in project_refs:
        root.append(e)

    report = RefiReport(Path(project.path.name), ORIGIN, documents=len(documents), codes=len(data.codes),
                        groups=len(data.groups), themes=len(data.themes), codings=codings)
    _skipped(report, data, codebook_only=False)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return xml, sources, report


def export_qdpx(project: Project, path: Path | str, user_name: str | None = None) -> RefiReport:
    """Write the whole project as a REFI-QDA project (.qdpx); returns what was written and left out."""
    from workbench.exporters import safe_output

    path = Path(path)
    xml, sources, report = build_project(project, user_name)
    report.path = path
    with safe_output(path) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("project.qde", xml)
            for member, text in sources.items():
                z.writestr(member, text.encode("utf-8", errors="replace"))
    return report
