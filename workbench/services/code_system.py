"""The code system: themes -> code groups -> codes, the rest group, and
ungrouped codes. Grouping is SDI's step 3 (SDI.md); students move codes back
and forth for days, so every change here is undoable by a structure snapshot.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from workbench.domain.colours import is_colour
from workbench.domain.naming import collapse_whitespace
from workbench.services import queries
from workbench.services.errors import ServiceError, gone
from workbench.services.project import Project
from workbench.services.records import CodeSummary, CodeSystem, GroupInfo, ThemeInfo  # noqa: F401 (named here too)
from workbench.storage.models import Code, CodeGroup, Coding, Theme
from workbench.texts import fill, translate


def _theme_info(t: Theme) -> ThemeInfo:
    return ThemeInfo(t.id, t.name, t.number, t.colour, t.position, t.description, t.memo, t.guid)


def _group_info(g: CodeGroup) -> GroupInfo:
    return GroupInfo(g.id, g.name, g.number, g.theme_id, g.is_rest, g.colour, g.position, g.description, g.memo,
                     g.guid)


def code_system(project: Project) -> CodeSystem:
    with project.reading() as s:
        return queries.code_system(queries.connection_of(s))


# --- snapshots for undo -------------------------------------------------------------------

@dataclass(frozen=True)
class StructureState:
    """Every theme and group, and where every code sits: what undo restores."""

    themes: tuple[ThemeInfo, ...]
    groups: tuple[GroupInfo, ...]
    placements: tuple[tuple[int, int | None, int], ...]  # (code id, group id, position)


def structure_state(project: Project) -> StructureState:
    with project.reading() as s:
        return _state(s)


def _state(s: Session) -> StructureState:
    return StructureState(
        tuple(_theme_info(t) for t in s.scalars(select(Theme).order_by(Theme.id))),
        tuple(_group_info(g) for g in s.scalars(select(CodeGroup).order_by(CodeGroup.id))),
        tuple(tuple(r) for r in s.execute(select(Code.id, Code.group_id, Code.position).order_by(Code.id))),
    )


def restore_structure(project: Project, state: StructureState) -> None:
    """Put themes, groups and code placements back as in ``state``."""
    with project.transaction() as s:
        keep_themes = {t.id for t in state.themes}
        keep_groups = {g.id for g in state.groups}
        for g in s.scalars(select(CodeGroup)):
            if g.id not in keep_groups:
                s.delete(g)
        for t in s.scalars(select(Theme)):
            if t.id not in keep_themes:
                s.delete(t)
        s.flush()
        for t in state.themes:
            row = s.get(Theme, t.id) or Theme(id=t.id)
            row.guid, row.name, row.number, row.colour, row.position = t.guid, t.name, t.number, t.colour, t.position
            row.description, row.memo = t.description, t.memo
            s.add(row)
        s.flush()
        for g in state.groups:
            row = s.get(CodeGroup, g.id) or CodeGroup(id=g.id)
            row.guid, row.name, row.number, row.theme_id, row.is_rest = g.guid, g.name, g.number, g.theme_id, g.is_rest
            row.colour, row.position, row.description, row.memo = g.colour, g.position, g.description, g.memo
            s.add(row)
        s.flush()
        existing = set(s.scalars(select(Code.id)))
        rows = [{"id": cid, "group_id": gid, "position": pos} for cid, gid, pos in state.placements if cid in existing]
        if rows:
            s.execute(update(Code), rows)


# --- changing the structure ---------------------------------------------------------------

def _needs_a_name(what: str) -> str:
    if what == "code":
        return translate("CoreServices", "A code needs a name.")
    if what == "group":
        return translate("CoreServices", "A group needs a name.")
    if what == "code group":
        return translate("CoreServices", "A code group needs a name.")
    if what == "rest group":
        return translate("CoreServices", "A rest group needs a name.")
    if what == "theme":
        return translate("CoreServices", "A theme needs a name.")
    return fill(translate("CoreServices", "A %1 needs a name."), what)


def _name(name: str, what: str) -> str:
    name = collapse_whitespace(name)
    if not name:
        raise ServiceError(_needs_a_name(what))
    return name


def _group(s: Session, group_id: int) -> CodeGroup:
    group = s.get(CodeGroup, group_id)
    if group is None:
        raise ServiceError(translate("CoreServices", "The code group no longer exists."))
    return group


def _theme(s: Session, theme_id: int) -> Theme:
    theme = s.get(Theme, theme_id)
    if theme is None:
        raise ServiceError(translate("CoreServices", "The theme no longer exists."))
    return theme


def _place_codes(s: Session, code_ids: Sequence[int], group_id: int | None, before_code_id: int | None) -> None:
    """Put codes into a group (None: ungrouped) in the given order, before a code
    of that group or at its end; the group's order is renumbered."""
    moving = list(dict.fromkeys(code_ids))
    found = set(s.scalars(select(Code.id).where(Code.id.in_(moving))))
    if len(found) != len(moving):
        raise ServiceError(translate("CoreServices", "A code to move no longer exists."))
    members = [
        cid for cid in s.scalars(
            select(Code.id).where(Code.group_id.is_(None) if group_id is None else Code.group_id == group_id)
            .order_by(Code.position, Code.id)
        ) if cid not in found
    ]
    at = members.index(before_code_id) if before_code_id in members else len(members)
    order = members[:at] + moving + members[at:]
    s.execute(update(Code), [{"id": cid, "group_id": group_id, "position": i + 1} for i, cid in enumerate(order)])


def move_codes(project: Project, code_ids: Sequence[int], group_id: int | None,
               before_code_id: int | None = None) -> None:
    """Move codes into a group (or back to ungrouped with None), or reorder them."""
    if not code_ids:
        return
    with project.transaction() as s:
        if group_id is not None:
            _group(s, group_id)
        _place_codes(s, code_ids, group_id, before_code_id)


def _place_groups(s: Session, group_ids: Sequence[int], theme_id: int | None, before_group_id: int | None) -> None:
    moving = list(dict.fromkeys(group_ids))
    for gid in moving:
        if _group(s, gid).is_rest and theme_id is not None:
            raise ServiceError(translate("CoreServices", "The rest group stays outside the themes."))
    members = [
        gid for gid in s.scalars(
            select(CodeGroup.id).where(
                CodeGroup.theme_id.is_(None) if theme_id is None else CodeGroup.theme_id == theme_id
            ).order_by(CodeGroup.position, CodeGroup.id)
        ) if gid not in moving
    ]
    at = members.index(before_group_id) if before_group_id in members else len(members)
    order = members[:at] + moving + members[at:]
    s.execute(update(CodeGroup), [{"id": gid, "theme_id": theme_id, "position": i + 1} for i, gid in enumerate(order)])


def move_groups(project: Project, group_ids: Sequence[int], theme_id: int | None,
                before_group_id: int | None = None) -> None:
    """Move groups into a theme (or out of every theme with None), or reorder them."""
    if not group_ids:
        return
    with project.transaction() as s:
        if theme_id is not None:
            _theme(s, theme_id)
        _place_groups(s, group_ids, theme_id, before_group_id)


def move_themes(project: Project, theme_ids: Sequence[int], before_theme_id: int | None = None) -> None:
    with project.transaction() as s:
        moving = list(dict.fromkeys(theme_ids))
        members = [t for t in s.scalars(select(Theme.id).order_by(Theme.position, Theme.id)) if t not in moving]
        at = members.index(before_theme_id) if before_theme_id in members else len(members)
        order = members[:at] + moving + members[at:]
        s.execute(update(Theme), [{"id": tid, "position": i + 1} for i, tid in enumerate(order)])


def create_group(project: Project, name: str, code_ids: Sequence[int] = (), theme_id: int | None = None,
                 number: int | None = None) -> int:
    """A new code group, optionally holding codes and inside a theme."""
    name = _name(name, "code group")
    with project.transaction() as s:
        if theme_id is not None:
            _theme(s, theme_id)
        position = (s.scalar(select(func.max(CodeGroup.position))) or 0) + 1
        group = CodeGroup(name=name, number=number, theme_id=theme_id, position=position)
        s.add(group)
        s.flush()
        if code_ids:
            _place_codes(s, code_ids, group.id, None)
        return group.id


def create_theme(project: Project, name: str, group_ids: Sequence[int] = (), number: int | None = None) -> int:
    name = _name(name, "theme")
    with project.transaction() as s:
        position = (s.scalar(select(func.max(Theme.position))) or 0) + 1
        theme = Theme(name=name, number=number, position=position)
        s.add(theme)
        s.flush()
        if group_ids:
            _place_groups(s, group_ids, theme.id, None)
        return theme.id


def ensure_rest_group(project: Project, name: str) -> int:
    """The project's one rest group, made with ``name`` if there is none."""
    with project.transaction() as s:
        rest = s.scalar(select(CodeGroup).where(CodeGroup.is_rest.is_(True)))
        if rest is None:
            position = (s.scalar(select(func.max(CodeGroup.position))) or 0) + 1
            rest = CodeGroup(name=_name(name, "rest group"), is_rest=True, position=position)
            s.add(rest)
            s.flush()
        return rest.id


def delete_group(project: Project, group_id: int) -> None:
    """Delete a group; its codes become ungrouped (nothing else is lost)."""
    with project.transaction() as s:
        group = _group(s, group_id)
        s.execute(update(Code).where(Code.group_id == group_id).values(group_id=None))
        s.delete(group)


def delete_theme(project: Project, theme_id: int) -> None:
    """Delete a theme; its groups stay, outside any theme."""
    with project.transaction() as s:
        theme = _theme(s, theme_id)
        s.execute(update(CodeGroup).where(CodeGroup.theme_id == theme_id).values(theme_id=None))
        s.delete(theme)


_KINDS = {"code": Code, "group": CodeGroup, "theme": Theme}


def set_attribute(project: Project, kind: str, item_id: int, attribute: str, value) -> object:
    """Set name, number, colour, description or memo of a code, group or theme;
    returns the value before."""
    model = _KINDS.get(kind)
    if model is None or attribute not in ("name", "number", "colour", "description", "memo"):
        raise ServiceError(fill(translate("CoreServices", "Cannot set %1 of a %2."), attribute, kind))
    if attribute == "number" and kind == "code":
        raise ServiceError(translate("CoreServices", "Codes are not numbered."))
    with project.transaction() as s:
        row = s.get(model, item_id)
        if row is None:
            raise ServiceError(gone(kind))
        if attribute == "name":
            value = _name(str(value), kind)
            if kind == "code":
                from workbench.services.codes import find_code

                other = find_code(s, value)
                if other is not None and other.id != item_id:
                    raise ServiceError(fill(translate("CoreServices", "A code named “%1” already exists."), value))
        elif attribute == "colour":
            if value and not is_colour(str(value)):
                raise ServiceError(
                    fill(translate("CoreServices", "“%1” is not a colour of the form #rrggbb."), value))
            if kind == "code" and not value:
                raise ServiceError(translate("CoreServices", "A code needs a colour."))
        elif attribute == "number":
            if value is not None and (not isinstance(value, int) or value < 0):
                raise ServiceError(translate("CoreServices", "A number must be a whole number of 0 or more."))
        before = getattr(row, attribute)
        setattr(row, attribute, value)
        return before


def proposed_group_name(project: Project, code_ids: Iterable[int]) -> str:
    """"New group from selected codes" proposes the first code's name, as students do."""
    ids = list(code_ids)
    if not ids:
        return ""
    with project.reading() as s:
        first = s.get(Code, ids[0])
        return first.name if first is not None else ""


def codes_in_tree_order(system: CodeSystem) -> list[CodeSummary]:
    """Codes as the code system shows them: by theme, group, then the groups
    outside themes, the rest group, and the ungrouped codes last."""
    ordered: list[CodeSummary] = []
    for theme in system.themes:
        for group in system.groups_of(theme.id):
            ordered += system.codes_of(group.id)
    for group in system.groups_of(None):
        ordered += system.codes_of(group.id)
    if system.rest_group is not None:
        ordered += system.codes_of(system.rest_group.id)
    return ordered + system.codes_of(None)


def recount(project: Project, system: CodeSystem, code_ids: Iterable[int]) -> CodeSystem:
    """``system`` with fresh passage and document counts for some codes (and
    their groups and themes): after coding a passage, without rereading it all."""
    ids = set(code_ids)
    changed = [c for c in system.codes if c.id in ids]
    if not changed:
        return system
    group_ids = {c.group_id for c in changed}
    theme_ids = {g.theme_id for g in system.groups if g.id in group_ids and g.theme_id is not None}
    with project.reading() as s:
        counts = {
            cid: (p, d) for cid, p, d in s.execute(
                select(Coding.code_id, func.count(Coding.id), func.count(func.distinct(Coding.document_id)))
                .where(Coding.code_id.in_(ids)).group_by(Coding.code_id)
            )
        }
        group_documents = dict(system.group_documents)
        for gid in group_ids:
            where = Code.group_id.is_(None) if gid is None else Code.group_id == gid
            group_documents[gid] = s.scalar(
                select(func.count(func.distinct(Coding.document_id))).join(Code, Code.id == Coding.code_id)
                .where(where)
            ) or 0
        theme_documents = dict(system.theme_documents)
        for tid in theme_ids:
            theme_documents[tid] = s.scalar(
                select(func.count(func.distinct(Coding.document_id))).join(Code, Code.id == Coding.code_id)
                .join(CodeGroup, CodeGroup.id == Code.group_id).where(CodeGroup.theme_id == tid)
            ) or 0
    codes = [
        c._replace(passages=counts.get(c.id, (0, 0))[0], documents=counts.get(c.id, (0, 0))[1]) if c.id in ids else c
        for c in system.codes
    ]
    return CodeSystem(system.themes, system.groups, codes, group_documents, theme_documents)
