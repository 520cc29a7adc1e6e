"""Transcription-tool output: WebVTT (.vtt) and SubRip (.srt).

Each cue becomes one line "HH:MM:SS Speaker: text", or "HH:MM:SS text" when
the cue names no speaker, so the time and the speaker stay in the text and can
be coded and searched. A cue's text lines are joined with a space. Cue numbers
and identifiers, the WEBVTT header, NOTE/STYLE/REGION blocks and inline tags
(<i>, <b>, <c.x>, <font>, timestamps) are dropped. Speaker labels are marked
bold, like the bold speaker labels of a Word transcript.

SubRip is parsed with the ``srt`` library (lenient, keeps cue text as written;
only its tags are removed here). WebVTT is parsed here rather than with
webvtt-py (0.6), which (a) leaves character references such as "&amp;" and
"&nbsp;" undecoded in ``caption.text`` and (b) gives a cue with two voices
("<v A>Ja</v> <v B>Nei</v>") only the first speaker, putting B's words in A's
mouth; the WebVTT block structure itself is simple to read exactly.
"""

from __future__ import annotations

import html
import re
from datetime import timedelta
from pathlib import Path

from workbench.importers import ImportFileError, StyleSpan
from workbench.importers.builder import TextBuilder
from workbench.importers.textdecode import decode_text, read_limited
from workbench.texts import fill, translate

_VTT_TIME = re.compile(r"(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})")
_VTT_TIMING = re.compile(rf"^\s*({_VTT_TIME.pattern})\s*-->\s*({_VTT_TIME.pattern})")
_VTT_TAG = re.compile(r"<([^>]*)>")
_VOICE = re.compile(r"^v(?:\.[^\s]*)?[ \t]+(.*)$", re.S)
_SRT_TAG = re.compile(r"</?(?:i|b|u|s|font)(?:\s[^>]*)?>|\{\\[^}]*\}", re.I)
#: "Intervjuer: ..." at the start of a cue, for the bold label.
_LABEL = re.compile(r"^([^\W\d][\w .'’()-]{0,40}?):(?=\s)")


def _subtitle_text(path: Path) -> str:
    text = decode_text(path, read_limited(path))
    if not text.strip():
        raise ImportFileError(path, translate("CoreImport", "the file holds no text"))
    return text


def _stamp(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def _add_line(out: TextBuilder, stamp: str, speaker: str | None, text: str) -> None:
    if out:
        out.add("\n")
    out.add(stamp + " ")
    if speaker:
        out.add(speaker + ":", "bold")
        out.add(" " + text)
        return
    label = _LABEL.match(text)
    if label:
        out.add(label.group(0), "bold")
        text = text[label.end():]
    out.add(text)


# -- WebVTT ------------------------------------------------------------------

def read_vtt(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    lines = _subtitle_text(path).split("\n")
    out = TextBuilder()
    cues: list[list] = []  # [seconds, [text lines]]
    i = 0
    if lines and lines[0].lstrip("\ufeff").startswith("WEBVTT"):
        while i < len(lines) and lines[i].strip():  # the header block
            i += 1
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        block_start = i
        while i < len(lines) and lines[i].strip():
            i += 1
        block = lines[block_start:i]
        first = block[0].strip()
        if re.match(r"^(NOTE|STYLE|REGION)(\s|$)", first):
            continue
        timing_at = 0 if "-->" in block[0] else 1 if len(block) > 1 and "-->" in block[1] else None
        if timing_at is None:
            # Not a cue: text after a blank line inside a cue. WebVTT readers
            # ignore it; a transcript must not lose words, so it continues the
            # cue before it.
            if cues:
                cues[-1][1].extend(block)
            continue
        timing = _VTT_TIMING.match(block[timing_at])
        if not timing:
            line_number = block_start + timing_at + 1
            raise ImportFileError(
                path,
                fill(translate("CoreImport", "not a valid WebVTT file: the cue time on line %1 cannot be read"),
                     line_number),
            )
        hours, minutes, seconds = (int(timing.group(n) or 0) for n in (2, 3, 4))
        cues.append([hours * 3600 + minutes * 60 + seconds, block[timing_at + 1:]])
    if not cues:
        raise ImportFileError(
            path,
            translate("CoreImport", "not a WebVTT file with captions (no cue times “00:00:00.000 --> …” found)"),
        )
    for seconds, text_lines in cues:
        stamp = _stamp(seconds)
        for speaker, words in _vtt_segments(" ".join(line.strip() for line in text_lines)):
            _add_line(out, stamp, speaker, words)
    return out.finish()


def _vtt_segments(cue_text: str) -> list[tuple[str | None, str]]:
    """Cue text to (speaker, words) pieces: a new voice starts a new piece."""
    segments: list[tuple[str | None, list[str]]] = [(None, [])]
    position = 0
    for tag in _VTT_TAG.finditer(cue_text):
        segments[-1][1].append(cue_text[position:tag.start()])
        position = tag.end()
        voice = _VOICE.match(tag.group(1))
        if voice:
            speaker = html.unescape(voice.group(1)).strip() or None
            if "".join(segments[-1][1]).strip() or segments[-1][0] is not None:
                segments.append((speaker, []))
            else:
                segments[-1] = (speaker, segments[-1][1])
        elif tag.group(1).strip() == "/v" and "".join(segments[-1][1]).strip():
            segments.append((None, []))
    segments[-1][1].append(cue_text[position:])
    result = []
    for speaker, parts in segments:
        words = html.unescape("".join(parts)).strip()
        if words:
            result.append((speaker, words))
    return result


# -- SubRip ------------------------------------------------------------------

def read_srt(path: Path) -> tuple[str, tuple[StyleSpan, ...]]:
    import srt

    text = _subtitle_text(path)
    out = TextBuilder()
    try:
        subtitles = list(srt.parse(text))
    except srt.SRTParseError as exc:
        line_number = text.count("\n", 0, exc.expected_start) + 1
        raise ImportFileError(
            path,
            fill(translate("CoreImport", "not a valid SubRip (.srt) file: unexpected text on line %1"), line_number),
        ) from None
    except (ValueError, TypeError):
        raise ImportFileError(
            path, translate("CoreImport", "not a valid SubRip (.srt) file: a cue time cannot be read")
        ) from None
    if not subtitles:
        raise ImportFileError(
            path,
            translate("CoreImport", "not a SubRip file with subtitles (no cue times “00:00:00,000 --> …” found)"),
        )
    for subtitle in subtitles:
        words = " ".join(line.strip() for line in _SRT_TAG.sub("", subtitle.content).split("\n") if line.strip())
        if words:
            start: timedelta = subtitle.start
            _add_line(out, _stamp(start // timedelta(seconds=1)), None, words)
    return out.finish()
