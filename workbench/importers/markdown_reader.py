"""Markdown .md transcripts, kept as the plain text the student wrote.

Nothing is rendered: '#', '*' and the rest stay in the text. Only the style
spans follow the markup: an ATX heading line ("# Intervju") is a heading,
"**ord**" and "__ord__" are bold (the words, not the asterisks). Lines in
fenced code blocks are left plain.
"""

from __future__ import annotations

import re
from pathlib import Path

from workbench.importers import StyleSpan
from workbench.importers.builder import merge_spans
from workbench.importers.textdecode import decode_text, read_limited

_HEADING = re.compile(r" {0,3}#{1,6}(?:[ \t]|$)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_BOLD = re.compile(
    r"(?<!\*)\*\*(?=[^\s*])(.+?)(?<=[^\s*])\*\*(?!\*)"  # **bold**
    r"|(?<![\w_])__(?=[^\s_])(.+?)(?<=[^\s_])__(?![\w_])"  # __bold__
)


def read_markdown(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    text = decode_text(path, read_limited(path))
    return text, markdown_styles(text)


def markdown_styles(text: str) -> tuple[StyleSpan, ...]:
    spans = []
    fence: str | None = None
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            continue
        if _HEADING.match(line):
            spans.append((start, start + len(line.rstrip()), "heading"))
        for match in _BOLD.finditer(line):
            group = 1 if match.group(1) is not None else 2
            spans.append((start + match.start(group), start + match.end(group), "bold"))
    return merge_spans(spans, text)
