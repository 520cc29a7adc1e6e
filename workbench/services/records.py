"""Plain records the services hand out: no ORM objects leave a transaction.

They are named tuples: read-only, compared by value, and quick to define and
to make (a dataclass costs ten times as much to define, ~1.2 ms each when the
window starts, and three times as much to make, for 2,000 codes at every read
of the code system). Change one with ``record._replace(field=value)``.

The fields' annotations are written for Python to read as it defines the
records (no ``from __future__ import annotations`` here): given as strings,
each would be compiled into a forward reference, a third of a record's
definition, at every start.
"""

from collections.abc import Mapping
from datetime import datetime
from types import MappingProxyType
from typing import NamedTuple

_NO_COUNTS: Mapping[int, int] = MappingProxyType({})


class DocumentSummary(NamedTuple):
    id: int
    name: str
    characters: int
    codings: int
    role: str = "transcript"


class CodeSummary(NamedTuple):
    id: int
    name: str
    colour: str
    passages: int = 0
    documents: int = 0
    group_id: int | None = None
    group: str | None = None


class CodingRecord(NamedTuple):
    """Everything needed to put a coding back exactly as it was."""

    id: int
    guid: str
    code_id: int
    document_id: int
    start: int
    end: int
    created_at: datetime


class Passage(NamedTuple):
    coding_id: int
    code_id: int
    document_id: int
    document: str
    start: int
    end: int
    text: str
    code: str = ""

    @property
    def id(self) -> int:
        return self.coding_id


class CodeSnapshot(NamedTuple):
    """A deleted code with its codings, to restore it on undo."""

    id: int
    guid: str
    name: str
    colour: str
    group_id: int | None
    position: int
    description: str
    memo: str
    created_at: datetime
    codings: tuple[CodingRecord, ...] = ()


class DocumentSnapshot(NamedTuple):
    """A removed document with its text and codings, to restore it on undo."""

    id: int
    guid: str
    name: str
    role: str
    text: str
    source_name: str
    imported_at: datetime
    position: int
    memo: str
    codings: tuple[CodingRecord, ...] = ()
    styles: str = "[]"
    attributes: tuple[tuple[str, str], ...] = ()


#: In Changes.codings_in: the codings of every document may have changed.
ALL_DOCUMENTS = -1


class Changes(NamedTuple):
    """What a service call changed, so views refresh only that."""

    documents: bool = False
    codes: bool = False
    codings_in: frozenset[int] = frozenset()
    #: Documents whose text changed.
    texts: frozenset[int] = frozenset()
    #: A memo or description changed.
    notes: bool = False
    #: A test verdict or a concept changed.
    tests: bool = False
    #: Codes whose passage counts changed (a coding added or removed), nothing else about them.
    code_counts: frozenset[int] = frozenset()
    #: Documents whose number of codings changed, nothing else about them.
    document_counts: frozenset[int] = frozenset()

    def __or__(self, other: "Changes") -> "Changes":
        return Changes(
            self.documents or other.documents,
            self.codes or other.codes,
            self.codings_in | other.codings_in,
            self.texts | other.texts,
            self.notes or other.notes,
            self.tests or other.tests,
            self.code_counts | other.code_counts,
            self.document_counts | other.document_counts,
        )


# --- the code system: themes -> code groups -> codes ---------------------------------------

class ThemeInfo(NamedTuple):
    id: int
    name: str
    number: int | None
    colour: str
    position: int
    description: str = ""
    memo: str = ""
    guid: str = ""


class GroupInfo(NamedTuple):
    id: int
    name: str
    number: int | None
    theme_id: int | None
    is_rest: bool
    colour: str
    position: int
    description: str = ""
    memo: str = ""
    guid: str = ""


class CodeSystem(NamedTuple):
    themes: list[ThemeInfo]
    groups: list[GroupInfo]
    codes: list[CodeSummary]
    #: Distinct documents coded by a group's / a theme's codes (None: ungrouped codes).
    group_documents: Mapping[int, int] = _NO_COUNTS
    theme_documents: Mapping[int, int] = _NO_COUNTS

    def codes_of(self, group_id: int | None) -> list[CodeSummary]:
        return [c for c in self.codes if c.group_id == group_id]

    def groups_of(self, theme_id: int | None) -> list[GroupInfo]:
        return [g for g in self.groups if g.theme_id == theme_id and not g.is_rest]

    @property
    def rest_group(self) -> GroupInfo | None:
        return next((g for g in self.groups if g.is_rest), None)


# --- notes and document properties -----------------------------------------------------------

class Notes(NamedTuple):
    kind: str
    id: int | None
    name: str
    description: str | None  # None: this kind has no description
    memo: str


#: Roles a document can have; the interview guide feeds the code test's hints.
ROLES = ("transcript", "interview_guide", "field_note")


class DocumentProperties(NamedTuple):
    name: str
    role: str
    attributes: tuple[tuple[str, str], ...]
    memo: str
    source_name: str = ""
    imported_at: datetime | None = None

    def edited(self, **changes) -> "DocumentProperties":
        return self._replace(**changes)
