"""The automatic part of SDI's tests for a project: hints on codes and
findings on the grouping, in the project's wording (checks.json plus the
project's overrides), and the `stegvis check --json` report."""

from __future__ import annotations

import json
import logging

from sqlalchemy import select

from workbench.domain.sdi_checks import CodeFacts, GroupFacts, GroupingReport, Hint, code_hints, grouping_findings
from workbench.domain.sdi_settings import SdiSettings, load_settings
from workbench.services import sdi_tests
from workbench.services.code_system import CodeSystem, code_system
from workbench.services.project import Project
from workbench.storage.models import Coding, Document

log = logging.getLogger(__name__)

OVERRIDES_KEY = "sdi_overrides"
RESEARCH_QUESTIONS_KEY = "research_questions"


def overrides(project: Project) -> dict:
    """The project's own wording and thresholds (over checks.json); {} for none."""
    raw = sdi_tests.get_meta(project, OVERRIDES_KEY, "")
    try:
        found = json.loads(raw) if raw else {}
    except ValueError:
        found = {}
    return found if isinstance(found, dict) else {}


def settings_for(project: Project, language: str) -> SdiSettings:
    """The tests' questions, texts and thresholds, with the project's own wording
    (the bundled ones where the project's cannot be used, e.g. from a later Stegvis)."""
    try:
        return load_settings(language, overrides(project) or None)
    except ValueError as exc:
        log.warning("The project's wording of the tests is not used: %s", exc)
        return load_settings(language)


def _paragraph(text: str, start: int, end: int) -> str:
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", end)
    return text[a : len(text) if b < 0 else b]


def code_facts(project: Project, system: CodeSystem) -> list[CodeFacts]:
    groups = {g.id: g for g in system.groups}
    with project.reading() as s:
        texts = dict(s.execute(select(Document.id, Document.text)).all())
        rows = s.execute(select(Coding.code_id, Coding.document_id, Coding.start, Coding.end)
                         .order_by(Coding.document_id, Coding.start)).all()
    passages: dict[int, list[tuple[str, str]]] = {}
    for code_id, doc_id, start, end in rows:
        text = texts[doc_id]
        passages.setdefault(code_id, []).append((text[start:end], _paragraph(text, start, end)))
    facts = []
    for c in system.codes:
        group = groups.get(c.group_id)
        found = passages.get(c.id, [])
        facts.append(CodeFacts(c.id, c.name, [p for p, _ in found], [ctx for _, ctx in found],
                               group.name if group else None, bool(group and group.is_rest)))
    return facts


def _guide_texts(project: Project) -> list[str]:
    with project.reading() as s:
        return list(s.scalars(select(Document.text).where(Document.role == "interview_guide")))


def hints(project: Project, language: str, system: CodeSystem | None = None,
          settings: SdiSettings | None = None) -> list[Hint]:
    """The code test's hints; ``settings``: the project's, when the caller has them already."""
    system = system or code_system(project)
    return code_hints(code_facts(project, system), _guide_texts(project),
                      sdi_tests.get_meta(project, RESEARCH_QUESTIONS_KEY), settings or settings_for(project, language))


def grouping_report(project: Project, language: str, system: CodeSystem | None = None,
                    settings: SdiSettings | None = None) -> GroupingReport:
    system = system or code_system(project)
    ordered = [g for t in system.themes for g in system.groups_of(t.id)] + system.groups_of(None)
    if system.rest_group is not None:
        ordered.append(system.rest_group)
    groups = [GroupFacts(g.id, g.name, [c.name for c in system.codes_of(g.id)], g.is_rest, g.number)
              for g in ordered]
    return grouping_findings(groups, [c.name for c in system.codes_of(None)], len(system.codes),
                             settings or settings_for(project, language), themes=len(system.themes))


def grouping_questions(project: Project, system: CodeSystem, language: str,
                       settings: SdiSettings | None = None) -> tuple[list[str], dict[int, list[str]]]:
    report = grouping_report(project, language, system, settings)
    return [f.message for f in report.project], {g.group_id: [f.message for f in g.findings] for g in report.groups}


def check_report(project: Project, language: str = "en") -> dict:
    """What `stegvis check PROJECT --json` prints (a stable contract)."""
    system = code_system(project)
    progress = sdi_tests.progress(project, "code_test")
    report = grouping_report(project, language, system)
    return {
        "codes": len(system.codes),
        "ungrouped": [c.name for c in system.codes_of(None)],
        "code_test": {"untested": progress["untested"], "passed": progress["passed"], "failed": progress["failed"]},
        "groups": [
            {"name": g.name, "codes": len(system.codes_of(g.group_id)), "rest": g.is_rest,
             "findings": [f.message for f in g.findings]}
            for g in report.groups
        ],
        "hints": [{"code": h.code, "kind": h.kind} for h in hints(project, language, system)],
        "findings": [{"kind": f.kind, "message": f.message} for f in report.project],
    }
