"""PDF with a text layer, read with pypdf: page texts joined with "\\n".

A PDF keeps glyphs, not the text as typed: the result is only as exact as the
PDF's text layer. Known limits (pypdf reads the glyphs' Unicode maps and
ignores /ActualText): LibreOffice draws "é" as e + combining accent, and
zero-width joiners in emoji sequences as spaces, so those come out as the
glyphs say. Running headers and footers are part of each page's text.
"""

from __future__ import annotations

import logging
from pathlib import Path

from workbench.importers import ImportFileError, StyleSpan, normalise_line_ends
from workbench.importers.textdecode import MB, read_limited
from workbench.texts import translate

MAX_PDF_BYTES = 200 * MB


def read_pdf(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    import io

    import pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

    data = read_limited(path, MAX_PDF_BYTES)
    if b"%PDF-" not in data[:1024]:
        raise ImportFileError(path, translate("CoreImport", "not a PDF file (the file is damaged or of another type)"))
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged-but-readable files warn a lot
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # restrictions without an open password are fine
            except DependencyError:
                opened = None
            if not opened:
                raise ImportFileError(
                    path, translate("CoreImport", "password-protected; remove the password and import again")
                )
        pages = []
        for page in reader.pages:
            text = normalise_line_ends(page.extract_text() or "").strip("\n")
            if text.strip():
                pages.append(text)
    except ImportFileError:
        raise
    except FileNotDecryptedError:
        raise ImportFileError(
            path, translate("CoreImport", "password-protected; remove the password and import again")
        ) from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError,
            ZeroDivisionError, OverflowError):
        raise ImportFileError(path, translate("CoreImport", "the PDF is damaged and cannot be read")) from None
    if not pages:
        raise ImportFileError(
            path, translate("CoreImport", "the PDF has no text layer (a scanned image?); run text recognition first")
        )
    return "\n".join(pages), ()
