"""What the REFI-QDA exporter and importer share: errors and reports, safe
reading of XML and zip files, GUIDs and colours, the text offsets of other
programs, and Stegvis's conventions inside the standard.

Conventions (how Stegvis's code system is written in REFI-QDA)
--------------------------------------------------------------
REFI-QDA has one kind of node, the ``Code``; Stegvis has themes, code groups,
a rest group and codes. They are written as a tree of ``Code`` elements:

* a **theme** is a non-codable ``Code`` (``isCodable="false"``) holding its
  groups; a **code group** is a non-codable ``Code`` holding its codes; a
  **code** is a codable leaf. Groups outside the themes, then the rest group,
  then the ungrouped codes follow the themes at the top level.
* The last line of a theme's or group's ``Description`` is a **marker** saying
  what it is and its number, so nothing is lost and other programs show it:
  ``[Stegvis: theme 1]``, ``[Stegvis: group 12]``, ``[Stegvis: group]`` (no
  number), ``[Stegvis: rest group]``. The rest group keeps its own name. The
  description the student wrote comes first, separated by a blank line.
* Memos become ``Note`` elements referred to by ``NoteRef`` (codes, groups,
  themes, documents, the project); a code's description is its ``Description``.
* Each document is an internal ``TextSource`` (``sources/<GUID>.txt``, UTF-8
  without BOM, line ends "\\n") and a ``Case`` of the same name carrying its
  attributes as ``VariableValue`` of text ``Variable`` elements.
* A coded passage is a ``PlainTextSelection`` (code points, end exclusive)
  named after its text, with one ``Coding`` per code.
* Concepts (SDI step 4) are ``Set`` elements marked ``[Stegvis: concept]``
  whose members are the themes and groups they come from.
* Facts only Stegvis uses (order of codes, groups, themes and documents,
  document role, source file name, bold/italic/heading spans, creation times)
  travel in processing instructions ``<?stegvis {...json...}?>`` inside the
  element they belong to. The schema allows them and other programs skip them.
"""

from __future__ import annotations

import bisect
import codecs
import json
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from workbench.domain.naming import collapse_whitespace
from workbench.importers import checked_file
from workbench.texts import fill, translate

NS_PROJECT = "urn:QDA-XML:project:1.0"
NS_CODEBOOK = "urn:QDA-XML:codebook:1.0"
#: Namespace of the GUIDs Stegvis derives (notes, cases, variables, selections).
GUID_NAMESPACE = uuid.UUID("6f4b8a52-1d0e-4c1e-9a57-5e7e6a0b5d11")
PI_TARGET = "stegvis"

MB = 1024 * 1024
#: A project file (.qde) or codebook (.qdc); thousands of codes and codings stay far below.
MAX_XML_BYTES = 200 * MB
#: One source's plain text; a transcript of many hours is a few MB.
MAX_TEXT_BYTES = 50 * MB
#: Everything read from one .qdpx together (media files are never read).
MAX_READ = 200 * MB
MAX_MEMBERS = 50_000
#: Unpacked/packed size: text packs 3-10 times, a zip bomb thousands of times.
MAX_RATIO = 200
RATIO_FROM = 10 * MB
_CHUNK = MB


class RefiError(Exception):
    """A REFI-QDA file cannot be read or written; ``problem`` is one line."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


@dataclass
class RefiReport:
    """What an import or export did, as lines of text for a person.

    ``added`` and ``merged`` name the codes (and groups and themes, marked so)
    a codebook import added or merged with ones already in the project;
    ``changed`` lists what was brought over in another form (renamed, flattened,
    offsets converted); ``skipped`` what could not be brought over at all.
    """

    path: Path
    origin: str = ""
    #: a codebook: no documents or codings to speak of
    codebook: bool = False
    documents: int = 0
    codes: int = 0
    groups: int = 0
    themes: int = 0
    codings: int = 0
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        name = self.path.name
        if self.codebook:
            if self.origin:
                #: %1: file, %2: the program that made it, then how many codes, groups, themes
                return fill(translate("CoreExchange", "%1 (made by %2) – codes: %3, groups: %4, themes: %5"),
                            name, self.origin, self.codes, self.groups, self.themes)
            #: %1: file, then how many codes, groups, themes
            return fill(translate("CoreExchange", "%1 – codes: %2, groups: %3, themes: %4"),
                        name, self.codes, self.groups, self.themes)
        if self.origin:
            #: %1: file, %2: the program that made it, then how many documents, codes, groups, themes, codings
            return fill(translate(
                "CoreExchange", "%1 (made by %2) – documents: %3, codes: %4, groups: %5, themes: %6, codings: %7"),
                name, self.origin, self.documents, self.codes, self.groups, self.themes, self.codings)
        #: %1: file, then how many documents, codes, groups, themes, codings
        return fill(translate("CoreExchange", "%1 – documents: %2, codes: %3, groups: %4, themes: %5, codings: %6"),
                    name, self.documents, self.codes, self.groups, self.themes, self.codings)

    @property
    def lines(self) -> list[str]:
        out = [self.summary]
        if self.added:
            #: %1: how many, %2: their names
            out.append(fill(translate("CoreExchange", "Added (%1): %2"), len(self.added), _listed(self.added)))
        if self.merged:
            #: %1: how many, %2: their names
            out.append(fill(translate("CoreExchange", "Merged with the project's own (%1): %2"),
                            len(self.merged), _listed(self.merged)))
        out += [fill(translate("CoreExchange", "Changed: %1"), line) for line in self.changed]
        out += [fill(translate("CoreExchange", "Not brought over: %1"), line) for line in self.skipped]
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines)


def _listed(names: list[str], most: int = 20) -> str:
    shown = ", ".join(names[:most])
    if len(names) <= most:
        return shown
    #: %1: a list of names, %2: how many more
    return fill(translate("CoreExchange", "%1 and %2 more"), shown, len(names) - most)


# --- names, GUIDs, colours ----------------------------------------------------------------

_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")


def derived_guid(*parts: str) -> str:
    """A GUID made from ``parts``: the same parts give the same GUID."""
    return str(uuid.uuid5(GUID_NAMESPACE, "\x1f".join(parts)))


def clean_guid(raw: str | None) -> str | None:
    """``raw`` as a lower-case GUID without braces, None if it is not one."""
    m = _GUID.match((raw or "").strip())
    return m.group(1).lower() if m else None


class GuidPool:
    """Hands out the file's GUIDs where they are GUIDs and free, other ids
    (MAXQDA, hand-written files) as GUIDs derived from them."""

    def __init__(self, taken: set[str] | None = None) -> None:
        self.taken = set(taken or ())

    def take(self, raw: str | None, kind: str) -> str:
        guid = clean_guid(raw)
        if guid is None or guid in self.taken:
            guid = derived_guid(kind, raw or "", str(len(self.taken)))
            while guid in self.taken:
                guid = str(uuid.uuid4())
        self.taken.add(guid)
        return guid


_RGB = re.compile(r"^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$", re.IGNORECASE)
_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?:[0-9a-fA-F]{2})?$")


def parse_colour(raw: str | None) -> str | None:
    """``#rrggbb`` from "#RRGGBB", "RRGGBB", "#RGB", "rgb(r, g, b)"; None if none."""
    value = (raw or "").strip()
    if not value:
        return None
    m = _RGB.match(value)
    if m:
        r, g, b = (min(int(x), 255) for x in m.groups())
        return f"#{r:02x}{g:02x}{b:02x}"
    m = _HEX.match(value)
    if m:
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        return "#" + digits.lower()
    return None


_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str | None) -> str:
    """Text without the characters XML cannot hold."""
    return _ILLEGAL_XML.sub("", text or "")


def name_key(name: str) -> str:
    """How two names are compared: case and spacing ignored."""
    return collapse_whitespace(name).casefold()


# --- the markers in descriptions and the processing instructions ----------------------------

MARKER_KINDS = ("theme", "group", "rest group", "concept")
_MARKER = re.compile(r"(?:^|(?<=\n))[ \t]*\[Stegvis: (theme|group|rest group|concept)(?: (\d+))?\]\s*$",
                     re.IGNORECASE)


def marker(kind: str, number: int | None = None) -> str:
    if kind not in MARKER_KINDS:
        raise ValueError(kind)
    return f"[Stegvis: {kind}{'' if number is None else f' {number}'}]"


def with_marker(description: str, kind: str, number: int | None = None) -> str:
    """The description with its marker as the last line."""
    mark = marker(kind, number)
    return f"{description}\n\n{mark}" if description else mark


def split_marker(text: str | None) -> tuple[str | None, int | None, str]:
    """(kind, number, description without the marker); kind None if there is none."""
    text = text or ""
    m = _MARKER.search(text)
    if m is None:
        return None, None, text
    rest = text[: m.start()]
    if rest.endswith("\n\n"):
        rest = rest[:-2]
    elif rest.strip() == "":
        rest = ""
    else:
        rest = rest.rstrip("\n")
    return m.group(1).lower(), int(m.group(2)) if m.group(2) and len(m.group(2)) <= 9 else None, rest


def stegvis_pi(data: dict) -> etree._ProcessingInstruction:
    """``<?stegvis {json}?>``; the JSON is ASCII and never holds "?>"."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace(">", "\\u003e")
    return etree.ProcessingInstruction(PI_TARGET, text)


def read_pi(element) -> dict:
    """The Stegvis facts of an element (empty when there are none or they are bad)."""
    for child in element:
        if isinstance(child, etree._ProcessingInstruction) and child.target == PI_TARGET:
            try:
                data = json.loads(child.text or "")
            except ValueError:
                return {}
            return data if isinstance(data, dict) else {}
    return {}


# --- safe XML ----------------------------------------------------------------------------

def local(element) -> str:
    """An element's name without its namespace ("" for comments and PIs)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def children(element, name: str) -> list:
    return [c for c in element if local(c) == name]


def child(element, name: str):
    for c in element:
        if local(c) == name:
            return c
    return None


def child_text(element, name: str) -> str:
    c = child(element, name)
    return "".join(c.itertext()) if c is not None else ""


def _parser() -> etree.XMLParser:
    # No DTD, no entities (internal or external), no network, default size limits.
    # (collect_ids=False would make libxml2 read an external DTD: left at its default.)
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False,
                           dtd_validation=False, attribute_defaults=False, remove_pis=False)


_PROLOG_ITEM = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->)", re.DOTALL)


def _has_doctype(data: bytes) -> bool:
    """Whether a document type declaration stands before the root element."""
    head = data[: 1024 * 1024]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            text = head[len(bom):].decode(encoding, errors="ignore")
            break
    else:
        if head[:2] in (b"<\x00", b"\x00<"):
            text = head.decode("utf-16-le" if head[0] == 0x3C else "utf-16-be", errors="ignore")
        else:
            text = head.decode("utf-8", errors="ignore")
    at = 0
    while m := _PROLOG_ITEM.match(text, at):
        at = m.end()
    return text[at:].lstrip().startswith("<!DOCTYPE")


def parse_xml(path: Path, data: bytes, what: str):
    """Parse ``data`` safely; returns the root element. ``what`` names the file
    in messages ("the codebook", "project.qde"), already translated."""
    if _has_doctype(data):
        #: %1: “the codebook” or a file name
        raise RefiError(path, fill(translate(
            "CoreExchange",
            "%1 has a document type declaration (<!DOCTYPE>), which REFI-QDA files never use; refusing it for safety"),
            what))
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None)
        reason = str(exc.msg if hasattr(exc, "msg") and exc.msg else exc).split(",")[0].strip()
        if "entit" in reason.lower():
            raise RefiError(path, _uses_entities(what)) from None
        if line:
            #: %1: “the codebook” or a file name, %2: line number, %3: the XML parser's reason (English)
            problem = fill(translate("CoreExchange", "%1 is not well-formed XML (line %2): %3"),
                           what, line, reason[:120])
        else:
            #: %1: “the codebook” or a file name, %2: the XML parser's reason (English)
            problem = fill(translate("CoreExchange", "%1 is not well-formed XML: %2"), what, reason[:120])
        raise RefiError(path, problem) from None
    except (ValueError, MemoryError) as exc:
        #: %1: “the codebook” or a file name, %2: the reason (English)
        raise RefiError(path, fill(translate("CoreExchange", "%1 cannot be read as XML (%2)"),
                                   what, str(exc)[:80])) from None
    info = root.getroottree().docinfo
    dtd = info.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        #: %1: “the codebook” or a file name
        raise RefiError(path, fill(translate("CoreExchange", "%1 declares XML entities; refusing it for safety"), what))
    for node in root.iter():
        if isinstance(node, etree._Entity):
            raise RefiError(path, _uses_entities(what))
    return root


def _uses_entities(what: str) -> str:
    #: %1: “the codebook” or a file name
    return fill(translate("CoreExchange", "%1 uses XML entities, which REFI-QDA files never use; refusing it"), what)


def check_root(path: Path, root, expected: str, what: str) -> str:
    """The root's namespace after checking it is a REFI-QDA ``expected`` element."""
    name = local(root)
    ns = etree.QName(root).namespace or ""
    if name != expected or (ns and not ns.lower().startswith("urn:qda-xml")):
        shown = f"{{{ns}}}{name}" if ns else name
        #: %1: “the codebook” or a file name, %2: the element expected (CodeBook, Project), %3: the element found
        raise RefiError(path, fill(translate("CoreExchange", "%1 is not a REFI-QDA %2 (its root element is <%3>)"),
                                   what, expected, shown[:60]))
    return ns


def read_file_limited(path: Path, limit: int, what: str) -> bytes:
    """A file's bytes after checking it is a regular, non-empty file within ``limit``.
    ``what`` ("a codebook") is already translated."""
    info = checked_file(path, RefiError)
    if info.st_size > limit:
        #: %1: “a codebook”, %2 and %3: sizes in MB
        raise RefiError(path, fill(translate("CoreExchange", "too large for %1 (%2 MB; the limit is %3 MB)"),
                                   what, f"{info.st_size / MB:,.0f}", limit // MB))
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
    except OSError as exc:
        raise RefiError(path, _cannot_read(exc)) from None
    if len(data) > limit:
        #: %1: “a codebook”
        raise RefiError(path, fill(translate("CoreExchange", "too large for %1"), what))
    return data


def _cannot_read(exc: OSError) -> str:
    #: %1: the system's reason (English)
    return fill(translate("CoreExchange", "the file cannot be read (%1)"), exc.strerror or exc)


def _too_many_files(count: int) -> str:
    #: %1: how many files (always thousands)
    return fill(translate("CoreExchange", "the archive holds %1 files, too many for a project; refusing it"), count)


# --- the .qdpx zip ------------------------------------------------------------------------

_DRIVE = re.compile(r"^[A-Za-z]:")
_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED}


def unsafe_member_name(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or bool(_DRIVE.match(name)) or ".." in parts or "\x00" in name


class QdpxArchive:
    """A .qdpx opened for reading: every member's name checked, one .qde at
    the root found, and members read a megabyte at a time within limits."""

    def __init__(self, path: Path) -> None:
        from workbench.importers.archive import declared_entries

        self.path = Path(path)
        self.read_total = 0
        #: Completes “a folder, not a %1”.
        info = checked_file(self.path, RefiError, translate("CoreExchange", ".qdpx file"))
        try:
            with self.path.open("rb") as f:
                entries = declared_entries(f, info.st_size)
        except OSError as exc:
            raise RefiError(self.path, _cannot_read(exc)) from None
        if entries is not None and entries > MAX_MEMBERS:
            raise RefiError(self.path, _too_many_files(entries))
        try:
            self.zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, OSError):
            raise RefiError(self.path, translate(
                "CoreExchange", "not a .qdpx project (not a zip archive, or a damaged one)")) from None
        try:
            self._check()
        except BaseException:
            self.zip.close()
            raise

    def _check(self) -> None:
        infos = self.zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise RefiError(self.path, _too_many_files(len(infos)))
        self.members: dict[str, zipfile.ZipInfo] = {}
        self.folded: dict[str, str] = {}
        # The whole archive, not only each file: many small members can also be a bomb.
        declared = sum(i.file_size for i in infos)
        packed = sum(i.compress_size for i in infos)
        if declared > MAX_READ:
            #: %1 and %2: sizes in MB
            raise RefiError(self.path, fill(translate(
                "CoreExchange", "the project would expand to %1 MB, more than %2 MB; refusing it"),
                f"{declared / MB:,.0f}", MAX_READ // MB))
        if declared > RATIO_FROM and declared > MAX_RATIO * max(packed, 1):
            #: %1: size in MB, %2: size in KB
            raise RefiError(self.path, fill(translate(
                "CoreExchange", "the project would expand to %1 MB from %2 KB (a zip bomb?); refusing it"),
                f"{declared / MB:,.0f}", f"{packed / 1024:,.0f}"))
        for info in infos:
            name = info.filename
            if unsafe_member_name(name):
                #: %1: the path inside the archive
                raise RefiError(self.path, fill(translate(
                    "CoreExchange", "the archive holds a file with an unsafe path (“%1”); refusing it"), name[:60]))
            if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                #: %1: the path inside the archive, %2: size in MB, %3: size in KB
                raise RefiError(self.path, fill(translate(
                    "CoreExchange", "“%1” would expand to %2 MB from %3 KB (a zip bomb?); refusing it"),
                    name[:60], f"{info.file_size / MB:,.0f}", f"{info.compress_size / 1024:,.0f}"))
            if info.is_dir():
                continue
            self.members[name] = info
            self.folded.setdefault(name.replace("\\", "/").casefold(), name)
        qde = [n for n in self.members if "/" not in n.replace("\\", "/") and n.lower().endswith(".qde")]
        if not qde:
            raise RefiError(self.path, translate(
                "CoreExchange", "no project file (.qde) at the top of the archive; not a REFI-QDA project"))
        if len(qde) > 1:
            shown = ", ".join(sorted(qde)[:4])
            #: %1: file names
            raise RefiError(self.path, fill(translate(
                "CoreExchange", "several project files (.qde) at the top of the archive (%1); expected one"), shown))
        self.qde_name = qde[0]

    def close(self) -> None:
        self.zip.close()

    def __enter__(self) -> QdpxArchive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def find(self, name: str) -> str | None:
        """A member by name, case ignored."""
        return self.folded.get(name.replace("\\", "/").casefold())

    def source_member(self, ref: str) -> str | None:
        """The member a source path refers to: ``internal://X`` is ``sources/X``
        (or ``Sources/X``); a bare name is looked for in sources/ and at the root.
        ``relative://`` and ``absolute://`` paths are outside the archive: None."""
        ref = (ref or "").strip()
        if not ref:
            return None
        lowered = ref.lower()
        if lowered.startswith(("relative:", "absolute:", "file:", "http:", "https:")):
            return None
        if lowered.startswith("internal://"):
            ref = ref[len("internal://"):]
        ref = ref.lstrip("/").replace("\\", "/")
        if unsafe_member_name(ref):
            return None
        for candidate in (f"sources/{ref}", ref):
            found = self.find(candidate)
            if found is not None:
                return found
        return None

    def read(self, name: str, limit: int, what: str) -> bytes:
        """A member's bytes, inflated a megabyte at a time, refused past ``limit``.
        ``what`` (a file name, “the text of “X””) is already translated."""
        info = self.members[name]
        if info.flag_bits & 0x1:
            #: %1: a file name or “the text of “Interview 1””
            raise RefiError(self.path, fill(translate(
                "CoreExchange", "%1 is password-protected; export the project again without a password"), what))
        if info.compress_type not in _METHODS:
            #: %1: a file name or “the text of “Interview 1””, %2: a number
            raise RefiError(self.path, fill(translate(
                "CoreExchange", "%1 is packed in an unusual way (zip method %2)"), what, info.compress_type))
        if info.file_size > limit:
            #: %1: a file name or “the text of “Interview 1””, %2 and %3: sizes in MB
            raise RefiError(self.path, fill(translate("CoreExchange", "%1 is too large (%2 MB; the limit is %3 MB)"),
                                            what, f"{info.file_size / MB:,.0f}", limit // MB))
        if self.read_total + info.file_size > MAX_READ:
            #: %1: size in MB
            raise RefiError(self.path, fill(translate(
                "CoreExchange", "the project would expand to more than %1 MB; refusing it"), MAX_READ // MB))
        chunks, size = [], 0
        try:
            with self.zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    if size > limit:  # zipfile stops at the declared size; this is a second guard
                        #: %1: a file name or “the text of “Interview 1””
                        raise RefiError(self.path, fill(translate(
                            "CoreExchange", "%1 is larger than it says; refusing it"), what))
                    chunks.append(chunk)
        except RefiError:
            raise
        except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError) as exc:
            #: %1: a file name or “the text of “Interview 1””, %2: the reason (English)
            raise RefiError(self.path, fill(translate("CoreExchange", "%1 is damaged in the archive (%2)"),
                                            what, str(exc)[:60])) from None
        except Exception as exc:  # zlib.error and friends
            if type(exc).__module__ in ("zlib", "_lzma", "lzma", "_bz2", "bz2"):
                #: %1: a file name or “the text of “Interview 1””
                raise RefiError(self.path, fill(translate("CoreExchange", "%1 is damaged in the archive"),
                                                what)) from None
            raise
        self.read_total += size
        return b"".join(chunks)


# --- source text --------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_source(data: bytes) -> tuple[str, str]:
    """(text, note) of a source's plain text: the byte-order mark removed (the
    offsets of every program count from after it), line ends left as they are.
    The note is "" for UTF-8, otherwise says how the text was read."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, errors="replace"), "" if encoding == "utf-8" else encoding
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        #: Completes “the text of “Interview 1” was %2”.
        return data.decode("cp1252", errors="replace"), translate("CoreExchange", "not UTF-8; read as Windows-1252")


def normalise_text(raw: str) -> str:
    """The text as Stegvis keeps it: CR LF and lone CR made LF."""
    return raw.replace("\r\n", "\n").replace("\r", "\n")


# --- offsets ------------------------------------------------------------------------------

@dataclass(frozen=True)
class OffsetConvention:
    """How a program counts text positions: in code points (the standard) or
    UTF-16 code units, and CR LF as two characters (the standard) or one."""

    utf16: bool = False
    crlf_as_one: bool = False

    @property
    def label(self) -> str:
        """How the convention counts, in words for a person."""
        #: Completes “positions were read as %1 (…)”.
        if self.utf16 and self.crlf_as_one:
            return translate("CoreExchange", "UTF-16 code units, CR LF counted as one")
        if self.utf16:
            return translate("CoreExchange", "UTF-16 code units, CR LF counted as two")
        if self.crlf_as_one:
            return translate("CoreExchange", "code points, CR LF counted as one")
        return translate("CoreExchange", "code points, CR LF counted as two")


CODE_POINTS = OffsetConvention()
NVIVO_WINDOWS = OffsetConvention(utf16=True)
ATLAS_TI = OffsetConvention(crlf_as_one=True)
CONVENTIONS = (CODE_POINTS, NVIVO_WINDOWS, ATLAS_TI, OffsetConvention(utf16=True, crlf_as_one=True))


class OffsetMap:
    """Maps positions in a source's raw text (BOM removed, line ends as in the
    file), counted in ``convention``, to code points in :func:`normalise_text`
    of that text. A position inside a character (half a surrogate pair) or
    between CR and LF is rounded down for a start, up for an end."""

    def __init__(self, raw: str, convention: OffsetConvention = CODE_POINTS) -> None:
        self.convention = convention
        self.identity = "\r" not in raw and not (convention.utf16 and _has_astral(raw))
        self.length = len(normalise_text(raw)) if not self.identity else len(raw)
        if self.identity:
            self.units_total = len(raw)
            return
        units = [0]  # units[i]: convention units before raw[i]
        normal = [0]  # normal[i]: normalised code points produced by raw[:i]
        u = n = 0
        count = len(raw)
        for i, ch in enumerate(raw):
            if ch == "\r" and i + 1 < count and raw[i + 1] == "\n":
                u += 0 if convention.crlf_as_one else 1  # the LF carries the pair's one unit
            elif ch == "\r" or ch == "\n":
                u += 1
                n += 1
            else:
                u += 2 if convention.utf16 and ord(ch) > 0xFFFF else 1
                n += 1
            units.append(u)
            normal.append(n)
        self.units, self.normal, self.units_total = units, normal, u

    def position(self, offset: int, round_up: bool = False) -> int | None:
        """The code point in the normalised text; None when past the end or negative."""
        if offset < 0 or offset > self.units_total:
            return None
        if self.identity:
            return offset
        if round_up:
            i = bisect.bisect_left(self.units, offset)
        else:
            i = bisect.bisect_right(self.units, offset) - 1
        return self.normal[i]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) in the normalised text, None if out of range or empty."""
        if end <= start:
            return None
        a = self.position(start)
        b = self.position(min(end, self.units_total), round_up=True)
        if a is None or b is None or b <= a:
            return None
        return a, b


def _has_astral(text: str) -> bool:
    return any(ord(ch) > 0xFFFF for ch in text)


def to_code_points(raw: str, offsets, convention: OffsetConvention = CODE_POINTS) -> list[int | None]:
    """Positions counted in ``convention`` in ``raw`` as code points in the
    normalised text (CR LF made LF): the pure form of :class:`OffsetMap`."""
    mapping = OffsetMap(raw, convention)
    return [mapping.position(o) for o in offsets]


def conventions_that_differ(raw: str) -> list[OffsetConvention]:
    """The conventions that give different positions in this text (only
    CODE_POINTS when the text has neither CR LF nor characters beyond U+FFFF)."""
    crlf = "\r\n" in raw
    astral = _has_astral(raw)
    return [c for c in CONVENTIONS if (crlf or not c.crlf_as_one) and (astral or not c.utf16)]


def default_convention(origin: str) -> OffsetConvention:
    """The convention a program is known to use, by its ``origin`` attribute."""
    o = (origin or "").lower()
    if "nvivo" in o and "mac" not in o:
        return NVIVO_WINDOWS
    if "atlas" in o:
        return ATLAS_TI
    return CODE_POINTS


def _same_words(found: str, hint: str) -> bool:
    found, hint = collapse_whitespace(found).casefold(), collapse_whitespace(hint).casefold()
    if not found or not hint:
        return False
    hint = hint.rstrip("…").rstrip(".").rstrip() if hint.endswith(("…", "...")) else hint
    return found == hint or (len(hint) >= 8 and found.startswith(hint))


def choose_convention(raw: str, selections: list[tuple[int, int, str]], origin: str) -> tuple[OffsetConvention, str]:
    """The convention of a source's selections ((start, end, text hint)) and why.

    Where a selection carries its text (its name), the convention under which
    most selections land on that text wins; otherwise the one whose offsets
    all fit the text; otherwise the one the program is known to use."""
    candidates = conventions_that_differ(raw)
    preferred = default_convention(origin)
    if preferred not in candidates:
        preferred = CODE_POINTS
    if len(candidates) == 1 or not selections:
        return preferred, "known"
    maps = {c: OffsetMap(raw, c) for c in candidates}
    text = normalise_text(raw)
    fits = [c for c in candidates if all(0 <= s and e <= maps[c].units_total for s, e, _ in selections)]
    scores = {}
    hinted = [(s, e, h) for s, e, h in selections if h and len(collapse_whitespace(h)) >= 3]
    if hinted:
        for c in candidates:
            score = 0
            for s, e, h in hinted:
                span = maps[c].span(s, e)
                if span and _same_words(text[span[0]:span[1]], h):
                    score += 1
            scores[c] = score
        best = max(scores.values())
        if best > 0 and scores.get(preferred, 0) < best:
            winners = [c for c in candidates if scores[c] == best]
            return (preferred if preferred in winners else winners[0]), "selection texts"
        if best > 0:
            return preferred, "selection texts"
    if preferred not in fits and fits:
        return fits[0], "offsets past the end"
    return preferred, "known"
