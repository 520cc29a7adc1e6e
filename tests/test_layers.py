"""Only workbench/ui may import Qt: the core runs headless (CLI, tests, scripts)."""

import ast
from pathlib import Path

WORKBENCH = Path(__file__).resolve().parent.parent / "workbench"
QT_PACKAGES = {"PySide6", "shiboken6"}


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", None)) in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        else:
            continue
        found += [f"{path}:{node.lineno}: {n}" for n in names if n.split(".")[0] in QT_PACKAGES]
    return found


def core_modules() -> list[Path]:
    ui = WORKBENCH / "ui"
    return sorted(p for p in WORKBENCH.rglob("*.py") if ui not in p.parents)


def test_core_does_not_import_qt():
    modules = core_modules()
    assert len(modules) >= 20  # the scan really covers the core
    offenders = [hit for path in modules for hit in qt_imports(path)]
    assert offenders == []


def test_scan_detects_qt_imports(tmp_path):
    sample = tmp_path / "m.py"
    sample.write_text(
        "import os\nfrom PySide6.QtCore import Qt\nimport shiboken6\n"
        "import importlib\nimportlib.import_module('PySide6.QtWidgets')\n"
        "from . import PySide6\n",  # a relative import is not Qt
        encoding="utf-8",
    )
    assert qt_imports(sample) == [f"{sample}:2: PySide6.QtCore", f"{sample}:3: shiboken6", f"{sample}:5: PySide6.QtWidgets"]
