"""The six demo transcripts read as they did before the importers grew, now
with their bold speaker labels and heading as style spans."""

import json
import re
from pathlib import Path

import pytest

from workbench.importers import read_transcript

# The texts read_transcript gave before this change (paragraphs only).
EXPECTED = json.loads((Path(__file__).parent / "data" / "demo_texts.json").read_text(encoding="utf-8"))


def test_all_six_are_covered(samples_dir):
    assert sorted(p.name for p in samples_dir.glob("*.docx")) == sorted(EXPECTED) and len(EXPECTED) == 6


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_demo_transcript_text_unchanged_and_labels_bold(samples_dir, name):
    result = read_transcript(samples_dir / name)
    assert result.text == EXPECTED[name]
    bold = {(s.start, s.end) for s in result.styles if s.kind == "bold"}
    labels = [m.span(1) for m in re.finditer(r"^((?:Intervjuer|Informant [A-F]): )", result.text, re.M)]
    assert len(labels) > 10
    assert set(labels) <= bold  # every speaker label, exactly
    headings = [result.text[s.start:s.end] for s in result.styles if s.kind == "heading"]
    assert headings == [f"Intervju – {Path(name).stem}"]
