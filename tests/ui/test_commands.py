"""Every undoable action: do -> undo gives the state before -> redo gives the state after."""

from __future__ import annotations

import pytest

from workbench.services import coding as coding_service
from workbench.services import documents as document_service
from workbench.services.project import Project
from workbench.services.report import project_info
from workbench.ui import commands as cmd
from workbench.ui.controller import ProjectController

PHRASE = "Ansatte må få hjelp til å ta de første skrittene ved innføring av ny løsning"


@pytest.fixture
def controller(qtbot, tmp_path, sample_files):
    c = ProjectController()
    project = Project.create(tmp_path / "p.stegvis")
    document_service.import_files(project, sample_files[2:4])  # Informant C and D
    c.set_project(project)
    yield c
    c.set_project(None)


def _doc(controller, name="Informant C"):
    doc = next(d for d in document_service.list_documents(controller.project) if d.name == name)
    text = document_service.document_text(controller.project, doc.id)
    return doc.id, text


def _invivo(controller, phrase=PHRASE):
    doc_id, text = _doc(controller)
    start = text.index(phrase)
    command = cmd.CodeInVivoCommand(controller, doc_id, start, start + len(phrase))
    assert controller.execute(command)
    return command


def round_trip(controller, make_command):
    before = project_info(controller.project)
    assert controller.execute(make_command())
    after = project_info(controller.project)
    assert after != before
    stack = controller.undo_stack
    stack.undo()
    assert project_info(controller.project) == before
    stack.redo()
    assert project_info(controller.project) == after
    stack.undo()
    stack.redo()
    assert project_info(controller.project) == after
    return after


def test_code_in_vivo(controller):
    doc_id, text = _doc(controller)
    start = text.index(PHRASE)
    after = round_trip(controller, lambda: cmd.CodeInVivoCommand(controller, doc_id, start, start + len(PHRASE)))
    assert [c["name"] for c in after["codes"]] == [PHRASE]


def test_in_vivo_with_an_existing_name_reuses_the_code(controller):
    _invivo(controller)
    doc_id, text = _doc(controller)
    start = text.index(PHRASE)
    # The same words again, selected with surrounding spaces: the same code.
    after = round_trip(controller, lambda: cmd.CodeInVivoCommand(controller, doc_id, start - 1, start + len(PHRASE)))
    assert len(after["codes"]) == 1 and after["codes"][0]["codings"] == 2


def test_apply_existing_code(controller):
    code_id = _invivo(controller).code_id
    doc_id, text = _doc(controller, "Informant D")
    after = round_trip(controller, lambda: cmd.ApplyCodeCommand(controller, code_id, "x", doc_id, 10, 40))
    assert after["codes"][0]["codings"] == 2


def test_remove_coding(controller):
    command = _invivo(controller)
    round_trip(controller, lambda: cmd.RemoveCodingCommand(controller, command.coding.id, "x"))


def test_rename_code(controller):
    code_id = _invivo(controller).code_id
    controller.undo_stack.clear()  # so the rename is not merged into the in-vivo step
    after = round_trip(controller, lambda: cmd.RenameCodeCommand(controller, code_id, "Hjelp med første skritt"))
    assert after["codes"][0]["name"] == "Hjelp med første skritt"


def test_rename_right_after_in_vivo_is_one_undo_step(controller):
    command = _invivo(controller)
    assert controller.execute(cmd.RenameCodeCommand(controller, command.code_id, "Første skritt"))
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert project_info(controller.project)["codes"] == []
    controller.undo_stack.redo()
    assert [c["name"] for c in project_info(controller.project)["codes"]] == ["Første skritt"]


def test_delete_code_and_restore_its_passages(controller):
    code_id = _invivo(controller).code_id
    after = round_trip(controller, lambda: cmd.DeleteCodeCommand(controller, code_id, "x"))
    assert after["codes"] == [] and after["codings"] == []


def test_new_code(controller):
    after = round_trip(controller, lambda: cmd.NewCodeCommand(controller, "Teknologifrykt"))
    assert [c["name"] for c in after["codes"]] == ["Teknologifrykt"]


def test_import_and_remove_documents(controller, sample_files):
    after = round_trip(controller, lambda: cmd.ImportDocumentsCommand(controller, [sample_files[0]]))
    assert "Informant A" in [d["name"] for d in after["documents"]]
    _invivo(controller)
    doc_id, _ = _doc(controller)
    after = round_trip(controller, lambda: cmd.RemoveDocumentCommand(controller, doc_id, "Informant C"))
    assert "Informant C" not in [d["name"] for d in after["documents"]]


def test_a_refused_action_never_reaches_the_undo_stack(controller, qtbot):
    code_id = _invivo(controller).code_id
    other = cmd.NewCodeCommand(controller, "Annen kode")
    assert controller.execute(other)
    count = controller.undo_stack.count()
    with qtbot.waitSignal(controller.failed) as blocker:
        assert not controller.execute(cmd.RenameCodeCommand(controller, other.code_id, PHRASE.upper()))
    assert "already exists" in blocker.args[0]
    assert controller.undo_stack.count() == count
    assert code_id != other.code_id


def test_coding_the_same_passage_twice_adds_no_undo_step(controller):
    command = _invivo(controller)
    doc_id, _ = _doc(controller)
    count = controller.undo_stack.count()
    again = cmd.ApplyCodeCommand(controller, command.code_id, "x", doc_id, command.coding.start, command.coding.end)
    assert controller.execute(again)
    assert again.coding is None
    assert controller.undo_stack.count() == count
    assert len(coding_service.codings_in_document(controller.project, doc_id)) == 1
