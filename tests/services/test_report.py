"""project_info: the stable shape `stegvis info --json` prints."""

import json

from workbench.services.codes import create_code
from workbench.services.coding import apply_code, code_in_vivo
from workbench.services.documents import document_text, import_files
from workbench.services.report import project_info
from workbench.storage.database import FORMAT_VERSION
from workbench.storage.models import Code, CodeGroup, Theme

TOP_KEYS = {"format_version", "documents", "codes", "groups", "themes", "codings"}
DOC_KEYS = {"name", "characters", "codings"}
CODE_KEYS = {"name", "group", "codings"}
GROUP_KEYS = {"name", "theme", "rest"}
THEME_KEYS = {"name"}
CODING_KEYS = {"code", "document", "start", "end", "text"}


def _populate(project, samples_dir):
    docs = import_files(project, [samples_dir / "Informant A.docx", samples_dir / "Informant B.docx"]).imported
    with project.transaction() as s:
        theme = Theme(name="Tema 1", number=1, position=1)
        s.add(theme)
        group = CodeGroup(name="Gruppe 1", number=1, theme=theme, position=1)
        rest = CodeGroup(name="Restgruppe", is_rest=True, position=2)
        s.add_all([group, rest])
        s.flush()
        group_id = group.id
    grouped = create_code(project, "Gruppert")
    with project.transaction() as s:
        s.get(Code, grouped.id).group_id = group_id
    loose = create_code(project, "Løs")
    create_code(project, "Ubrukt")
    apply_code(project, grouped.id, docs[1].id, 0, 8)
    apply_code(project, grouped.id, docs[0].id, 30, 40)
    apply_code(project, loose.id, docs[0].id, 10, 20)
    text_b = document_text(project, docs[1].id)
    i = text_b.index("Intervjuer:")
    code_in_vivo(project, docs[1].id, i, i + len("Intervjuer"))
    return docs


def test_empty_project_shape(tmp_project):
    info = project_info(tmp_project)
    assert info == {
        "format_version": FORMAT_VERSION, "documents": [], "codes": [], "groups": [], "themes": [], "codings": [],
    }


def test_info_shape_and_values(tmp_project, samples_dir):
    docs = _populate(tmp_project, samples_dir)
    info = project_info(tmp_project)
    assert set(info) == TOP_KEYS
    assert info["format_version"] == FORMAT_VERSION
    assert all(set(d) == DOC_KEYS for d in info["documents"])
    assert all(set(c) == CODE_KEYS for c in info["codes"])
    assert all(set(g) == GROUP_KEYS for g in info["groups"])
    assert all(set(t) == THEME_KEYS for t in info["themes"])
    assert all(set(c) == CODING_KEYS for c in info["codings"])

    assert info["documents"] == [
        {"name": "Informant A", "characters": docs[0].characters, "codings": 2},
        {"name": "Informant B", "characters": docs[1].characters, "codings": 2},
    ]
    assert info["codes"] == [
        {"name": "Gruppert", "group": "Gruppe 1", "codings": 2},
        {"name": "Løs", "group": None, "codings": 1},
        {"name": "Ubrukt", "group": None, "codings": 0},
        {"name": "Intervjuer", "group": None, "codings": 1},
    ]
    assert info["groups"] == [
        {"name": "Gruppe 1", "theme": "Tema 1", "rest": False},
        {"name": "Restgruppe", "theme": None, "rest": True},
    ]
    assert info["themes"] == [{"name": "Tema 1"}]
    # Codings in document order, then by position in the document.
    assert [(c["document"], c["start"], c["end"], c["code"]) for c in info["codings"]] == [
        ("Informant A", 10, 20, "Løs"),
        ("Informant A", 30, 40, "Gruppert"),
        ("Informant B", 0, 8, "Gruppert"),
        ("Informant B", info["codings"][3]["start"], info["codings"][3]["end"], "Intervjuer"),
    ]
    texts = {d.name: document_text(tmp_project, d.id) for d in docs}
    for c in info["codings"]:
        assert c["text"] == texts[c["document"]][c["start"] : c["end"]]
    assert info["codings"][3]["text"] == "Intervjuer"
    # Plain data: it survives a JSON round trip unchanged.
    assert json.loads(json.dumps(info, ensure_ascii=False)) == info


def test_text_only_with_text(tmp_project, samples_dir):
    docs = _populate(tmp_project, samples_dir)
    without = project_info(tmp_project)
    assert all("text" not in d for d in without["documents"])
    with_text = project_info(tmp_project, with_text=True)
    assert all(set(d) == DOC_KEYS | {"text"} for d in with_text["documents"])
    for d, summary in zip(with_text["documents"], docs):
        assert d["text"] == document_text(tmp_project, summary.id)
        assert len(d["text"]) == d["characters"]
    # Apart from the texts, the two forms agree.
    for d in with_text["documents"]:
        del d["text"]
    assert with_text == without
