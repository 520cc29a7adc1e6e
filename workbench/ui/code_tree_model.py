"""The code system as a tree: Themes -> Code groups -> Codes, then groups
outside any theme, the rest group, and Ungrouped codes.

The model sits over plain nodes rebuilt from services.code_system; a drop
never edits rows itself: it becomes one request (``move_requested``) that the
window turns into one undoable command, after which the model is rebuilt.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from workbench.services.records import CodeSummary, CodeSystem
from workbench.ui.mime import CODES_MIME

ITEMS_MIME = "application/x-stegvis-items"
THEME, GROUP, CODE, UNGROUPED = "theme", "group", "code", "ungrouped"
KindRole = Qt.ItemDataRole.UserRole + 2
IdRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_R = Qt.ItemDataRole
_DISPLAY, _EDIT, _ALIGNMENT, _DECORATION, _FONT, _TOOLTIP = (
    int(_R.DisplayRole), int(_R.EditRole), int(_R.TextAlignmentRole), int(_R.DecorationRole), int(_R.FontRole),
    int(_R.ToolTipRole))
_ID, _KIND = int(IdRole), int(KindRole)
_ROLES = frozenset({_DISPLAY, _EDIT, _ALIGNMENT, _DECORATION, _FONT, _TOOLTIP, _ID, _KIND})
_FONTS: dict[tuple[bool, bool], QFont] = {}


def _font(bold: bool, italic: bool) -> QFont:
    """Themes bold, the rest group and Ungrouped italic (made once each)."""
    font = _FONTS.get((bold, italic))
    if font is None:
        font = _FONTS[(bold, italic)] = QFont()
        font.setBold(bold)
        font.setItalic(italic)
    return font


_F = Qt.ItemFlag
_ROOT_FLAGS = _F.ItemIsDropEnabled
_BASE = _F.ItemIsEnabled | _F.ItemIsSelectable | _F.ItemIsDropEnabled
_FLAGS = {
    (kind, first): (_BASE | _F.ItemIsDragEnabled | (_F.ItemIsEditable if first else _F.NoItemFlags)
                    if kind in ("code", "group", "theme") else _BASE)
    for kind in ("code", "group", "theme", "ungrouped") for first in (True, False)
}


class Node:
    """A row of the tree: a theme, a group, Ungrouped or a code. A plain class
    with slots, not a dataclass: the filter makes two thousand of them at every
    keystroke. A group's code rows are made when first asked for (``pending``
    holds their codes' ids until then): a closed group's never are."""

    __slots__ = ("kind", "id", "name", "parent", "children", "codes", "passages", "documents", "colour",
                 "number", "is_rest", "row_in_parent", "pending")

    def __init__(self, kind: str, id: int | None, name: str, *, codes: int = 0, passages: int = 0,
                 documents: int = 0, colour: str = "", number: int | None = None, is_rest: bool = False) -> None:
        self.kind, self.id, self.name = kind, id, name
        self.parent: Node | None = None
        self.children: list[Node] = []
        self.codes, self.passages, self.documents = codes, passages, documents
        self.colour, self.number, self.is_rest = colour, number, is_rest
        self.row_in_parent = 0
        self.pending: list[int] | None = None  # code ids whose rows are not made yet (CodeTreeModel.kids)

    def __repr__(self) -> str:
        return f"Node({self.kind!r}, {self.id!r}, {self.name!r})"

    @property
    def key(self) -> tuple[str, int | None]:
        return (self.kind, self.id)

    def row(self) -> int:
        return self.row_in_parent

    def count(self) -> int:
        """The number of rows under this one, made or not."""
        return len(self.pending) if self.pending is not None else len(self.children)

    def child_keys(self) -> list[tuple[str, int | None]]:
        return [(CODE, i) for i in self.pending] if self.pending is not None else [c.key for c in self.children]

    def add(self, child: Node) -> Node:
        child.parent = self
        child.row_in_parent = len(self.children)
        self.children.append(child)
        return child


_VALUES = ("name", "codes", "passages", "documents", "colour", "number", "is_rest")


def _same_shape(a: Node, b: Node) -> bool:
    if a.key != b.key or a.count() != b.count():
        return False
    if a.pending is not None or b.pending is not None:  # code rows: the same codes in the same order
        return a.child_keys() == b.child_keys()
    return all(_same_shape(x, y) for x, y in zip(a.children, b.children))


def _copy_values(old: Node, new: Node, codes: dict[int, CodeSummary]) -> list[Node]:
    """Copy the values of ``new`` into the same-shaped ``old``; the changed
    nodes. Code rows of ``old`` take theirs from ``codes`` (``new``'s are not
    made); rows not made yet are made from the system when asked for."""
    changed = []
    stack = [(old, new)]
    while stack:
        a, b = stack.pop()
        if any(getattr(a, f) != getattr(b, f) for f in _VALUES):
            for f in _VALUES:
                setattr(a, f, getattr(b, f))
            if a.parent is not None:
                changed.append(a)
        if b.pending is not None:
            if a.pending is not None:
                a.pending = b.pending
                continue
            for child in a.children:
                c = codes[child.id]
                values = (c.name, c.passages, c.documents, c.colour)
                if (child.name, child.passages, child.documents, child.colour) != values:
                    child.name, child.passages, child.documents, child.colour = values
                    changed.append(child)
            continue
        stack.extend(zip(a.children, b.children))
    return changed


class MoveRequest(NamedTuple):
    """A drop, as the services see it: put these items there."""

    code_ids: tuple[int, ...] = ()
    group_ids: tuple[int, ...] = ()
    theme_ids: tuple[int, ...] = ()
    #: For codes: the group (None: ungrouped); for groups: the theme (None: none).
    target_id: int | None = None
    #: Insert before this code / group / theme (None: at the end).
    before_id: int | None = None


class MovesByRequest:
    """For models whose drops never move rows themselves: a drop becomes a
    MoveRequest (``drop_request``) that the window makes one undoable command,
    whose refresh then moves the rows."""

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self.drop_request(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        request = self.drop_request(data, row, parent)
        if request is not None:
            self.move_requested.emit(request)
        return False


class CodeTreeModel(MovesByRequest, QAbstractItemModel):
    #: A drop asks for a move (MoveRequest); the window makes it a command.
    move_requested = Signal(object)
    #: (kind, id, new name): a name was edited in place.
    rename_requested = Signal(str, int, str)

    COLUMNS = ("name", "codes", "passages", "documents")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.root = Node("root", None, "")
        self.labels = {"group": "Group", "theme": "Theme", "ungrouped": "Ungrouped"}
        self._by_key: dict[tuple[str, int | None], Node] = {}
        self.system: CodeSystem | None = None
        self.filter_text = ""
        self._grouped_for: CodeSystem | None = None  # _codes_by_group's system, and what it made of it
        self._grouped: tuple[dict, dict, dict] = ({}, {}, {})

    # --- building -------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show only codes whose name (or whose group's or theme's name)
        holds ``text``, with their groups and themes. Filtering here, not in a
        proxy, keeps typing quick with thousands of codes."""
        self.filter_text = text.strip().casefold()
        if self.system is not None:
            self.set_system(self.system)

    def _keeps(self, name: str) -> bool:
        return not self.filter_text or self.filter_text in name.casefold()

    def set_system(self, system: CodeSystem) -> None:
        """Show ``system``. When only names, colours and counts changed (after
        coding), the rows are updated in place: views keep selection and scroll."""
        self.system = system
        new_root = self._build(system)
        if _same_shape(self.root, new_root):
            for node in _copy_values(self.root, new_root, self._codes_by_group(system)[3]):
                first = self.createIndex(node.row(), 0, node)
                self.dataChanged.emit(first, first.siblingAtColumn(len(self.COLUMNS) - 1))
            return
        self.beginResetModel()
        self.root = new_root
        # Every row by (kind, id), gone over without a call per node: the filter
        # rebuilds the tree at each keystroke.
        by_key: dict[tuple[str, int | None], Node] = {}
        stack = list(new_root.children)
        while stack:
            node = stack.pop()
            by_key[(node.kind, node.id)] = node
            stack.extend(node.children)
        self._by_key = by_key
        self.endResetModel()

    def update_counts(self, system: CodeSystem, code_ids) -> None:
        """New counts for some codes (a coding added or removed): their rows,
        their group's and their theme's change in place; nothing is rebuilt."""
        self.system = system
        ids = set(code_ids)
        changed: list[Node] = []
        group_ids = set()
        for code in system.codes:
            if code.id not in ids:
                continue
            group_ids.add(code.group_id)
            node = self._by_key.get((CODE, code.id))
            if node is not None:
                node.passages, node.documents = code.passages, code.documents
                changed.append(node)
        theme_ids = set()
        for gid in group_ids:
            key = (UNGROUPED, None) if gid is None else (GROUP, gid)
            node = self._by_key.get(key)
            members = system.codes_of(gid)
            if node is not None:
                node.passages = sum(c.passages for c in members)
                node.documents = system.group_documents.get(gid, 0)
                changed.append(node)
                if node.parent is not None and node.parent.kind == THEME:
                    theme_ids.add(node.parent.id)
        for tid in theme_ids:
            node = self._by_key[(THEME, tid)]
            node.passages = sum(sum(c.passages for c in system.codes_of(g.id)) for g in system.groups_of(tid))
            node.documents = system.theme_documents.get(tid, 0)
            changed.append(node)
        for node in changed:
            first = self.createIndex(node.row(), 0, node)
            self.dataChanged.emit(first, first.siblingAtColumn(len(self.COLUMNS) - 1))

    def _codes_by_group(self, system: CodeSystem) -> tuple[dict, dict, dict, dict]:
        """For ``system``, made once and kept while the filter changes: the codes
        of each group (None: ungrouped), each group's code and passage totals,
        each code's name as the filter compares it, and each code by id."""
        if self._grouped_for is not system:
            members: dict[int | None, list] = {}
            for c in system.codes:
                members.setdefault(c.group_id, []).append(c)
            totals = {gid: (len(cs), sum(c.passages for c in cs)) for gid, cs in members.items()}
            self._grouped = (members, totals, {}, {c.id: c for c in system.codes})
            self._grouped_for = system
        members, totals, folded, _by_id = self._grouped
        if self.filter_text and not folded:  # only once filtering (not for the first showing)
            folded.update((c.id, c.name.casefold()) for c in system.codes)
        return self._grouped

    def _build(self, system: CodeSystem) -> Node:
        root = Node("root", None, "")
        members_of, totals, folded, _by_id = self._codes_by_group(system)
        text = self.filter_text

        def add_codes(node: Node, group_id: int | None, keep_all: bool) -> None:
            # Only the codes shown, and their rows only once the group is opened
            # (kids): the filter builds the tree at every keystroke.
            members = members_of.get(group_id, ())
            node.pending = [c.id for c in members] if keep_all else [c.id for c in members if text in folded[c.id]]
            # Counts are the group's own, whatever the filter shows.
            node.codes, node.passages = totals.get(group_id, (0, 0))
            node.documents = system.group_documents.get(group_id, 0)

        def group_node(g, parent_matches: bool = False) -> Node:
            node = Node(GROUP, g.id, g.name, colour=g.colour, number=g.number, is_rest=g.is_rest)
            add_codes(node, g.id, not text or parent_matches or self._keeps(self.display_name(node)))
            return node

        def keep(node: Node) -> bool:
            return not self.filter_text or node.count() > 0 or self._keeps(self.display_name(node))

        for t in system.themes:
            theme = Node(THEME, t.id, t.name, colour=t.colour, number=t.number)
            theme_matches = bool(self.filter_text) and self._keeps(self.display_name(theme))
            groups = [group_node(g, theme_matches) for g in system.groups_of(t.id)]
            for node in groups:
                if keep(node):
                    theme.add(node)
            theme.codes = sum(g.codes for g in groups)
            theme.passages = sum(g.passages for g in groups)
            theme.documents = system.theme_documents.get(t.id, 0)
            if keep(theme):
                root.add(theme)
        for g in system.groups_of(None):
            node = group_node(g)
            if keep(node):
                root.add(node)
        rest = system.rest_group
        if rest is not None:
            node = group_node(rest)
            if keep(node):
                root.add(node)
        ungrouped = Node(UNGROUPED, None, self.labels[UNGROUPED])
        add_codes(ungrouped, None, not text)
        if not self.filter_text or ungrouped.count():
            root.add(ungrouped)
        return root

    # --- lookups ------------------------------------------------------------------------
    def kids(self, node: Node) -> list[Node]:
        """``node``'s rows, its code rows made now if they were not yet."""
        if node.pending is not None:
            ids, node.pending = node.pending, None
            by_id = self._codes_by_group(self.system)[3]
            by_key = self._by_key
            for code_id in ids:
                c = by_id[code_id]
                by_key[(CODE, code_id)] = node.add(Node(CODE, code_id, c.name, codes=1, passages=c.passages,
                                                        documents=c.documents, colour=c.colour))
        return node.children

    def node(self, index: QModelIndex | QPersistentModelIndex) -> Node:
        if index.isValid():
            return index.internalPointer()
        return self.root

    def branches(self) -> list[Node]:
        """Themes, groups and Ungrouped, from the model's own tree (no Qt calls)."""
        found, stack = [], list(reversed(self.root.children))
        while stack:
            node = stack.pop()
            if node.kind != CODE:
                found.append(node)
                stack.extend(reversed(node.children))
        return found

    def index_of(self, kind: str, item_id: int | None, column: int = 0) -> QModelIndex:
        node = self._by_key.get((kind, item_id))
        if node is None and kind == CODE and self.system is not None:  # its group's rows not made yet
            code = self._codes_by_group(self.system)[3].get(item_id)
            if code is not None:
                group = self._by_key.get((UNGROUPED, None) if code.group_id is None else (GROUP, code.group_id))
                if group is not None and group.pending is not None:
                    self.kids(group)
                    node = self._by_key.get((kind, item_id))
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row(), column, node)

    def display_name(self, node: Node) -> str:
        if node.number is not None and node.kind in (GROUP, THEME):
            return f"{self.labels[node.kind]} {node.number} {node.name}"
        return node.name

    # --- QAbstractItemModel ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        # Checked here rather than by hasIndex(), which would call rowCount() and
        # columnCount() back through Python: the view asks for indexes at every paint.
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            node = parent.internalPointer()
            children = node.children if node.pending is None else self.kids(node)
        else:
            children = self.root.children
        if 0 <= row < len(children) and 0 <= column < len(self.COLUMNS):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index=QModelIndex()):  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = index.internalPointer().parent
        if parent is None or parent is self.root:
            return QModelIndex()
        return self.createIndex(parent.row_in_parent, 0, parent)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return self.node(parent).count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code system"), self.tr("Codes"), self.tr("Pass."), self.tr("Docs"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section:
            return (None, self.tr("Codes"), self.tr("Coded passages"), self.tr("Documents with coded passages"))[section]
        return None

    def data(self, index, role=_DISPLAY):
        # Plain ints, and roles this model does not answer turned away first: the
        # view asks for a dozen roles of every cell at every repaint.
        if role not in _ROLES or not index.isValid():
            return None
        node: Node = index.internalPointer()
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return self.display_name(node)
            if node.kind == CODE and col == 1:
                return None
            return (node.codes, node.passages, node.documents)[col - 1]
        if col == 0:
            if role == _EDIT:
                return node.name
            if role == _DECORATION:
                return QColor(node.colour) if node.colour else None
            if role == _FONT:
                return _font(node.kind == THEME, node.is_rest or node.kind == UNGROUPED) \
                    if node.kind in (THEME, GROUP, UNGROUPED) else None
            if role == _TOOLTIP:
                return node.name
        elif role == _ALIGNMENT:
            return _RIGHT
        if role == _ID:
            return node.id
        if role == _KIND:
            return node.kind
        return None

    def flags(self, index):
        # Precomputed: the view asks for flags tens of thousands of times while laying out.
        if not index.isValid():
            return _ROOT_FLAGS
        return _FLAGS[(index.internalPointer().kind, index.column() == 0)]

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        node: Node = index.internalPointer()
        name = str(value).strip()
        if node.kind in (CODE, GROUP, THEME) and name and name != node.name and node.id is not None:
            from PySide6.QtCore import QTimer

            # Renaming goes through an undoable command, which rebuilds this model;
            # let the editor close first.
            QTimer.singleShot(0, lambda: self.rename_requested.emit(node.kind, node.id, name))
        return True

    # --- drag and drop -------------------------------------------------------------------
    def supportedDragActions(self):
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ITEMS_MIME, CODES_MIME]

    def mimeData(self, indexes) -> QMimeData:
        items: list[list] = []
        names: list[str] = []
        for index in indexes:
            node = self.node(index)
            if index.column() == 0 and node.kind in (CODE, GROUP, THEME) and [node.kind, node.id] not in items:
                items.append([node.kind, node.id])
                names.append(node.name)
        mime = QMimeData()
        mime.setData(ITEMS_MIME, json.dumps(items).encode())
        code_ids = [i for k, i in items if k == CODE]
        if code_ids:  # codes can also be dropped on the text to code it
            mime.setData(CODES_MIME, json.dumps(code_ids).encode())
        mime.setText("\n".join(names))
        return mime

    @staticmethod
    def items_from(mime: QMimeData) -> list[tuple[str, int]]:
        if not mime.hasFormat(ITEMS_MIME):
            return []
        try:
            raw = json.loads(bytes(mime.data(ITEMS_MIME).data()).decode())
        except ValueError:
            return []
        return [(k, i) for k, i in raw if k in (CODE, GROUP, THEME) and isinstance(i, int)]

    def drop_request(self, mime: QMimeData, row: int, parent: QModelIndex) -> MoveRequest | None:
        """What a drop at (row, parent) would do, or None when it makes no sense."""
        items = self.items_from(mime)
        if not items:
            return None
        target = self.node(parent)
        kinds = {k for k, _ in items}
        codes = tuple(i for k, i in items if k == CODE)
        groups = tuple(i for k, i in items if k == GROUP)
        themes = tuple(i for k, i in items if k == THEME)
        children = self.kids(target)
        before = children[row] if 0 <= row < len(children) else None
        if kinds == {CODE}:
            if target.kind == CODE:  # dropped onto a code: just before it, in its group
                before, target = target, target.parent
            if target.kind == GROUP:
                return MoveRequest(code_ids=codes, target_id=target.id,
                                   before_id=before.id if before is not None and before.kind == CODE else None)
            if target.kind == UNGROUPED:
                return MoveRequest(code_ids=codes, target_id=None,
                                   before_id=before.id if before is not None and before.kind == CODE else None)
            return None
        if kinds == {GROUP}:
            if target.kind == GROUP and target.parent is not None and not target.is_rest:
                before, target = target, target.parent  # onto a group: before it, beside it
            if target.kind == THEME:
                return MoveRequest(group_ids=groups, target_id=target.id,
                                   before_id=before.id if before is not None and before.kind == GROUP else None)
            if target is self.root:
                return MoveRequest(group_ids=groups, target_id=None,
                                   before_id=before.id if before is not None and before.kind == GROUP else None)
            return None
        if kinds == {THEME}:
            if target.kind == THEME:
                before, target = target, self.root
            if target is self.root:
                return MoveRequest(theme_ids=themes, before_id=before.id if before is not None and before.kind == THEME
                                   else None)
        return None

