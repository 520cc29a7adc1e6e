"""Read transcripts into plain text: the canonical text every offset counts in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class ImportFileError(Exception):
    """A file cannot be imported; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


@dataclass(frozen=True, slots=True)
class ImportedText:
    name: str
    text: str
    source_name: str


def normalise_line_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_transcript(path: Path | str) -> ImportedText:
    """Read one transcript file; raises ImportFileError with a reason."""
    from workbench.importers.docx_reader import read_docx
    from workbench.importers.text_reader import read_text

    path = Path(path)
    readers = {".docx": read_docx, ".txt": read_text}
    suffix = path.suffix.lower()
    if suffix == ".doc":
        raise ImportFileError(path, "old Word format (.doc); open it in Word and save it as .docx")
    reader = readers.get(suffix)
    if reader is None:
        known = ", ".join(sorted(readers))
        raise ImportFileError(path, f"unknown file type “{path.suffix or '(none)'}”; Stegvis imports {known}")
    if not path.is_file():
        raise ImportFileError(path, "no such file")
    text = reader(path)
    if not text.strip():
        raise ImportFileError(path, "the file holds no text")
    return ImportedText(name=path.stem, text=text, source_name=path.name)
