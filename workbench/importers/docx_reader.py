"""Word .docx: each paragraph becomes one line of the plain text."""

from __future__ import annotations

import zipfile
from pathlib import Path

from workbench.importers import ImportFileError, normalise_line_ends


def read_docx(path: Path) -> str:
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    if path.stat().st_size == 0:
        raise ImportFileError(path, "the file is empty")
    if not zipfile.is_zipfile(path):
        raise ImportFileError(path, "not a Word document (the .docx file is damaged or of another type)")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ImportFileError(path, f"the Word document is damaged ({exc})") from exc
    except Exception as exc:  # lxml errors and others from a malformed package
        raise ImportFileError(path, f"the Word document cannot be read ({exc.__class__.__name__})") from exc
    lines = [normalise_line_ends(p.text) for p in document.paragraphs]
    return "\n".join(lines).strip("\n")
