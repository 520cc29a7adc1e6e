"""The `stegvis` command's scripting forms: new, import, info; errors and exit codes."""

import json

import pytest

from workbench import __version__
from workbench.cli import main
from workbench.storage.database import FORMAT_VERSION


def one_error_line(err: str, *words: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert err.endswith("\n")
    line = lines[0]
    assert line.startswith("stegvis: ")
    for word in words:
        assert word in line, line
    return line


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"stegvis {__version__}"


def test_new_import_info_json(tmp_path, samples_dir, capsys):
    project = tmp_path / "studie.stegvis"
    assert main(["new", str(project)]) == 0
    out = capsys.readouterr()
    assert project.is_file()
    assert str(project) in out.out and out.err == ""

    files = [str(samples_dir / "Informant A.docx"), str(samples_dir / "Informant C.docx")]
    assert main(["import", str(project), *files]) == 0
    out = capsys.readouterr()
    assert out.err == ""
    assert out.out.splitlines()[0].startswith("Imported Informant A (")
    assert out.out.splitlines()[1].startswith("Imported Informant C (")

    assert main(["info", str(project), "--json"]) == 0
    out = capsys.readouterr()
    info = json.loads(out.out)
    assert out.err == ""
    assert info["format_version"] == FORMAT_VERSION
    assert [d["name"] for d in info["documents"]] == ["Informant A", "Informant C"]
    assert all("text" not in d for d in info["documents"])
    assert info["codes"] == info["codings"] == info["groups"] == info["themes"] == []

    assert main(["info", str(project), "--json", "--text"]) == 0
    with_text = json.loads(capsys.readouterr().out)
    texts = [d["text"] for d in with_text["documents"]]
    assert [len(t) for t in texts] == [d["characters"] for d in info["documents"]]
    assert "Informant C: " in texts[1]
    assert "Ansatte må få hjelp til å ta de første skrittene" in texts[1]  # non-ASCII intact


def test_info_plain_text(tmp_path, samples_dir, capsys):
    project = tmp_path / "studie.stegvis"
    main(["new", str(project)])
    main(["import", str(project), str(samples_dir / "Informant B.docx")])
    capsys.readouterr()
    assert main(["info", str(project)]) == 0
    out = capsys.readouterr().out
    assert f"(format {FORMAT_VERSION})" in out
    assert "1 document, 0 codes, 0 codings, 0 groups, 0 themes" in out
    assert "Informant B:" in out


def test_new_adds_the_suffix(tmp_path, capsys):
    assert main(["new", str(tmp_path / "studie")]) == 0
    assert (tmp_path / "studie.stegvis").is_file()
    assert not (tmp_path / "studie").exists()


def test_new_refuses_existing_project(tmp_path, capsys):
    project = tmp_path / "studie.stegvis"
    main(["new", str(project)])
    before = project.read_bytes()
    capsys.readouterr()
    assert main(["new", str(project)]) == 1
    out = capsys.readouterr()
    one_error_line(out.err, str(project), "already exists")
    assert out.out == ""
    assert project.read_bytes() == before


def test_new_in_missing_folder(tmp_path, capsys):
    assert main(["new", str(tmp_path / "nope" / "studie.stegvis")]) == 1
    one_error_line(capsys.readouterr().err, "studie.stegvis", "folder does not exist")


@pytest.mark.parametrize("command", [["info"], ["info", "--json"], ["import"]])
def test_info_missing_file(tmp_path, capsys, command):
    missing = tmp_path / "missing.stegvis"
    args = [command[0], str(missing), *command[1:]]
    if command[0] == "import":
        args.append(str(tmp_path / "a.txt"))
    assert main(args) == 1
    out = capsys.readouterr()
    assert one_error_line(out.err) == f"stegvis: {missing}: no such file"
    assert out.out == ""
    assert not missing.exists()


def test_info_on_a_text_file(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("hei\n", encoding="utf-8")
    assert main(["info", str(notes), "--json"]) == 1
    out = capsys.readouterr()
    one_error_line(out.err, str(notes), "not a Stegvis project")
    assert out.out == ""
    assert notes.read_text(encoding="utf-8") == "hei\n"


def test_import_one_good_one_bad(tmp_path, samples_dir, capsys):
    project = tmp_path / "studie.stegvis"
    main(["new", str(project)])
    bad = tmp_path / "gammel.doc"
    bad.write_bytes(b"\xd0\xcf\x11\xe0")
    capsys.readouterr()
    assert main(["import", str(project), str(bad), str(samples_dir / "Informant D.docx")]) == 1
    out = capsys.readouterr()
    one_error_line(out.err, str(bad), ".doc")
    assert out.out.startswith("Imported Informant D (")
    main(["info", str(project), "--json"])
    info = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in info["documents"]] == ["Informant D"]


@pytest.mark.parametrize(
    "argv",
    [["info"], ["import"], ["import", "p.stegvis"], ["new"], ["info", "p.stegvis", "--bogus"], ["--bogus"]],
)
def test_usage_errors_exit_2(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "usage: stegvis" in err
    assert list(tmp_path.iterdir()) == []


def test_project_and_demo_together_is_a_usage_error(capsys, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        main([str(tmp_path / "p.stegvis"), "--demo"])
    assert exit_.value.code == 2
    assert "not both" in capsys.readouterr().err
