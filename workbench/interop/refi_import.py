"""Read REFI-QDA files: a codebook (.qdc) into an open project, a project
(.qdpx) into a new project file.

Import is lenient about what other programs write (namespace variants,
``Sources/`` or ``sources/``, any one ``.qde`` at the archive's root, missing
names, ``rgb()`` colours, ids that are not GUIDs, empty ``<Sets/>``, a BOM and
CR LF in source texts, each program's way of counting positions) and strict
about safety (no entities, no network, checked zip paths, size limits).

The code tree becomes Stegvis's code system:

* a top-level node whose children are leaves is a **code group**, a deeper
  one a **theme** whose children are groups; codable leaves are **codes**;
* a node that has codings of its own and children stays a group (or theme)
  and gets a code of the same name inside it (a theme's is put in a group
  named like the theme, with any leaf codes directly under the theme);
* what lies deeper than theme / group / code is flattened into codes of the
  group above, and the report says so;
* Stegvis's own markers (``[Stegvis: group 12]``) are honoured, so a file
  Stegvis wrote comes back as it was.
"""

from __future__ import annotations

import json
import os
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from workbench.domain.colours import palette_colour
from workbench.domain.naming import collapse_whitespace
from workbench.importers import STYLE_KINDS, ImportedText
from workbench.interop.refi_common import (
    MAX_TEXT_BYTES,
    MAX_XML_BYTES,
    GuidPool,
    OffsetMap,
    QdpxArchive,
    RefiError,
    RefiReport,
    check_root,
    child,
    child_text,
    children,
    choose_convention,
    clean_guid,
    decode_source,
    local,
    name_key,
    normalise_text,
    parse_colour,
    parse_xml,
    read_file_limited,
    read_pi,
    split_marker,
)
from workbench.services.document_properties import ROLES
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
    Theme,
)
from workbench.texts import fill, translate

_FOLDER_KINDS = ("theme", "group", "rest group")


# --- the file's code tree -------------------------------------------------------------------

@dataclass(eq=False)
class Node:
    """One ``Code`` element of the file."""

    ref: str  # the guid attribute as written (codings refer to it)
    name: str
    codable: bool
    colour: str | None
    description: str
    kind: str | None  # Stegvis's marker: theme, group, rest group
    number: int | None
    facts: dict
    note_refs: list[str]
    children: list[Node] = field(default_factory=list)
    parent: Node | None = None
    coded: bool = False  # has codings in the file

    @property
    def height(self) -> int:
        return 0 if not self.children else 1 + max(c.height for c in self.children)


def _ref(raw: str | None) -> str:
    """How references are compared: a GUID without braces and case, other ids as written."""
    return clean_guid(raw) or (raw or "").strip()


def _bool(raw: str | None, default: bool = True) -> bool:
    value = (raw or "").strip().lower()
    if value in ("false", "0", "no"):
        return False
    if value in ("true", "1", "yes"):
        return True
    return default


def read_code_tree(codes_element, report: RefiReport) -> list[Node]:
    """The ``Code`` elements under ``Codes`` as a tree of :class:`Node`."""
    unnamed = [0]

    def node(e, parent: Node | None) -> Node:
        name = collapse_whitespace(e.get("name") or "")
        if not name:
            unnamed[0] += 1
            name = f"Unnamed code {unnamed[0]}"
        kind, number, description = split_marker(child_text(e, "Description"))
        n = Node(
            ref=_ref(e.get("guid")), name=name, codable=_bool(e.get("isCodable")),
            colour=parse_colour(e.get("color")), description=description, kind=kind if kind in _FOLDER_KINDS else None,
            number=number, facts=read_pi(e), note_refs=[_ref(r.get("targetGUID")) for r in children(e, "NoteRef")],
            parent=parent,
        )
        n.children = [node(c, n) for c in children(e, "Code")]
        return n

    nodes = [node(e, None) for e in children(codes_element, "Code")] if codes_element is not None else []
    if unnamed[0]:
        #: %1: how many. The names are written in English into the project.
        report.changed.append(fill(translate(
            "CoreExchange", "codes without a name (%1) were named “Unnamed code 1” and so on"), unnamed[0]))
    return nodes


def walk(nodes: list[Node]):
    for n in nodes:
        yield n
        yield from walk(n.children)


# --- the plan: Stegvis's code system made from the tree ---------------------------------------

@dataclass(eq=False)
class ThemePlan:
    name: str
    number: int | None = None
    colour: str = ""
    description: str = ""
    node: Node | None = None
    groups: list[GroupPlan] = field(default_factory=list)


@dataclass(eq=False)
class GroupPlan:
    name: str
    number: int | None = None
    is_rest: bool = False
    colour: str = ""
    description: str = ""
    theme: ThemePlan | None = None
    node: Node | None = None
    codes: list[CodePlan] = field(default_factory=list)


@dataclass(eq=False)
class CodePlan:
    name: str
    node: Node
    group: GroupPlan | None
    #: the node this code stands for is also a group or theme (its codings come here)
    split: bool = False


@dataclass
class Plan:
    themes: list[ThemePlan] = field(default_factory=list)
    groups: list[GroupPlan] = field(default_factory=list)
    codes: list[CodePlan] = field(default_factory=list)
    by_ref: dict[str, CodePlan] = field(default_factory=dict)
    #: filled when written: the file's reference of a theme or group -> ("theme" | "group", its row)
    folders: dict[str, tuple[str, object]] = field(default_factory=dict)


def plan_code_system(nodes: list[Node], report: RefiReport) -> Plan:
    """Themes, groups and codes from the file's tree (see the module's text)."""
    plan = Plan()
    flattened: list[str] = []
    split: list[str] = []
    groups_only: list[str] = []
    dropped: list[str] = []

    def add_code(node: Node, group: GroupPlan | None, is_split: bool = False) -> None:
        code = CodePlan(node.name, node, group, is_split)
        plan.codes.append(code)
        if group is not None:
            group.codes.append(code)
        if node.ref and node.ref not in plan.by_ref:
            plan.by_ref[node.ref] = code

    def add_group(node: Node | None, theme: ThemePlan | None, name: str | None = None) -> GroupPlan:
        rest = node is not None and node.kind == "rest group"
        g = GroupPlan(
            name=name or node.name, number=node.number if node is not None and name is None else None,
            is_rest=rest, colour=(node.colour or "") if node is not None and name is None else "",
            description=node.description if node is not None and name is None else "",
            theme=None if rest else theme, node=node if name is None else None,
        )
        plan.groups.append(g)
        if g.theme is not None:
            g.theme.groups.append(g)
        return g

    def flatten(node: Node, group: GroupPlan) -> None:
        if not node.children:
            if node.codable or node.coded:
                add_code(node, group)
            else:
                dropped.append(node.name)
            return
        if node.codable or node.coded:
            add_code(node, group)
        flattened.append(f"{group.name} > {node.name}")
        for c in node.children:
            flatten(c, group)

    def group(node: Node, theme: ThemePlan | None) -> None:
        g = add_group(node, theme)
        if node.coded:
            add_code(node, g, is_split=True)
            split.append(node.name)
        elif node.codable and node.kind is None and node.children:
            groups_only.append(node.name)
        for c in node.children:
            flatten(c, g)

    def theme(node: Node) -> None:
        t = ThemePlan(node.name, node.number, node.colour or "", node.description, node)
        plan.themes.append(t)
        own: list[GroupPlan] = []

        def own_group() -> GroupPlan:
            if not own:
                own.append(add_group(None, t, name=node.name))
            return own[0]

        if node.coded:
            add_code(node, own_group(), is_split=True)
            split.append(node.name)
        for c in node.children:
            if c.kind in ("group", "rest group") or c.kind == "theme" or c.children:
                group(c, t)
            elif c.codable or c.coded:
                add_code(c, own_group())
            else:
                add_group(c, t)  # an empty folder: an empty group
        if own:
            #: %1: the theme's name
            report.changed.append(fill(translate(
                "CoreExchange", "the codes directly under the theme “%1” were put in a group of the same name"),
                node.name))

    for n in nodes:
        if n.kind == "theme":
            theme(n)
        elif n.kind in ("group", "rest group"):
            group(n, None)
        elif not n.children:
            if n.codable or n.coded:
                add_code(n, None)
            else:
                add_group(n, None)
        elif n.height == 1:
            group(n, None)
        else:
            theme(n)

    if split:
        #: %1: how many, %2: their names
        report.changed.append(fill(translate(
            "CoreExchange",
            "parent codes with codings of their own (%1) became a group (or theme) and a code of the same name inside it: %2"),
            len(split), _names(split)))
    if groups_only:
        #: %1: how many, %2: their names
        report.changed.append(fill(translate(
            "CoreExchange", "codable parent codes without codings (%1) became groups: %2"),
            len(groups_only), _names(groups_only)))
    if flattened:
        #: %1: how many, %2: the trees, as “Group > Code”
        report.changed.append(fill(translate(
            "CoreExchange",
            "code trees deeper than theme / group / code (%1) were flattened into the codes of their group: %2"),
            len(flattened), _names(flattened)))
    if dropped:
        #: %1: how many, %2: their names
        report.skipped.append(fill(translate("CoreExchange", "empty folders below the group level (%1): %2"),
                                   len(dropped), _names(dropped)))
    return plan


def _quoted(name: str) -> str:
    """A name in quotation marks (« » in bokmål)."""
    return fill(translate("CoreExchange", "“%1”"), name)


def _names(names: list[str], most: int = 12) -> str:
    shown = ", ".join(_quoted(n) for n in names[:most])
    if len(names) <= most:
        return shown
    #: %1: a list of names, %2: how many more
    return fill(translate("CoreExchange", "%1 and %2 more"), shown, len(names) - most)


def _renamed(old: str, new: str) -> str:
    #: %1: the old name, %2: the new one
    return fill(translate("CoreExchange", "“%1” → “%2”"), old, new)


def unique_code_names(plan: Plan, report: RefiReport) -> None:
    """Give codes that share a name in the file distinct names: the name with
    its parent's name, "name (parent)", then with more of its path, then numbered."""
    seen: set[str] = set()
    renamed = []
    for code in plan.codes:
        key = name_key(code.name)
        if key not in seen:
            seen.add(key)
            continue
        ancestors = []
        up = code.node.parent
        while up is not None:
            ancestors.insert(0, up.name)
            up = up.parent
        if not ancestors and code.group is not None:
            ancestors = [code.group.name]
        candidates = [f"{code.name} ({' / '.join(ancestors[-k:])})" for k in range(1, len(ancestors) + 1)
                      if name_key(" / ".join(ancestors[-k:])) != key]
        candidate = next((c for c in candidates if name_key(c) not in seen), None)
        n = 2
        while candidate is None or name_key(candidate) in seen:
            candidate = f"{code.name} ({n})"
            n += 1
        renamed.append(_renamed(code.name, candidate))
        code.name = candidate
        seen.add(name_key(candidate))
    if renamed:
        #: %1: how many, %2: “old” → “new”, …
        report.changed.append(fill(translate(
            "CoreExchange", "codes that shared a name with another code (%1) were renamed: %2"),
            len(renamed), f"{', '.join(renamed[:12])}{' …' if len(renamed) > 12 else ''}"))


# --- reading a whole project (.qde) ---------------------------------------------------------

@dataclass
class SelectionIn:
    start: int
    end: int
    hint: str
    codings: list[tuple[str, str, datetime | None]]  # (code ref, coding guid, created)
    comment: str


@dataclass
class SourceIn:
    ref: str
    name: str
    raw: str  # the text as in the file, BOM removed
    facts: dict
    selections: list[SelectionIn]
    whole_codings: list[tuple[str, str, datetime | None]]
    note_refs: list[str]
    values: list[tuple[str, str]]
    created: datetime | None


@dataclass
class ProjectIn:
    origin: str
    name: str
    nodes: list[Node]
    sources: list[SourceIn]
    notes: dict[str, tuple[str, str]]  # ref -> (name, text)
    variables: dict[str, str]  # ref -> name
    cases: list[tuple[str, list[tuple[str, str]], list[str]]]  # (name, values, source refs)
    project_note_refs: list[str]
    description: str
    concepts: list[tuple]  # (guid, name, description, member refs, note refs, facts)


def _when(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is not None:
        try:
            value = value.astimezone(UTC).replace(tzinfo=None)
        except OverflowError:  # a time at the very ends of the calendar
            return None
    return value.replace(microsecond=0)


def _int(raw: str | None) -> int | None:
    try:
        return int((raw or "").strip())
    except ValueError:
        return None


def _codings(parent) -> list[tuple[str, str, datetime | None]]:
    out = []
    for c in children(parent, "Coding"):
        ref = child(c, "CodeRef")
        if ref is not None:
            out.append((_ref(ref.get("targetGUID")), c.get("guid") or "", _when(c.get("creationDateTime"))))
    return out


def _value(vv) -> tuple[str, str] | None:
    ref = child(vv, "VariableRef")
    if ref is None:
        return None
    for e in vv:
        if local(e).endswith("Value") and local(e) != "VariableValue":
            return _ref(ref.get("targetGUID")), "".join(e.itertext())
    return _ref(ref.get("targetGUID")), ""


class _QdeReader:
    def __init__(self, path: Path, archive: QdpxArchive, root, report: RefiReport) -> None:
        self.path, self.archive, self.root, self.report = path, archive, root, report
        self.unreadable: list[str] = []
        self.other_kinds: dict[str, int] = defaultdict(int)
        self.pdf_regions = 0
        self.notes: dict[str, tuple[str, str]] = {}

    def text_of(self, e, what: str) -> str | None:
        """The plain text of a TextSource-like element: inline or from the archive.
        ``what`` (“Interview 1”, note “Memo”) is already translated."""
        inline = child(e, "PlainTextContent")
        if inline is not None:
            return "".join(inline.itertext())
        ref = e.get("plainTextPath") or ""
        member = self.archive.source_member(ref) if self.archive is not None else None
        if member is None:
            shown = ref or translate("CoreExchange", "no plain text")
            self.unreadable.append(f"{what} ({shown})")
            return None
        #: %1: “Interview 1” or note “Memo”
        text_of = fill(translate("CoreExchange", "the text of %1"), what)
        raw, note = decode_source(self.archive.read(member, MAX_TEXT_BYTES, text_of))
        if note:
            #: %1: “Interview 1” or note “Memo”, %2: “utf-16-le” or “not UTF-8; read as Windows-1252”
            self.report.changed.append(fill(translate("CoreExchange", "the text of %1 was %2"), what, note))
        return raw

    def source(self, e, name: str, facts: dict) -> SourceIn | None:
        raw = self.text_of(e, _quoted(name))
        if raw is None:
            return None
        if "\x00" in raw:
            #: %1: a document's name
            self.unreadable.append(fill(translate("CoreExchange", "“%1” (binary data, not text)"), name))
            return None
        selections = []
        for sel in children(e, "PlainTextSelection"):
            start, end = _int(sel.get("startPosition")), _int(sel.get("endPosition"))
            if start is None or end is None:
                continue
            # a comment on the passage: its description and the notes on it and on its codings
            refs = [_ref(r.get("targetGUID")) for r in children(sel, "NoteRef")]
            for c in children(sel, "Coding"):
                refs += [_ref(r.get("targetGUID")) for r in children(c, "NoteRef")]
            comment = "\n\n".join(filter(None, [child_text(sel, "Description").strip(),
                                                 *(self.note_text(r).strip() for r in refs)]))
            selections.append(SelectionIn(start, end, sel.get("name") or "", _codings(sel), comment))
        values = [v for v in (_value(vv) for vv in children(e, "VariableValue")) if v is not None]
        return SourceIn(
            ref=_ref(e.get("guid")), name=name, raw=raw, facts=facts, selections=selections,
            whole_codings=_codings(e), note_refs=[_ref(r.get("targetGUID")) for r in children(e, "NoteRef")],
            values=values, created=_when(e.get("creationDateTime")),
        )

    def note_text(self, ref: str) -> str:
        found = self.notes.get(ref)
        return found[1] if found else ""

    def read(self) -> ProjectIn:
        root = self.root
        self.notes = {}
        notes_el = child(root, "Notes")
        for i, n in enumerate(children(notes_el, "Note") if notes_el is not None else []):
            name = collapse_whitespace(n.get("name") or "")
            #: %1: the note's name or number
            text = self.text_of(n, fill(translate("CoreExchange", "note “%1”"), name or i + 1))
            self.notes[_ref(n.get("guid"))] = (name, text or "")
        book = child(root, "CodeBook")
        nodes = read_code_tree(child(book, "Codes") if book is not None else None, self.report)
        variables = {}
        var_el = child(root, "Variables")
        for v in children(var_el, "Variable") if var_el is not None else []:
            variables[_ref(v.get("guid"))] = collapse_whitespace(v.get("name") or "") or "Variable"
        cases = []
        cases_el = child(root, "Cases")
        for c in children(cases_el, "Case") if cases_el is not None else []:
            values = [v for v in (_value(vv) for vv in children(c, "VariableValue")) if v is not None]
            cases.append((c.get("name") or "", values, [_ref(r.get("targetGUID")) for r in children(c, "SourceRef")]))
        sources = []
        src_el = child(root, "Sources")
        for i, e in enumerate(list(src_el) if src_el is not None else []):
            kind = local(e)
            if not kind:
                continue
            name = (e.get("name") or "").strip()
            if kind == "TextSource":
                if not name:
                    stem = (e.get("plainTextPath") or "").replace("\\", "/").rsplit("/", 1)[-1]
                    name = stem.rsplit(".", 1)[0] if "." in stem else stem
                s = self.source(e, name or f"Document {i + 1}", read_pi(e))
            elif kind == "PDFSource":
                rep = child(e, "Representation")
                self.pdf_regions += len(children(e, "PDFSelection"))
                if rep is None:
                    #: %1: the PDF's name or number
                    self.unreadable.append(fill(translate("CoreExchange", "“%1” (a PDF without its plain text)"),
                                                name or i + 1))
                    continue
                s = self.source(rep, name or f"Document {i + 1}", read_pi(e))
                if s is not None:
                    s.ref = _ref(e.get("guid"))
                    s.whole_codings += _codings(e)
                    s.note_refs += [_ref(r.get("targetGUID")) for r in children(e, "NoteRef")]
            else:
                self.other_kinds[kind] += 1
                continue
            if s is not None:
                sources.append(s)
        concepts = []
        sets_el = child(root, "Sets")
        foreign_sets = 0
        for st in children(sets_el, "Set") if sets_el is not None else []:
            kind, _number, description = split_marker(child_text(st, "Description"))
            if kind != "concept":
                foreign_sets += 1
                continue
            concepts.append((st.get("guid"), collapse_whitespace(st.get("name") or "") or "Concept", description,
                             [_ref(m.get("targetGUID") or m.get("guid")) for m in children(st, "MemberCode")],
                             [_ref(m.get("targetGUID")) for m in children(st, "MemberNote")], read_pi(st)))
        if foreign_sets:
            self.report.skipped.append(_sets(foreign_sets))
        links = child(root, "Links")
        if links is not None and len(links):
            #: %1: how many
            self.report.skipped.append(fill(translate("CoreExchange", "links (%1; Stegvis has no links)"), len(links)))
        graphs = child(root, "Graphs")
        if graphs is not None and len(graphs):
            #: %1: how many
            self.report.skipped.append(fill(translate("CoreExchange", "graphs (%1; Stegvis has no graphs)"),
                                            len(graphs)))
        for kind, n in sorted(self.other_kinds.items()):
            self.report.skipped.append(_other_sources(kind, n))
        if self.pdf_regions:
            #: %1: how many
            self.report.skipped.append(fill(translate("CoreExchange", "codings of regions of PDF pages (%1)"),
                                            self.pdf_regions))
        if self.unreadable:
            #: %1: how many, %2: the sources, each with what was wrong
            self.report.skipped.append(fill(translate(
                "CoreExchange", "sources without readable plain text (%1): %2"),
                len(self.unreadable), ", ".join(self.unreadable[:8])))
        return ProjectIn(
            origin=root.get("origin") or "", name=root.get("name") or "", nodes=nodes, sources=sources,
            notes=self.notes, variables=variables, cases=cases,
            project_note_refs=[_ref(r.get("targetGUID")) for r in children(root, "NoteRef")],
            description=child_text(root, "Description"), concepts=concepts,
        )


def _sets(n: int) -> str:
    #: %1: how many
    return fill(translate("CoreExchange", "sets (%1; Stegvis has no sets)"), n)


def _other_sources(kind: str, n: int) -> str:
    """What is said of ``n`` sources of a ``kind`` (PictureSource, AudioSource, …) Stegvis cannot hold."""
    if kind == "PictureSource":
        #: %1: how many
        return fill(translate("CoreExchange", "picture sources (%1; Stegvis holds text only)"), n)
    if kind == "AudioSource":
        #: %1: how many
        return fill(translate("CoreExchange", "audio sources (%1; Stegvis holds text only)"), n)
    if kind == "VideoSource":
        #: %1: how many
        return fill(translate("CoreExchange", "video sources (%1; Stegvis holds text only)"), n)
    #: %1: the kind of source as the file names it (lower case, English), %2: how many
    return fill(translate("CoreExchange", "%1 sources (%2; Stegvis holds text only)"),
                kind.replace("Source", "").lower(), n)


def read_qdpx(path: Path, report: RefiReport) -> ProjectIn:
    with QdpxArchive(path) as archive:
        data = archive.read(archive.qde_name, MAX_XML_BYTES, archive.qde_name)
        root = parse_xml(path, data, archive.qde_name)
        check_root(path, root, "Project", archive.qde_name)
        return _QdeReader(path, archive, root, report).read()


# --- writing: shared by both imports --------------------------------------------------------

def _memo(refs: list[str], notes: dict[str, tuple[str, str]]) -> str:
    found = [notes[r] for r in refs if r in notes and notes[r][1].strip()]
    if len(found) == 1:
        return found[0][1]
    return "\n\n".join(f"{name}:\n{text}" if name else text for name, text in found)


def _facts_int(facts: dict, key: str) -> int | None:
    value = facts.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31 else None


def _order(items, facts_of) -> list:
    """Items in the order Stegvis wrote them (the "order" fact), others after, as in the file."""
    indexed = list(enumerate(items))
    return [item for _, item in sorted(indexed, key=lambda p: (
        _facts_int(facts_of(p[1]), "order") is None, _facts_int(facts_of(p[1]), "order") or 0, p[0]))]


def _node_facts(plan_item) -> dict:
    node = plan_item.node
    return node.facts if node is not None else {}


def _code_facts(code: CodePlan) -> dict:
    return {} if code.split else code.node.facts



def _folder_fields(item, i: int, kind: str, pool, notes) -> dict:
    """What a theme and a code group built from a parent code share."""
    node = item.node
    return {
        "guid": pool.take(node.ref if node else None, kind), "name": item.name, "number": item.number,
        "position": _facts_int(_node_facts(item), "position") or i + 1, "colour": item.colour,
        "description": item.description, "memo": _memo(node.note_refs, notes) if node else "",
    }


def _write_new_code_system(s: Session, plan: Plan, notes: dict, pool: GuidPool) -> dict[int, Code]:
    """Themes, groups and codes into an empty project; returns the code of each plan code (by id())."""
    theme_rows: dict[int, Theme] = {}
    for i, t in enumerate(_order(plan.themes, _node_facts)):
        row = Theme(**_folder_fields(t, i, "theme", pool, notes))
        s.add(row)
        theme_rows[id(t)] = row
        if t.node is not None:
            plan.folders.setdefault(t.node.ref, ("theme", row))
    s.flush()
    group_rows: dict[int, CodeGroup] = {}
    for i, g in enumerate(_order(plan.groups, _node_facts)):
        row = CodeGroup(**_folder_fields(g, i, "group", pool, notes), is_rest=g.is_rest,
                        theme_id=theme_rows[id(g.theme)].id if g.theme is not None else None)
        s.add(row)
        group_rows[id(g)] = row
        if g.node is not None:
            plan.folders.setdefault(g.node.ref, ("group", row))
    s.flush()
    code_rows: dict[int, Code] = {}
    for i, c in enumerate(_order(plan.codes, _code_facts)):
        facts = _code_facts(c)
        node = c.node
        created = _when(facts.get("created")) if isinstance(facts.get("created"), str) else None
        row = Code(
            guid=pool.take(None if c.split else node.ref, "code"), name=c.name,
            colour=node.colour or palette_colour(i),
            group_id=group_rows[id(c.group)].id if c.group is not None else None,
            position=_facts_int(facts, "position") or i + 1,
            description="" if c.split else node.description,
            memo="" if c.split else _memo(node.note_refs, notes),
        )
        if created is not None:
            row.created_at = created
        s.add(row)
        code_rows[id(c)] = row
    s.flush()
    return code_rows


# --- .qdpx into a new project ---------------------------------------------------------------

def _styles(facts: dict, length: int) -> str:
    raw = facts.get("styles")
    if not isinstance(raw, list):
        return "[]"
    good = [
        [a, b, k] for a, b, k in (x for x in raw if isinstance(x, list) and len(x) == 3)
        if isinstance(a, int) and isinstance(b, int) and k in STYLE_KINDS and 0 <= a < b <= length
    ]
    return json.dumps(good)


def _comment_memo(text: str, selections: list[tuple[int, int, str]]) -> str:
    parts = []
    for start, end, comment in selections:
        quoted = " ".join(text[start:end].split())
        if len(quoted) > 300:
            quoted = quoted[:300] + "…"
        head = f"On “{quoted}” (characters {start}–{end})"
        parts.append(f"{head}:\n{comment}" if comment.strip() else f"{head}: marked passage without a code")
    return "\n\n".join(parts)


def _write_project(s: Session, data: ProjectIn, plan: Plan, report: RefiReport) -> None:
    pool = GuidPool()
    code_rows = _write_new_code_system(s, plan, data.notes, pool)
    code_of = {ref: code_rows[id(c)] for ref, c in plan.by_ref.items()}
    memo = "\n\n".join(filter(None, [data.description.strip(), _memo(data.project_note_refs, data.notes)]))
    if memo:
        s.add(Meta(key="memo", value=memo))

    from workbench.services.documents import add_document

    converted: dict[tuple[str, str], int] = defaultdict(int)
    unknown_codes = outside = empty = duplicates = whole = comments = 0
    clamped = 0
    docs: dict[str, Document] = {}
    renamed_docs = []
    for i, src in enumerate(_order(data.sources, lambda x: x.facts)):
        facts = src.facts
        text = normalise_text(src.raw)
        source_name = facts.get("source_name") if isinstance(facts.get("source_name"), str) else f"{report.path.name}"
        doc = add_document(s, ImportedText(name=src.name, text=text, source_name=source_name))
        if doc.name != src.name:
            renamed_docs.append(_renamed(src.name, doc.name))
        doc.guid = pool.take(src.ref, "document")
        role = facts.get("role")
        doc.role = role if role in ROLES else "transcript"
        imported = _when(facts.get("imported")) if isinstance(facts.get("imported"), str) else None
        if imported or src.created:
            doc.imported_at = imported or src.created
        position = _facts_int(facts, "position")
        if position is not None:
            doc.position = position
        doc.styles = _styles(facts, len(text))
        doc.memo = _memo(src.note_refs, data.notes)
        docs[src.ref] = doc

        convention, why = choose_convention(src.raw, [(x.start, x.end, x.hint) for x in src.selections], data.origin)
        mapping = OffsetMap(src.raw, convention)
        if (convention.utf16 or convention.crlf_as_one) and src.selections:
            converted[(convention.label, why)] += 1
        seen: set[tuple[int, int, int]] = set()
        notes_here: list[tuple[int, int, str]] = []
        for sel in src.selections:
            span = mapping.span(sel.start, sel.end)
            if span is None:
                if sel.start < 0 or sel.start >= mapping.units_total:
                    outside += len(sel.codings) or 1
                else:
                    empty += len(sel.codings) or 1
                continue
            if sel.end > mapping.units_total:
                clamped += 1
            start, end = span
            if not sel.codings or sel.comment:
                notes_here.append((start, end, sel.comment))
                comments += 1
            for ref, guid, created in sel.codings:
                code = code_of.get(ref)
                if code is None:
                    unknown_codes += 1
                    continue
                key = (code.id, start, end)
                if key in seen:
                    duplicates += 1
                    continue
                seen.add(key)
                row = Coding(guid=pool.take(guid, "coding"), code_id=code.id, document_id=doc.id, start=start, end=end)
                if created is not None:
                    row.created_at = created
                s.add(row)
                report.codings += 1
        for ref, guid, created in src.whole_codings:
            code = code_of.get(ref)
            if code is None or not text:
                unknown_codes += code is None
                continue
            if (code.id, 0, len(text)) not in seen:
                seen.add((code.id, 0, len(text)))
                s.add(Coding(guid=pool.take(guid, "coding"), code_id=code.id, document_id=doc.id, start=0,
                             end=len(text)))
                report.codings += 1
                whole += 1
        if notes_here:
            extra = _comment_memo(text, notes_here)
            doc.memo = f"{doc.memo}\n\n{extra}" if doc.memo else extra
        if not text.strip():
            #: %1: the document's name
            report.changed.append(fill(translate("CoreExchange", "the document “%1” has no text"), doc.name))
    s.flush()

    # Case attributes: the variable values of each document's cases, then its own.
    values_of: dict[str, list[tuple[str, str]]] = defaultdict(list)
    orphan_cases = 0
    for _name, values, refs in data.cases:
        targets = [r for r in refs if r in docs]
        if not targets:
            orphan_cases += 1
        for r in targets:
            values_of[r] += values
    for src in data.sources:
        if src.ref in docs:
            values_of[src.ref] += src.values
    conflicts = 0
    for ref, values in values_of.items():
        doc = docs[ref]
        kept: dict[str, tuple[str, str]] = {}  # case-folded name -> (name, value)
        for var_ref, value in values:
            name = data.variables.get(var_ref) or "Variable"
            value = value.strip()
            if name.casefold() in kept:
                conflicts += kept[name.casefold()][1] != value
                continue
            kept[name.casefold()] = (name, value)
        for i, (name, value) in enumerate(kept.values()):
            s.add(DocumentAttribute(document_id=doc.id, name=name, value=value, position=i))
    _write_concepts(s, data.concepts, plan, data.notes, pool, report, merge=False)

    report.documents = len(docs)
    report.codes, report.groups, report.themes = len(plan.codes), len(plan.groups), len(plan.themes)
    for (label, why), n in converted.items():
        if why == "selection texts":
            reason = translate("CoreExchange", "as the passages' own texts show")
        elif why == "known" and data.origin:
            #: %1: the program that made the file
            reason = fill(translate("CoreExchange", "as %1 counts them"), data.origin)
        elif why == "known":
            reason = translate("CoreExchange", "as the program counts them")
        else:
            reason = translate("CoreExchange", "as their lengths show")
        #: %1: “UTF-16 code units, CR LF counted as two”, %2: “as NVivo counts them”, %3: how many documents
        report.changed.append(fill(translate(
            "CoreExchange", "positions were read as %1 (%2) and converted to Stegvis's code points; documents: %3"),
            label, reason, n))
    if renamed_docs:
        #: %1: “old” → “new”, …
        report.changed.append(fill(translate("CoreExchange", "documents with the same name were renamed: %1"),
                                   ", ".join(renamed_docs[:8])))
    # Each: %1 is how many.
    if comments:
        report.changed.append(fill(translate(
            "CoreExchange",
            "comments on passages (%1: selections without a code, notes on selections) were added to the memo of their document with the passage quoted"),
            comments))
    if whole:
        report.changed.append(fill(translate(
            "CoreExchange", "codings of whole documents (%1) became codings of the document's whole text"), whole))
    if clamped:
        report.changed.append(fill(translate(
            "CoreExchange", "passages reaching past the end of their text (%1) were cut at the end"), clamped))
    if duplicates:
        report.changed.append(fill(translate(
            "CoreExchange", "codings of the same passage with the same code (%1) were kept once"), duplicates))
    if unknown_codes:
        report.skipped.append(fill(translate(
            "CoreExchange", "codings with a code that is not in the codebook (%1)"), unknown_codes))
    if outside:
        report.skipped.append(fill(translate("CoreExchange", "codings outside their document's text (%1)"), outside))
    if empty:
        report.skipped.append(fill(translate("CoreExchange", "codings of empty passages (%1)"), empty))
    if orphan_cases:
        report.skipped.append(fill(translate("CoreExchange", "cases not linked to any document (%1)"), orphan_cases))
    if conflicts:
        report.changed.append(fill(translate(
            "CoreExchange", "attribute values given twice to one document (%1): the first was kept"), conflicts))


def _write_concepts(s: Session, concepts: list[tuple], plan: Plan, notes: dict, pool: GuidPool,
                    report: RefiReport, merge: bool) -> None:
    if not concepts:
        return
    s.flush()
    kinds: dict[str, tuple[str, int]] = {}
    for t in s.scalars(select(Theme)):
        kinds[t.guid] = ("theme", t.id)
    for g in s.scalars(select(CodeGroup)):
        kinds[g.guid] = ("group", g.id)
    # the file's own references first: a merged group has the project's GUID, not the file's
    kinds.update({ref: (kind, row.id) for ref, (kind, row) in plan.folders.items()})
    existing = {name_key(c.name): c for c in s.scalars(select(Concept))} if merge else {}
    position = (s.scalar(select(func.max(Concept.position))) or 0)
    for guid, name, description, members, note_refs, facts in concepts:
        links = [kinds[m] for m in members if m in kinds]
        concept = existing.get(name_key(name))
        if concept is None:
            position += 1
            concept = Concept(guid=pool.take(guid, "concept"), name=name, description=description,
                              memo=_memo(note_refs, notes), position=_facts_int(facts, "position") or position)
            s.add(concept)
            s.flush()
            have: set[tuple[str, int]] = set()
            report.added.append(_concept(name))
        else:
            have = {(l.item_kind, l.item_id) for l in concept.links}
            report.merged.append(_concept(name))
        for kind, item in dict.fromkeys(links):
            if (kind, item) not in have:
                concept.links.append(ConceptLink(item_kind=kind, item_id=item))


def _concept(name: str) -> str:
    #: %1: the concept's name
    return fill(translate("CoreExchange", "concept “%1”"), name)


def _theme(name: str) -> str:
    #: %1: the theme's name
    return fill(translate("CoreExchange", "theme “%1”"), name)


def _group(name: str, is_rest: bool) -> str:
    if is_rest:
        #: %1: the rest group's name
        return fill(translate("CoreExchange", "rest group “%1”"), name)
    #: %1: the group's name
    return fill(translate("CoreExchange", "group “%1”"), name)


def _already_exists() -> str:
    return translate("CoreExchange", "already exists; choose another name")


def _temporary_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def new_project_from_qdpx(qdpx_path: Path | str, project_path: Path | str) -> tuple[Project, RefiReport]:
    """A new project file at ``project_path`` made from a REFI-QDA project.

    The whole file is read and checked first; the project is then built in a
    temporary file renamed into place at the end, so a bad file (RefiError) or
    any failure leaves no project file behind."""
    from workbench.storage.database import FILE_SUFFIX, ProjectFileError

    qdpx_path = Path(qdpx_path)
    target = Path(project_path)
    if target.suffix != FILE_SUFFIX:
        target = target.with_name(target.name + FILE_SUFFIX)
    if target.exists():
        raise RefiError(target, _already_exists())
    if not target.parent.is_dir():
        #: %1: a folder
        raise RefiError(target, fill(translate("CoreExchange", "the folder %1 does not exist"), target.parent))
    report = RefiReport(qdpx_path)
    data = read_qdpx(qdpx_path, report)
    report.origin = data.origin
    _mark_coded(data)
    plan = plan_code_system(data.nodes, report)
    unique_code_names(plan, report)

    tmp = _temporary_path(target)
    project = None
    try:
        try:
            project = Project.create(tmp)
        except ProjectFileError as exc:
            raise RefiError(target, exc.problem) from exc
        with project.transaction() as s:
            _write_project(s, data, plan, report)
        project.close()
        project = None
        if target.exists():
            raise RefiError(target, _already_exists())
        os.replace(tmp, target)
    except BaseException:
        if project is not None:
            project.close()
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            try:
                leftover.unlink(missing_ok=True)
            except OSError:
                pass
        raise
    return Project.open(target), report


def _mark_coded(data: ProjectIn) -> None:
    coded = set()
    for src in data.sources:
        for sel in src.selections:
            coded.update(ref for ref, _g, _c in sel.codings)
        coded.update(ref for ref, _g, _c in src.whole_codings)
    for n in walk(data.nodes):
        n.coded = n.ref in coded


# --- .qdc into an open project --------------------------------------------------------------

def read_qdc(path: Path, report: RefiReport) -> tuple[list[Node], list[tuple]]:
    #: Completes “too large for %1”.
    data = read_file_limited(path, MAX_XML_BYTES, translate("CoreExchange", "a codebook"))
    if data.startswith(b"PK\x03\x04"):
        raise RefiError(path, translate(
            "CoreExchange", "a zip archive, not a REFI-QDA CodeBook (a .qdpx project is imported as a new project)"))
    #: Begins messages such as “%1 is not well-formed XML: …”.
    what = translate("CoreExchange", "the codebook")
    root = parse_xml(path, data, what)
    check_root(path, root, "CodeBook", what)
    report.origin = root.get("origin") or ""
    nodes = read_code_tree(child(root, "Codes"), report)
    concepts, foreign = [], 0
    sets_el = child(root, "Sets")
    for st in children(sets_el, "Set") if sets_el is not None else []:
        kind, _n, description = split_marker(child_text(st, "Description"))
        if kind != "concept":
            foreign += 1
            continue
        concepts.append((st.get("guid"), collapse_whitespace(st.get("name") or "") or "Concept", description,
                         [_ref(m.get("guid") or m.get("targetGUID")) for m in children(st, "MemberCode")], [], {}))
    if foreign:
        report.skipped.append(_sets(foreign))
    return nodes, concepts


def import_qdc(project: Project, path: Path | str) -> RefiReport:
    """Merge a REFI-QDA codebook into ``project``: codes, groups and themes
    whose names equal ones in the project (case and spacing ignored) are merged
    with them, the others added. One transaction: a bad file changes nothing."""
    path = Path(path)
    report = RefiReport(path, codebook=True)
    nodes, concepts = read_qdc(path, report)
    plan = plan_code_system(nodes, report)
    unique_code_names(plan, report)
    with project.transaction() as s:
        _merge_code_system(s, plan, report)
        pool = GuidPool(set(s.scalars(select(Concept.guid))))
        _write_concepts(s, concepts, plan, {}, pool, report, merge=True)
    report.codes, report.groups, report.themes = len(plan.codes), len(plan.groups), len(plan.themes)
    return report


def _merge_code_system(s: Session, plan: Plan, report: RefiReport) -> None:
    theme_guids = GuidPool(set(s.scalars(select(Theme.guid))))
    group_guids = GuidPool(set(s.scalars(select(CodeGroup.guid))))
    code_guids = GuidPool(set(s.scalars(select(Code.guid))))
    themes = {name_key(t.name): t for t in s.scalars(select(Theme).order_by(Theme.position, Theme.id))}
    groups: dict[str, CodeGroup] = {}
    rest = None
    for g in s.scalars(select(CodeGroup).order_by(CodeGroup.position, CodeGroup.id)):
        if g.is_rest:
            rest = rest or g
        else:
            groups.setdefault(name_key(g.name), g)
    codes = {name_key(c.name): c for c in s.scalars(select(Code))}
    next_theme = (s.scalar(select(func.max(Theme.position))) or 0) + 1
    next_group = (s.scalar(select(func.max(CodeGroup.position))) or 0) + 1
    next_code = (s.scalar(select(func.max(Code.position))) or 0) + 1
    count = s.scalar(select(func.count(Code.id))) or 0
    kept_places = []

    def fill_in(row, number, colour, description) -> None:
        if number is not None and getattr(row, "number", None) is None:
            row.number = number
        if colour and not row.colour:
            row.colour = colour
        if description and not row.description:
            row.description = description

    theme_rows: dict[int, Theme] = {}
    for t in plan.themes:
        row = themes.get(name_key(t.name))
        if row is None:
            row = Theme(guid=theme_guids.take(t.node.ref if t.node else None, "theme"), name=t.name, number=t.number,
                        position=next_theme, colour=t.colour, description=t.description)
            next_theme += 1
            s.add(row)
            themes[name_key(t.name)] = row
            report.added.append(_theme(t.name))
        else:
            fill_in(row, t.number, t.colour, t.description)
            report.merged.append(_theme(row.name))
        theme_rows[id(t)] = row
        if t.node is not None:
            plan.folders.setdefault(t.node.ref, ("theme", row))
    s.flush()
    group_rows: dict[int, CodeGroup] = {}
    for g in plan.groups:
        theme = theme_rows.get(id(g.theme)) if g.theme is not None else None
        row = rest if g.is_rest else groups.get(name_key(g.name))
        if row is None:
            row = CodeGroup(guid=group_guids.take(g.node.ref if g.node else None, "group"), name=g.name,
                            number=g.number, theme_id=theme.id if theme else None, is_rest=g.is_rest,
                            position=next_group, colour=g.colour, description=g.description)
            next_group += 1
            s.add(row)
            if g.is_rest:
                rest = row
            else:
                groups[name_key(g.name)] = row
            report.added.append(_group(g.name, g.is_rest))
        else:
            fill_in(row, g.number, g.colour, g.description)
            if row.theme_id is None and theme is not None and not row.is_rest:
                row.theme_id = theme.id
            report.merged.append(_group(row.name, row.is_rest))
        group_rows[id(g)] = row
        if g.node is not None:
            plan.folders.setdefault(g.node.ref, ("group", row))
    s.flush()
    for c in plan.codes:
        node = c.node
        group = group_rows.get(id(c.group)) if c.group is not None else None
        row = codes.get(name_key(c.name))
        if row is None:
            row = Code(guid=code_guids.take(None if c.split else node.ref, "code"), name=c.name,
                       colour=node.colour or palette_colour(count), group_id=group.id if group else None,
                       position=next_code, description="" if c.split else node.description)
            count += 1
            next_code += 1
            s.add(row)
            codes[name_key(c.name)] = row
            report.added.append(_quoted(c.name))
        else:
            if not c.split and node.description and not row.description:
                row.description = node.description
            if group is not None and row.group_id is None:
                row.group_id = group.id
            elif group is not None and row.group_id != group.id:
                kept_places.append(row.name)
            report.merged.append(_quoted(row.name))
    s.flush()
    if kept_places:
        #: %1: how many, %2: their names
        report.changed.append(fill(translate(
            "CoreExchange", "merged codes (%1) stay in their own group, not the codebook's: %2"),
            len(kept_places), _names(kept_places)))
