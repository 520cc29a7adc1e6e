"""Mutated REFI-QDA files: import_qdc and new_project_from_qdpx give a report
or a RefiError (one line), within 2 s, and nothing else. A codebook that is
refused changes nothing in the project; a project that is refused leaves no
file at the target (nor a temporary file beside it), and nothing is written
anywhere but the target.

Seeds: a .qdc and a .qdpx exported by Stegvis from a tiny project made with
the services, and ATLAS.ti's small .qdpx from tests/interop/data.
"""

import re
from pathlib import Path

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from sqlalchemy import func, select
from test_fuzz_common import (
    apply_bytes,
    apply_xml,
    byte_ops,
    fuzz_settings,
    member,
    member_op,
    refi_seeds,
    rezip,
    xml_ops,
    zip_members,
)

from workbench.interop import RefiError, RefiReport, import_qdc, new_project_from_qdpx
from workbench.services.project import Project
from workbench.storage.models import Code, CodeGroup, Coding, Concept, Document, Theme

ATLAS = (Path(__file__).parent.parent / "interop" / "data" / "atlasti-23.qdpx").read_bytes()


def qdpx_seeds() -> list[list[tuple[str, bytes, int]]]:
    return [zip_members(refi_seeds()["qdpx"]), zip_members(ATLAS)]


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-refi")


@pytest.fixture(scope="module")
def qdpx_work(tmp_path_factory):
    """A folder of its own: after every example it holds the file and ut/ only."""
    return tmp_path_factory.mktemp("fuzz-qdpx")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    project = Project.create(tmp_path_factory.mktemp("fuzz-refi-project") / "mål.stegvis")
    yield project
    project.close()


def fingerprint(project: Project) -> tuple:
    with project.reading() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))
                     for model in (Code, CodeGroup, Theme, Concept, Document, Coding))


def one_line(exc: RefiError, path: Path) -> None:
    message = str(exc)
    assert message.startswith(f"{path.name}: ") and "\n" not in message and len(message) < 400, message
    assert "Traceback" not in message


def check_qdc(project: Project, path: Path) -> None:
    before = fingerprint(project)
    try:
        report = import_qdc(project, path)
    except RefiError as exc:
        event("refused")
        one_line(exc, path)
        assert fingerprint(project) == before  # refused: nothing changed
    else:
        event("imported")
        assert isinstance(report, RefiReport) and report.codebook
        assert all(isinstance(line, str) for line in report.lines)


def check_qdpx(work: Path, data: bytes) -> None:
    source = work / "mutert.qdpx"
    source.write_bytes(data)
    out = work / "ut"
    out.mkdir(exist_ok=True)
    target = out / "ny.stegvis"
    try:
        created, report = new_project_from_qdpx(source, target)
    except RefiError as exc:
        event("refused")
        one_line(exc, source)
        assert sorted(p.name for p in out.iterdir()) == []  # no project, no temporary file, no journal
    else:
        event("imported")
        try:
            assert isinstance(report, RefiReport) and created.path == target
            assert all(isinstance(line, str) for line in report.lines)
            fingerprint(created)  # the new project reads
        finally:
            created.close()
        for made in out.iterdir():
            made.unlink()
    assert sorted(p.name for p in work.iterdir()) == ["mutert.qdpx", "ut"]  # nothing written elsewhere


def test_the_seeds_import(work, project):
    seeds = refi_seeds()
    (work / "seed.qdc").write_bytes(seeds["qdc"])
    report = import_qdc(project, work / "seed.qdc")
    assert report.codes == 5 and report.themes == 1
    for i, members in enumerate(qdpx_seeds()):
        (work / f"seed{i}.qdpx").write_bytes(rezip(members))
        created, report = new_project_from_qdpx(work / f"seed{i}.qdpx", work / f"seed{i}.stegvis")
        created.close()
        assert report.codes >= 1
    for made in work.iterdir():
        made.unlink()


# --- .qdc -------------------------------------------------------------------------------------

@fuzz_settings(80)
@given(ops=byte_ops)
def test_qdc_mutated_bytes(work, project, ops):
    path = work / "mutert.qdc"
    path.write_bytes(apply_bytes(refi_seeds()["qdc"], ops))
    check_qdc(project, path)


@fuzz_settings(100)
@given(tree_ops=xml_ops, bytes_ops=st.one_of(st.just([]), st.just([]), byte_ops))
def test_qdc_mutated_tree(work, project, tree_ops, bytes_ops):
    """Well-formed codebooks with elements moved, dropped, renamed and
    attributes set to hostile values: the import logic, not the parser."""
    path = work / "tre.qdc"
    path.write_bytes(apply_bytes(apply_xml(refi_seeds()["qdc"], tree_ops), bytes_ops))
    check_qdc(project, path)


# --- .qdpx ------------------------------------------------------------------------------------

@pytest.mark.filterwarnings("ignore:Duplicate name")
@fuzz_settings(60)
@given(seed=st.sampled_from([0, 1]), ops=byte_ops)
def test_qdpx_mutated_bytes(qdpx_work, seed, ops):
    """The zip damaged: headers, central directory, compressed data."""
    check_qdpx(qdpx_work, apply_bytes(rezip(qdpx_seeds()[seed]), ops))


@pytest.mark.filterwarnings("ignore:Duplicate name")
@fuzz_settings(100)
@given(seed=st.sampled_from([0, 1]), tree_ops=xml_ops, qde_bytes=st.one_of(st.just([]), st.just([]), byte_ops),
       source_ops=st.one_of(st.just([]), byte_ops), zip_ops=st.lists(member_op, max_size=2))
def test_qdpx_mutated_members(qdpx_work, seed, tree_ops, qde_bytes, source_ops, zip_ops):
    """project.qde re-zipped after its tree and then its bytes were changed, a
    source text's bytes changed, and sometimes members dropped, renamed, added."""
    members = qdpx_seeds()[seed]
    qde = next(n for n, _, _ in members if n.endswith(".qde"))
    texts = [n for n, _, _ in members if n.lower().endswith(".txt")]
    replace = {qde: apply_bytes(apply_xml(member(members, qde), tree_ops), qde_bytes)}
    if texts and source_ops:
        name = texts[len(source_ops) % len(texts)]
        replace[name] = apply_bytes(member(members, name), source_ops)
    check_qdpx(qdpx_work, rezip(members, zip_ops, replace=replace))


# --- found by these tests ---------------------------------------------------------------------

HUGE = "99999999999999999999"  # past SQLite's 64-bit INTEGER


def _qdpx_with(qde_edit) -> bytes:
    members = zip_members(refi_seeds()["qdpx"])
    qde = member(members, "project.qde").decode()
    return rezip(members, replace={"project.qde": qde_edit(qde).encode()})


def test_a_huge_group_or_theme_number_is_dropped(tmp_path, tmp_project):
    """Was an OverflowError out of the import (SQLite's INTEGER); fixed in
    refi_common.split_marker: a number of more than 9 digits is no number."""
    from workbench.services.code_system import code_system

    def edit(text: str) -> str:
        return text.replace("[Stegvis: group 2]", f"[Stegvis: group {HUGE}]").replace(
            "[Stegvis: theme 1]", f"[Stegvis: theme {HUGE}]")

    qdc = tmp_path / "stor.qdc"
    qdc.write_text(edit(refi_seeds()["qdc"].decode()), encoding="utf-8")
    import_qdc(tmp_project, qdc)
    system = code_system(tmp_project)
    assert [(t.name, t.number) for t in system.themes] == [("Hverdag", None)]
    (tmp_path / "stor.qdpx").write_bytes(_qdpx_with(edit))
    project, _ = new_project_from_qdpx(tmp_path / "stor.qdpx", tmp_path / "stor.stegvis")
    with project:
        assert [(t.name, t.number) for t in code_system(project).themes] == [("Hverdag", None)]


def test_a_huge_position_is_ignored(tmp_path):
    """Was an OverflowError out of the import; fixed in refi_import._facts_int."""
    def edit(text: str) -> str:
        changed = re.sub(r'"position":\d+', f'"position":{HUGE}', text)
        assert changed.count(HUGE) >= 10
        return changed

    (tmp_path / "pos.qdpx").write_bytes(_qdpx_with(edit))
    project, report = new_project_from_qdpx(tmp_path / "pos.qdpx", tmp_path / "pos.stegvis")
    project.close()
    assert report.documents == 2 and report.codes == 5


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_time_at_the_ends_of_the_calendar(tmp_path, when):
    def edit(text: str) -> str:
        assert 'creationDateTime="2024-05-17T12:00:00Z"' in text
        return text.replace('creationDateTime="2024-05-17T12:00:00Z"', f'creationDateTime="{when}"')

    (tmp_path / "tid.qdpx").write_bytes(_qdpx_with(edit))
    out = tmp_path / "ut"
    out.mkdir()
    try:
        project, _ = new_project_from_qdpx(tmp_path / "tid.qdpx", out / "tid.stegvis")
        project.close()
    except RefiError:
        assert list(out.iterdir()) == []
