"""Where the analysis stands, in figures: the SDI overview and the method
chapter's numbers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from workbench.services import sdi_tests
from workbench.services.code_system import CodeSystem, code_system
from workbench.services.project import Project
from workbench.storage.models import Coding, Document


@dataclass(frozen=True)
class Figures:
    documents: int
    coded_documents: int
    codes: int
    codings: int
    code_test: dict[str, int]
    groups: int
    rest_codes: int
    ungrouped: int
    themes: int
    grouping_test: dict[str, int]
    concepts: int
    concept_test: dict[str, int]


def figures(project: Project, system: CodeSystem | None = None) -> Figures:
    system = system or code_system(project)
    with project.reading() as s:
        documents = s.scalar(select(func.count(Document.id))) or 0
        coded = s.scalar(select(func.count(func.distinct(Coding.document_id)))) or 0
        codings = s.scalar(select(func.count(Coding.id))) or 0
    rest = system.rest_group
    return Figures(
        documents=documents,
        coded_documents=coded,
        codes=len(system.codes),
        codings=codings,
        code_test=sdi_tests.progress(project, "code_test"),
        groups=sum(1 for g in system.groups if not g.is_rest),
        rest_codes=len(system.codes_of(rest.id)) if rest else 0,
        ungrouped=len(system.codes_of(None)),
        themes=len(system.themes),
        grouping_test=sdi_tests.progress(project, "grouping_test"),
        concepts=len(sdi_tests.list_concepts(project)),
        concept_test=sdi_tests.progress(project, "concept_test"),
    )
