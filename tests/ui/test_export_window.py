"""File -> Export in the window: in the background, with a message on failure."""

from __future__ import annotations

from docx import Document


def test_export_codebook_in_the_background(window, qtbot, tmp_path):
    window.open_demo()
    target = tmp_path / "vedlegg.docx"
    with qtbot.waitSignal(window.export_finished, timeout=30000) as blocker:
        window.export("codebook", target, {"lang": "nb", "quotes": 1})
    assert blocker.args == [target]
    text = "\n".join(c.text for t in Document(str(target)).tables for r in t.rows for c in r.cells)
    assert "Tema 1 Lav digital modenhet og teknologifrykt" in text
    assert window.problems == []


def test_export_to_a_missing_folder_says_so_and_writes_nothing(window, qtbot, tmp_path):
    window.open_demo()
    target = tmp_path / "mangler" / "sitater.docx"
    with qtbot.waitSignal(window.export_finished, timeout=30000) as blocker:
        window.export("quotes", target, {"lang": "nb"})
    assert blocker.args == [None]
    assert len(window.problems) == 1 and "mangler" in window.problems[0]
    assert not target.parent.exists()
