"""The project file: creating, checking, opening, copying."""

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from workbench.services.codes import create_code, delete_code
from workbench.services.coding import apply_code
from workbench.services.documents import import_files
from workbench.services.project import Project
from workbench.services.report import project_info
from workbench.storage.database import (
    APPLICATION_ID,
    FORMAT_VERSION,
    HEAD_REVISION,
    ProjectFileError,
    read_format_version,
)

MIGRATIONS = Path(__file__).resolve().parents[2] / "workbench" / "storage" / "migrations"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_project(path: Path, samples_dir: Path | None = None) -> Path:
    """A closed project file, with some documents, a code and codings."""
    with Project.create(path) as project:
        if samples_dir is not None:
            report = import_files(project, sorted(samples_dir.glob("*.docx"))[:2])
            code = create_code(project, "Trygghet")
            for doc in report.imported:
                apply_code(project, code.id, doc.id, 10, 40)
    return path


def assert_refused(path: Path, *words: str) -> ProjectFileError:
    """Opening ``path`` fails with a message naming the problem, and changes nothing."""
    before = sha256(path) if path.is_file() else None
    siblings = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(ProjectFileError) as info:
        Project.open(path)
    err = info.value
    assert err.path == path
    assert str(path) in str(err)
    for word in words:
        assert word in err.problem
    if before is not None:
        assert sha256(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == siblings  # no backup, journal or copy left
    return err


# --- create and open ------------------------------------------------------


def test_create_then_open(tmp_path):
    path = tmp_path / "p.stegvis"
    with Project.create(path) as project:
        assert path.is_file()
        assert project.name == "p"
    with Project.open(path) as project:
        assert project_info(project)["format_version"] == FORMAT_VERSION
        assert project_info(project)["documents"] == []


def test_format_version_and_application_id_stored(tmp_path):
    path = make_project(tmp_path / "p.stegvis")
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        (value,) = con.execute("SELECT value FROM meta WHERE key = 'format_version'").fetchone()
        (revision,) = con.execute("SELECT version_num FROM alembic_version").fetchone()
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        con.close()
    assert int(value) == FORMAT_VERSION
    assert revision == HEAD_REVISION
    assert read_format_version(path) == FORMAT_VERSION


def test_head_revision_is_the_migration_head():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    assert script.get_heads() == [HEAD_REVISION]
    assert script.get_current_head() == HEAD_REVISION


def test_create_refuses_existing_file_and_missing_folder(tmp_path):
    path = make_project(tmp_path / "p.stegvis")
    before = sha256(path)
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(path)
    assert sha256(path) == before
    with pytest.raises(ProjectFileError, match="folder does not exist"):
        Project.create(tmp_path / "no" / "such" / "p.stegvis")
    assert not (tmp_path / "no").exists()


def test_open_does_not_change_a_current_project(tmp_path, samples_dir):
    path = make_project(tmp_path / "p.stegvis", samples_dir)
    before = sha256(path)
    with Project.open(path) as project:
        project_info(project, with_text=True)
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.stegvis"]


def test_changes_are_on_disk_after_each_action(tmp_path, samples_dir):
    path = tmp_path / "p.stegvis"
    project = Project.create(path)
    try:
        import_files(project, [samples_dir / "Informant A.docx"])
        # Another connection sees the committed document while the project is still open.
        con = sqlite3.connect(path)
        try:
            assert con.execute("SELECT name FROM documents").fetchall() == [("Informant A",)]
        finally:
            con.close()
    finally:
        project.close()


def test_foreign_keys_on_deleting_a_code_deletes_its_codings(tmp_project, samples_dir):
    report = import_files(tmp_project, [samples_dir / "Informant A.docx"])
    doc = report.imported[0]
    keep = create_code(tmp_project, "Keep")
    gone = create_code(tmp_project, "Gone")
    apply_code(tmp_project, keep.id, doc.id, 0, 5)
    apply_code(tmp_project, gone.id, doc.id, 0, 5)
    apply_code(tmp_project, gone.id, doc.id, 10, 20)
    with tmp_project.engine.begin() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        # Plain SQL, past the ORM: the database itself cascades.
        c.execute(text("DELETE FROM codes WHERE id = :id"), {"id": gone.id})
    with tmp_project.engine.connect() as c:
        rows = c.execute(text("SELECT code_id FROM codings")).scalars().all()
    assert rows == [keep.id]
    info = project_info(tmp_project)
    assert [c["code"] for c in info["codings"]] == ["Keep"]


def test_foreign_keys_refuse_a_coding_of_a_missing_code(tmp_project, samples_dir):
    doc = import_files(tmp_project, [samples_dir / "Informant A.docx"]).imported[0]
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        with tmp_project.engine.begin() as c:
            c.execute(
                text("INSERT INTO codings (guid, code_id, document_id, start, \"end\", created_at) "
                     "VALUES ('x', 999, :d, 0, 5, '2020-01-01 00:00:00')"),
                {"d": doc.id},
            )


def test_service_delete_code_removes_codings(tmp_project, samples_dir):
    doc = import_files(tmp_project, [samples_dir / "Informant A.docx"]).imported[0]
    code = create_code(tmp_project, "Gone")
    apply_code(tmp_project, code.id, doc.id, 0, 5)
    delete_code(tmp_project, code.id)
    with tmp_project.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM codings")).scalar() == 0


def test_save_copy_opens_with_the_same_content(tmp_path, samples_dir):
    path = make_project(tmp_path / "p.stegvis", samples_dir)
    with Project.open(path) as project:
        info = project_info(project, with_text=True)
        target = project.save_copy(tmp_path / "copy")  # suffix added
        assert target == tmp_path / "copy.stegvis"
        with pytest.raises(ProjectFileError, match="open project itself"):
            project.save_copy(path)
    assert not (tmp_path / "copy.stegvis.part").exists()
    with Project.open(target) as copy:
        assert project_info(copy, with_text=True) == info
        assert info["codings"]  # the comparison covered codings, not just empty lists


# --- files that are not (openable) projects -------------------------------


def test_missing_file(tmp_path):
    assert_refused(tmp_path / "nothing.stegvis", "no such file")
    assert not (tmp_path / "nothing.stegvis").exists()


def test_folder(tmp_path):
    folder = tmp_path / "folder.stegvis"
    folder.mkdir()
    assert_refused(folder, "folder")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.stegvis"
    path.write_bytes(b"")
    assert_refused(path, "empty")


def test_text_file(tmp_path):
    path = tmp_path / "notes.stegvis"
    path.write_text("Informant A: dette er ikke et prosjekt\n", encoding="utf-8")
    assert_refused(path, "not a Stegvis project")


def test_short_file_starting_like_sqlite(tmp_path):
    path = tmp_path / "short.stegvis"
    path.write_bytes(b"SQLite for")
    assert_refused(path, "not a Stegvis project")


def test_other_sqlite_database(tmp_path):
    path = tmp_path / "other.stegvis"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    con.execute("INSERT INTO meta VALUES ('format_version', '1')")
    con.commit()
    con.close()
    assert_refused(path, "SQLite database but not a Stegvis project")


def test_stegvis_id_without_tables_is_damaged(tmp_path):
    path = tmp_path / "bare.stegvis"
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("CREATE TABLE other (x)")
    con.commit()
    con.close()
    assert_refused(path, "damaged")


def test_missing_format_version_is_damaged(tmp_path):
    path = make_project(tmp_path / "p.stegvis")
    con = sqlite3.connect(path)
    con.execute("DELETE FROM meta WHERE key = 'format_version'")
    con.commit()
    con.close()
    assert_refused(path, "damaged", "format version")


def test_newer_format_version(tmp_path):
    path = make_project(tmp_path / "p.stegvis")
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = ? WHERE key = 'format_version'", (str(FORMAT_VERSION + 1),))
    con.commit()
    con.close()
    err = assert_refused(path, "newer Stegvis", str(FORMAT_VERSION + 1))
    assert "update Stegvis" in err.problem


def _page_header_offsets(path: Path) -> list[int]:
    """Byte offsets of the root pages of the project's tables and indexes."""
    con = sqlite3.connect(path)
    try:
        (page_size,) = con.execute("PRAGMA page_size").fetchone()
        roots = [r for (r,) in con.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 1")]
    finally:
        con.close()
    return [(r - 1) * page_size for r in roots]


@pytest.mark.parametrize("which", ["first", "middle", "last"])
def test_overwritten_pages_are_damaged(tmp_path, samples_dir, which):
    path = make_project(tmp_path / "p.stegvis", samples_dir)
    offsets = _page_header_offsets(path)
    offset = {"first": offsets[0], "middle": offsets[len(offsets) // 2], "last": offsets[-1]}[which]
    data = bytearray(path.read_bytes())
    data[offset : offset + 200] = b"\xa5" * 200
    path.write_bytes(bytes(data))
    assert_refused(path, "damaged", "backup")


@pytest.mark.parametrize("keep", [0.5, 0.25])
def test_truncated_project_is_damaged(tmp_path, samples_dir, keep):
    path = make_project(tmp_path / "p.stegvis", samples_dir)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    assert_refused(path, "damaged")


def test_project_cut_inside_its_header(tmp_path):
    path = make_project(tmp_path / "p.stegvis")
    path.write_bytes(path.read_bytes()[:100])
    assert_refused(path)


_CRASH = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size = 1")  # spill changes into the file before commit
con.execute("BEGIN")
con.execute("UPDATE documents SET text = text || 'UNCOMMITTED', memo = hex(randomblob(20000))")
os._exit(0)  # a crash: no commit, no rollback
"""


def test_project_interrupted_by_a_crash_opens_as_last_committed(tmp_path, samples_dir):
    path = make_project(tmp_path / "p.stegvis", samples_dir)
    with Project.open(path) as project:
        committed = project_info(project, with_text=True)
    subprocess.run([sys.executable, "-c", _CRASH, str(path)], check=True, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.is_file() and journal.stat().st_size > 0  # a hot journal was left
    with Project.open(path) as project:
        assert project_info(project, with_text=True) == committed
    assert not journal.exists()


def test_other_database_with_hot_journal_is_left_alone(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE documents (text TEXT, memo TEXT)")
    con.execute("INSERT INTO documents VALUES ('x', '')")
    con.commit()
    con.close()
    subprocess.run([sys.executable, "-c", _CRASH, str(path)], check=True, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.is_file()
    journal_before = sha256(journal)
    assert_refused(path)
    assert sha256(journal) == journal_before
