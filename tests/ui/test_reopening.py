"""Coming back to a project weeks later: the start page, where you were, and
automatic backups."""

from __future__ import annotations

from workbench.storage.database import write_backup
from workbench.ui.code_tree_model import GROUP
from workbench.ui.settings import BACKUPS_KEPT, backup_folder


def test_reopening_returns_to_document_selection_and_tree(window, qtbot):
    from workbench.ui.main_window import MainWindow

    window.open_demo()
    path = window.project.path
    docs = window.documents_panel.model.records
    window.documents_panel.select_document(docs[3].id)
    window.document_view.select_span(100, 140)
    group = window.system.groups[2]
    window.codes_panel.collapse_all()
    window.codes_panel.select_item(GROUP, group.id)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(path)
    assert again.document_view.document_id == docs[3].id
    assert again.document_view.selection_span() == (100, 140)
    assert again.codes_panel.current_item() == (GROUP, group.id)
    expanded = again.codes_panel._expanded_keys()
    assert (GROUP, window.system.groups[0].id) not in expanded
    again.close()


def test_start_page_lists_recent_projects_with_counts_and_marks_missing(window, qtbot, tmp_path):
    window.open_demo()
    gone = tmp_path / "borte.stegvis"
    window.new_project(gone)
    window.close_project()
    gone.unlink()
    window.show_project_state()
    items = [window.welcome.recent.item(i) for i in range(window.welcome.recent.count())]
    texts = [i.text() for i in items]
    assert texts[0].startswith("borte.stegvis") and texts[0].endswith("(missing)")
    assert "6 documents, 240 codes" in texts[1]


def test_a_backup_on_every_open_and_only_the_last_few_kept(window, tmp_path):
    window.open_demo()
    path = window.project.path
    folder = backup_folder(path)
    assert len(list(folder.glob("*.stegvis"))) == 1
    for i in range(BACKUPS_KEPT + 2):
        write_backup(path, folder, keep=BACKUPS_KEPT, stamp=f"2026-01-0{i + 1} 120000")
    copies = list(folder.glob("*.stegvis"))
    assert len(copies) == BACKUPS_KEPT
    from workbench.services.project import Project
    from workbench.services.report import project_info

    with Project.open(copies[0]) as copy:
        assert len(project_info(copy)["codes"]) == 240


def test_a_project_keeps_its_settings_and_backups_names_across_versions(tmp_path):
    """A project's remembered place and its backup folder are named by the SHA-1
    of its full path, as earlier versions named them: nothing a student saved is
    lost on updating."""
    import hashlib

    from workbench.ui.settings import _project_key

    path = tmp_path / "Masteroppgåve 🙂" / "intervjuer.stegvis"
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()
    assert _project_key(path) == "project/" + digest[:16]
    assert backup_folder(path).name == f"intervjuer-{digest[:8]}"
