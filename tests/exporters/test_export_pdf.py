"""The appendix export opens in another word processor: LibreOffice converts
it to PDF (skipped where LibreOffice is not installed)."""

import re
import shutil
import subprocess

import pytest

from workbench.exporters import export_codebook
from workbench.services.demo import build_demo

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    project = build_demo(tmp_path_factory.mktemp("demo") / "demo.stegvis")
    yield project
    project.close()


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_appendix_converts_to_pdf(demo, tmp_path):
    source = export_codebook(demo, tmp_path / "kodebok.docx", quotes=1, counts=True)
    profile = tmp_path / "lo-profile"  # a profile of its own: never clashes with a running LibreOffice
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=False, capture_output=True, text=True, timeout=180,
    )
    pdf = tmp_path / "kodebok.pdf"
    assert pdf.exists(), result.stderr
    assert pdf.stat().st_size > 10_000
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
        assert pages >= 3  # 240 codes do not fit on fewer
        assert "A4" in info
