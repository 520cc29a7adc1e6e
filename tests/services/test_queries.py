"""The plain-SQL reads (services/queries.py) and the first look the window
shows before the services load (services/first_look.py).

The reads are checked against the same facts computed here with the ORM
models, on a project with every kind of node: themes with and without
groups, a rest group, grouped, ungrouped and unused codes, documents with
and without codings, emoji and Norwegian letters in the text.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from workbench.services import code_system as cs
from workbench.services import codes, coding, documents, queries
from workbench.services.first_look import file_stamp, take_first_look
from workbench.storage.database import ProjectFileError
from workbench.storage.models import Code, CodeGroup, Coding, Document, Theme

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TEXTS = {
    "Anna.txt": "Intervjuer: Hvordan var det? 🙂 Anna: Vi måtte lære alt på nytt. Det var tøft, men gøy.",
    "Bjørn.txt": "Bjørn: Kommunen er ganske pressa. Ansatte må få hjelp 👩‍💻 med systemene.",
    "Tom.txt": "Ingen kodinger her ennå.",
}


@pytest.fixture
def project(tmp_project, tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    imported = documents.import_files(tmp_project, [tmp_path / n for n in TEXTS]).imported
    docs = {d.name: d.id for d in documents.list_documents(tmp_project)}
    assert len(imported) == 3
    for doc, phrase in (("Anna", "Vi måtte lære alt på nytt"), ("Anna", "Det var tøft"), ("Bjørn", "ganske pressa"),
                        ("Bjørn", "Ansatte må få hjelp 👩‍💻"), ("Anna", "🙂 Anna")):
        text = TEXTS[f"{doc}.txt"]
        start = text.index(phrase)
        coding.code_in_vivo(tmp_project, docs[doc], start, start + len(phrase))
    c = {x.name: x.id for x in codes.list_codes(tmp_project)}
    # The same code on a second passage of another document.
    start = TEXTS["Bjørn.txt"].index("Kommunen")
    coding.apply_code(tmp_project, c["Det var tøft"], docs["Bjørn"], start, start + len("Kommunen"))
    unused = codes.create_code(tmp_project, "Ikke brukt ennå").id
    g1 = cs.create_group(tmp_project, "Læring", [c["Vi måtte lære alt på nytt"], c["Det var tøft"]])
    g2 = cs.create_group(tmp_project, "Press", [c["Ganske pressa"], unused])
    rest = cs.ensure_rest_group(tmp_project, "Restgruppe")
    cs.move_codes(tmp_project, [c["🙂 Anna"]], rest)
    cs.create_theme(tmp_project, "Digital omstilling", [g2, g1], number=2)
    cs.create_theme(tmp_project, "Tomt tema")
    tmp_project.docs = docs
    return tmp_project


def orm_code_system(project):
    """The code system's facts as the ORM sees them: the oracle."""
    with project.reading() as s:
        themes = [(t.id, t.name, t.number, t.position) for t in s.scalars(select(Theme).order_by(Theme.position, Theme.id))]
        groups = [(g.id, g.name, g.theme_id, g.is_rest) for g in
                  s.scalars(select(CodeGroup).order_by(CodeGroup.position, CodeGroup.id))]
        all_codings = s.scalars(select(Coding)).all()
        code_rows = s.scalars(select(Code).order_by(Code.position, Code.id)).all()
        passages = defaultdict(int)
        docs_of = defaultdict(set)
        for k in all_codings:
            passages[k.code_id] += 1
            docs_of[k.code_id].add(k.document_id)
        codes_ = [(c.id, c.name, c.colour, passages[c.id], len(docs_of[c.id]), c.group_id,
                   c.group.name if c.group else None) for c in code_rows]
        group_docs, theme_docs = defaultdict(set), defaultdict(set)
        for c in code_rows:
            if docs_of[c.id]:
                group_docs[c.group_id] |= docs_of[c.id]
                if c.group is not None and c.group.theme_id is not None:
                    theme_docs[c.group.theme_id] |= docs_of[c.id]
    return (themes, groups, codes_, {k: len(v) for k, v in group_docs.items()},
            {k: len(v) for k, v in theme_docs.items()})


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def test_the_code_system_read_in_sql_equals_the_orm(project):
    con = read_only(project.path)
    try:
        system = queries.code_system(con)
    finally:
        con.close()
    themes, groups, codes_, group_docs, theme_docs = orm_code_system(project)
    assert [(t.id, t.name, t.number, t.position) for t in system.themes] == themes
    assert [(g.id, g.name, g.theme_id, g.is_rest) for g in system.groups] == groups
    assert all(isinstance(g.is_rest, bool) for g in system.groups)
    assert [(c.id, c.name, c.colour, c.passages, c.documents, c.group_id, c.group) for c in system.codes] == codes_
    assert system.group_documents == group_docs
    assert system.theme_documents == theme_docs
    # What a student sees: the code used in two interviews counts both, the unused one none.
    by_name = {c.name: c for c in system.codes}
    assert (by_name["Det var tøft"].passages, by_name["Det var tøft"].documents) == (2, 2)
    assert (by_name["Ikke brukt ennå"].passages, by_name["Ikke brukt ennå"].documents) == (0, 0)
    # The services give the same, through their session's connection.
    assert cs.code_system(project) == system


def test_documents_texts_and_codings_read_in_sql_equal_the_orm(project):
    con = read_only(project.path)
    try:
        docs = queries.documents(con)
        with project.reading() as s:
            rows = s.scalars(select(Document).order_by(Document.position, Document.id)).all()
            assert [(d.id, d.name, d.characters, len(d.codings), d.role) for d in rows] == [
                (d.id, d.name, d.characters, d.codings, d.role) for d in docs]
            for d in rows:
                assert queries.document_text(con, d.id) == d.text
                orm = sorted(d.codings, key=lambda k: (k.start, k.end))
                sql = queries.codings_in_document(con, d.id)
                assert [(k.id, k.guid, k.code_id, k.start, k.end, k.created_at) for k in orm] == [
                    (k.id, k.guid, k.code_id, k.start, k.end, k.created_at) for k in sql]
        assert queries.document_text(con, 999) is None
        assert queries.document_styles(con, 999) == []
        # After a coding: the counts of some documents, as the list has them (0 for none or gone).
        counts = queries.coding_counts(con, [d.id for d in docs] + [999])
        assert counts == {**{d.id: d.codings for d in docs}, 999: 0}
    finally:
        con.close()
    anna = project.docs["Anna"]
    text = documents.document_text(project, anna)
    # Code points: the emoji is one position, and the coded words are where they were.
    assert [text[k.start:k.end] for k in coding.codings_in_document(project, anna)] == [
        "🙂 Anna", "Vi måtte lære alt på nytt", "Det var tøft"]


def test_a_first_look_holds_what_the_window_shows(project):
    bjorn = project.docs["Bjørn"]
    look = take_first_look(project.path, bjorn)
    assert look.document_id == bjorn
    assert look.text == TEXTS["Bjørn.txt"]
    assert look.codings == coding.codings_in_document(project, bjorn)
    assert look.system == cs.code_system(project)
    assert look.documents == documents.list_documents(project)
    assert look.stamp == file_stamp(project.path)
    # A document that is gone: the first one is shown.
    assert take_first_look(project.path, 999).document_id == look.documents[0].id
    # A change to the file shows in its stamp.
    codes.create_code(project, "Ny kode")
    assert file_stamp(project.path) != look.stamp


def test_a_first_look_at_an_empty_project_shows_no_document(tmp_project):
    look = take_first_look(tmp_project.path, None)
    assert (look.document_id, look.text, look.codings, look.documents) == (None, "", [], [])
    assert look.system.codes == [] and look.system.groups == []


def test_an_older_format_is_left_to_the_full_opening_and_not_touched(tmp_path):
    old = tmp_path / "old.stegvis"
    shutil.copy(FIXTURES / "format4.stegvis", old)
    before = old.read_bytes()
    assert take_first_look(old, None) is None
    assert old.read_bytes() == before


@pytest.mark.parametrize("content, problem", [(b"", "empty"), (b"hello, not a database", "not a Stegvis project")])
def test_a_file_that_is_no_project_is_refused_as_opening_it_would(tmp_path, content, problem):
    bad = tmp_path / "bad.stegvis"
    bad.write_bytes(content)
    with pytest.raises(ProjectFileError, match=problem):
        take_first_look(bad, None)
    assert bad.read_bytes() == content


def test_the_window_and_the_first_look_load_without_the_database_layer():
    """What the app loads before it shows a project: no SQLAlchemy, no Alembic."""
    code = ("import sys; import workbench.ui.app, workbench.ui.main_window, workbench.services.first_look; "
            "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))} "
            "| {m for m in sys.modules if m in ('workbench.storage.models', 'workbench.storage.database', "
            "'workbench.services.project')}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.strip() == "[]", out.stdout
