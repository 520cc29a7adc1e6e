"""Mutated transcripts: whatever bytes a .txt, .md, .rtf, .srt, .vtt, .pdf,
.docx or .odt holds, read_transcript gives text or an ImportFileError with one
plain sentence, within 2 s, and no other exception.

read_transcript turns an unforeseen exception of a reader into "the file could
not be read; it may be damaged" and logs it. That is allowed here (it is the
app's own error), but with STEGVIS_FUZZ_STRICT=1 it fails the test, to find
where a reader could say more precisely what is wrong. Known ones: python-docx
raising AttributeError on a package part with the wrong root element, and
docx_reader on a word/document.xml without <w:body>.
"""

import logging
import os
import re

import pytest
from hypothesis import event, given
from hypothesis import strategies as st
from test_fuzz_common import (
    apply_bytes,
    apply_xml,
    byte_ops,
    docx_seed,
    fuzz_settings,
    member,
    member_op,
    odt_members,
    rezip,
    text_seeds,
    xml_ops,
    zip_members,
)

from workbench.importers import ImportedText, ImportFileError, read_transcript

STRICT = os.environ.get("STEGVIS_FUZZ_STRICT") == "1"
SEEDS = text_seeds()
DOCX = zip_members(docx_seed())
ODT = odt_members()


class _Unforeseen(logging.Handler):
    """Records read_transcript's log of an exception it did not foresee."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-transcripts")


@pytest.fixture(scope="module")
def unforeseen():
    handler = _Unforeseen()
    logger = logging.getLogger("workbench.importers")
    logger.addHandler(handler)
    yield handler
    logger.removeHandler(handler)


def check(path, unforeseen) -> None:
    """The property: text, or the app's own error in one plain sentence."""
    unforeseen.records.clear()
    exc = None
    try:
        result = read_transcript(path)
    except ImportFileError as error:
        exc = error
        event("refused")
        assert exc.problem and "\n" not in exc.problem and len(exc.problem) < 200, exc.problem
        assert not re.search(r"Traceback|Error\b|Exception\b", exc.problem), exc.problem
    else:
        event("read")
        assert isinstance(result, ImportedText) and result.text.strip()
        assert all(0 <= s.start < s.end <= len(result.text) for s in result.styles)
    failures = [r for r in unforeseen.records if r.exc_info]
    if failures:
        assert exc is not None and exc.problem == "the file could not be read; it may be damaged"
    assert not (failures and STRICT), "unforeseen exception in a reader:\n" + logging.Formatter().formatException(
        failures[0].exc_info)


@pytest.mark.parametrize("suffix", sorted(SEEDS))
@fuzz_settings(60)
@given(data=st.data(), ops=byte_ops)
def test_mutated_text_formats(work, unforeseen, suffix, data, ops):
    seed = data.draw(st.sampled_from(SEEDS[suffix]), label="seed")
    path = work / f"mutert{suffix}"
    path.write_bytes(apply_bytes(seed, ops))
    check(path, unforeseen)


def test_the_seeds_are_read(work, unforeseen):
    """The seeds themselves import: the mutations start from valid files."""
    for suffix, seeds in SEEDS.items():
        for i, seed in enumerate(seeds):
            (work / f"seed{i}{suffix}").write_bytes(seed)
            assert "Informant" in read_transcript(work / f"seed{i}{suffix}").text
    (work / "seed.docx").write_bytes(rezip(DOCX))
    assert "😀" in read_transcript(work / "seed.docx").text
    (work / "seed.odt").write_bytes(rezip(ODT))
    assert "😀" in read_transcript(work / "seed.odt").text


# --- .docx ------------------------------------------------------------------------------------

@fuzz_settings(60)
@given(ops=byte_ops)
def test_docx_mutated_bytes(work, unforeseen, ops):
    """The zip itself damaged: headers, directory, compressed data."""
    path = work / "mutert.docx"
    path.write_bytes(apply_bytes(rezip(DOCX), ops))
    check(path, unforeseen)


_DOCX_XML = ["word/document.xml", "word/styles.xml", "[Content_Types].xml", "_rels/.rels",
             "word/_rels/document.xml.rels"]


@pytest.mark.filterwarnings("ignore:Duplicate name")
@fuzz_settings(80)
@given(which=st.sampled_from(_DOCX_XML), bytes_ops=st.one_of(st.just([]), byte_ops), tree_ops=xml_ops,
       zip_ops=st.lists(member_op, max_size=2))
def test_docx_mutated_members(work, unforeseen, which, bytes_ops, tree_ops, zip_ops):
    """One XML part re-zipped after its tree and then its bytes were changed
    (so python-docx's and the reader's XML handling are what is exercised),
    sometimes with other members changed too."""
    changed = apply_bytes(apply_xml(member(DOCX, which), tree_ops), bytes_ops)
    path = work / "medlem.docx"
    path.write_bytes(rezip(DOCX, zip_ops, replace={which: changed}))
    check(path, unforeseen)


# --- .odt -------------------------------------------------------------------------------------

@fuzz_settings(60)
@given(ops=byte_ops)
def test_odt_mutated_bytes(work, unforeseen, ops):
    path = work / "mutert.odt"
    path.write_bytes(apply_bytes(rezip(ODT), ops))
    check(path, unforeseen)


@pytest.mark.filterwarnings("ignore:Duplicate name")
@fuzz_settings(80)
@given(which=st.sampled_from(["content.xml", "styles.xml", "META-INF/manifest.xml", "mimetype"]),
       bytes_ops=st.one_of(st.just([]), byte_ops), tree_ops=xml_ops, zip_ops=st.lists(member_op, max_size=2))
def test_odt_mutated_members(work, unforeseen, which, bytes_ops, tree_ops, zip_ops):
    original = member(ODT, which)
    changed = original if which == "mimetype" else apply_xml(original, tree_ops)
    path = work / "medlem.odt"
    path.write_bytes(rezip(ODT, zip_ops, replace={which: apply_bytes(changed, bytes_ops)}))
    check(path, unforeseen)
