"""Hostile and broken zip documents are refused quickly, before unpacking,
with little memory; XML is read with no entities expanded and no network."""

import re
import struct
import time
import tracemalloc
import zipfile

import pytest

from importer_fixtures import make_docx, make_ole, make_odt, write_zip
from workbench.importers import ImportFileError, read_transcript

MB = 1024 * 1024
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)


def problem(path):
    with pytest.raises(ImportFileError) as info:
        read_transcript(path)
    return info.value.problem


def streamed_bomb(path, megabytes: int, filler: bytes = b" "):
    """A .docx whose document.xml is ``megabytes`` MB of one byte, written
    through the zip a megabyte at a time (fast, little memory)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = filler * MB
            for _ in range(megabytes):
                member.write(chunk)
    return path


def test_zip_bomb_docx_refused_fast_with_little_memory(tmp_path):
    path = streamed_bomb(tmp_path / "bombe.docx", 300)
    assert path.stat().st_size < 3 * MB
    tracemalloc.start()
    began = time.perf_counter()
    try:
        reason = problem(path)
    finally:
        elapsed = time.perf_counter() - began
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert reason == "the document would expand to 300 MB; refusing it"
    assert elapsed < 2
    assert peak < 10 * MB


def test_absurd_compression_ratio_refused_below_the_size_limit(tmp_path):
    path = streamed_bomb(tmp_path / "tett.docx", 20, b"\0")
    assert problem(path) == "the document would expand to 20 MB; refusing it"


def test_member_larger_than_declared_is_cut_at_the_declared_size(tmp_path):
    """Sizes in the zip directory that lie: zipfile stops at the declared
    size and the checksum fails, so the lie costs neither time nor memory."""
    path = make_docx(tmp_path / "løgn.docx")
    big = b"<w:document>" + b" " * (50 * MB)
    with zipfile.ZipFile(path) as src:
        members = [(item, src.read(item)) for item in src.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for item, data in members:
            dst.writestr(item.filename, big if item.filename == "word/document.xml" else data)
    data = bytearray(path.read_bytes())
    name = b"word/document.xml"
    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        for match in re.finditer(re.escape(signature), bytes(data)):
            start = match.start()
            name_at = start + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                struct.pack_into("<I", data, start + offset, 5000)
    path.write_bytes(bytes(data))
    tracemalloc.start()
    began = time.perf_counter()
    try:
        reason = problem(path)
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert reason in ("the file is damaged (not a complete .docx)",
                      "the Word document is damaged (its XML cannot be read)")
    assert time.perf_counter() - began < 2
    assert peak < 30 * MB


def test_too_many_members(tmp_path):
    path = tmp_path / "mange.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        for i in range(6000):
            z.writestr(f"word/media/{i}.xml", "")
    assert problem(path) == "the document has 6001 parts, too many for a document; refusing it"


@pytest.mark.parametrize("name", ["../../evil.xml", "/etc/evil.xml", "word/../../evil.xml", "C:\\evil.xml",
                                  "\\\\server\\evil.xml"])
def test_unsafe_member_names(tmp_path, name):
    path = write_zip(tmp_path / "sti.docx", {"[Content_Types].xml": CONTENT_TYPES, name: "x"})
    assert problem(path).startswith("the document holds a part with an unsafe name")


def test_encrypted_zip_members(tmp_path):
    path = write_zip(tmp_path / "kryptert.odt", {"content.xml": "<x/>"})
    data = bytearray(path.read_bytes())  # zipfile cannot encrypt: set the flag by hand
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        at = data.index(signature)
        data[at + offset] |= 0x1
    path.write_bytes(bytes(data))
    assert problem(path) == "password-protected; remove the password and import again"


def _docx_with_document(tmp_path, name, transform):
    source = make_docx(tmp_path / f"source-{name}")
    path = tmp_path / name
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = transform(data)
            dst.writestr(item, data)
    return path


def test_docx_entity_bomb_and_external_entity(tmp_path):
    lol = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};&l{i - 1};">' for i in range(1, 12))

    def bomb(data: bytes) -> bytes:
        data = data.replace(b"<w:document", f'<!DOCTYPE w:document [<!ENTITY l0 "lol">{lol}]><w:document'.encode(), 1)
        return data.replace("Intervju – Informant Ø".encode(), b"&l11;", 1)

    def external(data: bytes) -> bytes:
        doctype = b'<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]><w:document'
        data = data.replace(b"<w:document", doctype, 1)
        return data.replace("Intervju – Informant Ø".encode(), b"start &e; slutt", 1)

    began = time.perf_counter()
    assert "damaged" in problem(_docx_with_document(tmp_path, "lol.docx", bomb))
    assert time.perf_counter() - began < 2
    text = read_transcript(_docx_with_document(tmp_path, "xxe.docx", external)).text
    assert text.startswith("start  slutt\n") and "root:" not in text


def test_every_problem_is_one_plain_sentence(tmp_path):
    """No tracebacks, exception class names or repr() in what the student reads."""
    paths = [
        streamed_bomb(tmp_path / "b.docx", 30),
        write_zip(tmp_path / "z.docx", {"a.txt": "x"}),
        write_zip(tmp_path / "z.odt", {"a.txt": "x"}),
        make_ole(tmp_path / "o.docx", "EncryptedPackage"),
        make_ole(tmp_path / "o.doc", "WordDocument"),
        make_odt(tmp_path / "tom.odt", "<text:p/>"),
        tmp_path / "mangler.docx",
    ]
    for name, data in {"x.docx": b"PK\x03\x04garbage", "x.odt": b"PK\x05\x06" + bytes(18), "x.pdf": b"%PDF-1.7\n1 0 obj",
                       "x.rtf": b"{\\rtf1", "x.txt": b"\x00\x01", "x.vtt": b"WEBVTT\n\n00:00 --> x\nhei",
                       "x.srt": b"1\nnope\n", "x.md": b"\xff\xfe\x00", "x.xyz": b"x", "x": b"x"}.items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    for path in paths:
        reason = problem(path)
        assert "\n" not in reason and len(reason) < 160, reason
        assert not re.search(r"Error|Exception|Traceback|<|\bNone\b", reason), reason
        assert reason[0].islower() or reason[0] == "“", reason


def test_unusual_compression_refused(tmp_path):
    path = tmp_path / "bzip2.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_BZIP2) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", "<w:document/>")
    assert problem(path) == "the document is packed in an unusual way; open it and save it again in Word or LibreOffice"


def test_member_count_read_from_the_end_record_first(tmp_path):
    """A zip declaring millions of members is refused before zipfile lists them."""
    path = write_zip(tmp_path / "tall.docx", {"[Content_Types].xml": CONTENT_TYPES})
    data = bytearray(path.read_bytes())
    end = data.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", data, end + 8, 65000, 65000)
    path.write_bytes(bytes(data))
    assert problem(path) == "the document has 65000 parts, too many for a document; refusing it"


def test_docx_file_over_the_limit(tmp_path):
    path = tmp_path / "enorm.docx"
    with path.open("wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(201 * MB)  # sparse
    assert problem(path) == "too large for a transcript (201 MB; the limit is 200 MB)"
