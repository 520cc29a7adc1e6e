"""SDI's tests as recorded work: verdicts and notes per code, group and
concept, progress figures, concepts, and the project's research questions."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select

from workbench.services.errors import ServiceError, gone
from workbench.services.project import Project
from workbench.storage.models import Code, CodeGroup, Concept, ConceptLink, Meta, TestVerdict, utcnow
from workbench.texts import fill, translate

TESTS = {"code_test": "code", "grouping_test": "group", "concept_test": "concept"}
_ITEMS = {"code": Code, "group": CodeGroup, "concept": Concept}


@dataclass(frozen=True)
class Verdict:
    test: str
    item_kind: str
    item_id: int
    verdict: str | None
    answers: dict
    note: str
    decided_at: datetime | None


def _check(test: str, verdict: str | None) -> str:
    kind = TESTS.get(test)
    if kind is None:
        raise ServiceError(fill(translate("CoreServices", "Unknown test “%1”."), test))
    if verdict not in (None, "pass", "fail"):
        raise ServiceError(fill(translate("CoreServices", "A verdict is pass or fail, not “%1”."), verdict))
    return kind


def _record(row: TestVerdict) -> Verdict:
    return Verdict(row.test, row.item_kind, row.item_id, row.verdict, json.loads(row.answers or "{}"), row.note,
                   row.decided_at)


def get_verdict(project: Project, test: str, item_id: int) -> Verdict | None:
    kind = _check(test, None)
    with project.reading() as s:
        row = s.scalar(select(TestVerdict).where(
            TestVerdict.test == test, TestVerdict.item_kind == kind, TestVerdict.item_id == item_id))
        return _record(row) if row else None


def set_verdict(project: Project, test: str, item_id: int, verdict: str | None, answers: dict | None = None,
                note: str = "") -> Verdict | None:
    """Record answers, verdict and note (dated); returns what was there before."""
    kind = _check(test, verdict)
    with project.transaction() as s:
        if s.get(_ITEMS[kind], item_id) is None:
            raise ServiceError(gone(kind))
        row = s.scalar(select(TestVerdict).where(
            TestVerdict.test == test, TestVerdict.item_kind == kind, TestVerdict.item_id == item_id))
        before = _record(row) if row else None
        if row is None:
            row = TestVerdict(test=test, item_kind=kind, item_id=item_id)
            s.add(row)
        row.verdict = verdict
        row.answers = json.dumps(answers or {}, ensure_ascii=False)
        row.note = note
        row.decided_at = utcnow() if verdict else None
        return before


def restore_verdict(project: Project, test: str, item_id: int, before: Verdict | None) -> None:
    """Put back a verdict as it was (None: there was none)."""
    kind = _check(test, None)
    with project.transaction() as s:
        s.execute(delete(TestVerdict).where(
            TestVerdict.test == test, TestVerdict.item_kind == kind, TestVerdict.item_id == item_id))
        if before is not None:
            s.add(TestVerdict(test=test, item_kind=kind, item_id=item_id, verdict=before.verdict,
                              answers=json.dumps(before.answers, ensure_ascii=False), note=before.note,
                              decided_at=before.decided_at))


def verdicts(project: Project, test: str) -> dict[int, Verdict]:
    """Verdicts of a test on items that still exist."""
    kind = _check(test, None)
    model = _ITEMS[kind]
    with project.reading() as s:
        rows = s.scalars(
            select(TestVerdict).join(model, model.id == TestVerdict.item_id)
            .where(TestVerdict.test == test, TestVerdict.item_kind == kind)
        )
        return {r.item_id: _record(r) for r in rows}


def progress(project: Project, test: str) -> dict[str, int]:
    """{"untested", "passed", "failed", "total"} over the items the test is about."""
    kind = _check(test, None)
    with project.reading() as s:
        total = s.scalar(select(func.count()).select_from(_ITEMS[kind])) or 0
    found = verdicts(project, test).values()
    passed = sum(1 for v in found if v.verdict == "pass")
    failed = sum(1 for v in found if v.verdict == "fail")
    return {"untested": total - passed - failed, "passed": passed, "failed": failed, "total": total}


# --- concepts -------------------------------------------------------------------------

@dataclass(frozen=True)
class ConceptInfo:
    id: int
    name: str
    description: str
    memo: str
    links: tuple[tuple[str, int], ...]  # (theme|group, id)
    guid: str = ""
    position: int = 0


def list_concepts(project: Project) -> list[ConceptInfo]:
    with project.reading() as s:
        return [
            ConceptInfo(c.id, c.name, c.description, c.memo, tuple((l.item_kind, l.item_id) for l in c.links),
                        c.guid, c.position)
            for c in s.scalars(select(Concept).order_by(Concept.position, Concept.id))
        ]


def _concept_info(concept: Concept) -> ConceptInfo:
    return ConceptInfo(concept.id, concept.name, concept.description, concept.memo,
                       tuple((link.item_kind, link.item_id) for link in concept.links), concept.guid,
                       concept.position)


def _clean(name: str, links: tuple[tuple[str, int], ...]) -> str:
    name = " ".join(name.split())
    if not name:
        raise ServiceError(translate("CoreServices", "A concept needs a name."))
    if any(kind not in ("theme", "group") for kind, _ in links):
        raise ServiceError(translate("CoreServices", "A concept links to themes and code groups."))
    return name


def create_concept(project: Project, name: str, links: tuple[tuple[str, int], ...] = (),
                   description: str = "") -> int:
    name = _clean(name, links)
    with project.transaction() as s:
        position = (s.scalar(select(func.max(Concept.position))) or 0) + 1
        concept = Concept(name=name, description=description, position=position)
        concept.links = [ConceptLink(item_kind=k, item_id=i) for k, i in dict.fromkeys(links)]
        s.add(concept)
        s.flush()
        return concept.id


def update_concept(project: Project, concept_id: int, name: str, links: tuple[tuple[str, int], ...],
                   description: str) -> ConceptInfo:
    """Change a concept's name, links and description; returns it as it was."""
    name = _clean(name, links)
    with project.transaction() as s:
        concept = s.get(Concept, concept_id)
        if concept is None:
            raise ServiceError(translate("CoreServices", "The concept no longer exists."))
        before = _concept_info(concept)
        concept.name, concept.description = name, description
        concept.links.clear()
        s.flush()
        concept.links.extend(ConceptLink(item_kind=k, item_id=i) for k, i in dict.fromkeys(links))
        return before


def delete_concept(project: Project, concept_id: int) -> ConceptInfo:
    with project.transaction() as s:
        concept = s.get(Concept, concept_id)
        if concept is None:
            raise ServiceError(translate("CoreServices", "The concept no longer exists."))
        info = _concept_info(concept)
        s.delete(concept)
        return info


def restore_concept(project: Project, info: ConceptInfo) -> None:
    """Put a concept back exactly as ``info`` (after a delete or an update)."""
    with project.transaction() as s:
        existing = s.get(Concept, info.id)
        if existing is not None:
            s.delete(existing)
            s.flush()
        concept = Concept(id=info.id, guid=info.guid, name=info.name, description=info.description,
                          memo=info.memo, position=info.position)
        concept.links = [ConceptLink(item_kind=k, item_id=i) for k, i in info.links]
        s.add(concept)


# --- project settings for the tests ------------------------------------------------------

def get_meta(project: Project, key: str, default: str = "") -> str:
    with project.reading() as s:
        return s.scalar(select(Meta.value).where(Meta.key == key)) or default


def set_meta(project: Project, key: str, value: str) -> str:
    """Write a project setting; returns the value before."""
    with project.transaction() as s:
        row = s.get(Meta, key)
        before = row.value if row else ""
        if row is None:
            s.add(Meta(key=key, value=value))
        else:
            row.value = value
        return before
