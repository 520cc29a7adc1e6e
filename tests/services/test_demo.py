"""The demo project built from resources/demo."""

import pytest

from workbench.services.demo import build_demo, phrase_spans
from workbench.services.documents import list_documents
from workbench.services.report import project_info


@pytest.fixture(scope="module")
def demo_info(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.stegvis"
    with build_demo(path) as project:
        info = project_info(project)
        documents = list_documents(project)
    return info, documents


def test_documents(demo_info):
    info, documents = demo_info
    assert [d["name"] for d in info["documents"]] == [f"Informant {c}" for c in "ABCDEF"]
    assert all(d.characters > 1000 for d in documents)
    assert sum(d["codings"] for d in info["documents"]) == len(info["codings"])


def test_codes_groups_themes(demo_info):
    info, _ = demo_info
    assert len(info["codes"]) == 240
    assert len({c["name"].casefold() for c in info["codes"]}) == 240
    assert len(info["groups"]) == 19
    rest = [g for g in info["groups"] if g["rest"]]
    assert len(rest) == 1 and rest[0]["theme"] is None
    assert all(g["theme"] is not None for g in info["groups"] if not g["rest"])
    assert len(info["themes"]) == 4
    themes = {t["name"] for t in info["themes"]}
    assert {g["theme"] for g in info["groups"] if not g["rest"]} == themes
    groups = {g["name"] for g in info["groups"]}
    assert all(c["group"] in groups for c in info["codes"])


def test_codes_are_coded(demo_info):
    info, _ = demo_info
    assert sum(1 for c in info["codes"] if c["codings"] > 0) >= 239
    assert sum(c["codings"] for c in info["codes"]) == len(info["codings"])


def test_every_coding_is_its_code_phrase(demo_info):
    info, _ = demo_info
    assert info["codings"]
    for c in info["codings"]:
        assert c["text"].casefold() == c["code"].casefold(), c


def test_phrase_spans_ignore_case():
    text = "Vi må. vi MÅ ikke. Vimå"
    assert phrase_spans(text, "vi må") == [(0, 5), (7, 12)]
    assert phrase_spans(text, "(x)") == []
