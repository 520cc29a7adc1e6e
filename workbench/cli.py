"""The `stegvis` command: open the app, or script a project.

Forms (a stable contract; later versions add, never rename):
    stegvis [PROJECT]            open the app (on PROJECT)
    stegvis --demo               open the app on a fresh copy of the demo project
    stegvis --version
    stegvis new PROJECT [--from IN.qdpx]
    stegvis import PROJECT FILE...           (a .qdc codebook is merged into the code system)
    stegvis info PROJECT --json [--text]
    stegvis check PROJECT --json [--lang nb|en]
    stegvis export codebook PROJECT OUT.docx|OUT.xlsx|OUT.csv [--layout appendix|table] [--quotes N] [--lang nb|en]
    stegvis export quotes PROJECT OUT.docx [--lang nb|en]
    stegvis export qdc PROJECT OUT.qdc       (REFI-QDA codebook)
    stegvis export qdpx PROJECT OUT.qdpx     (REFI-QDA project)
    stegvis version save PROJECT --label L [--note N]
    stegvis version list PROJECT --json
    stegvis diff PROJECT --from L1 [--to L2] --json

Errors print one line on stderr naming the file and the problem and exit 1;
usage errors exit 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbench import __version__

SUBCOMMANDS = ("new", "import", "info", "check", "export", "version", "diff")


class CliError(Exception):
    """A failure to report as one line, exit status 1."""


def _count(n: int, noun: str) -> str:
    """“1 code”, “2 codes”: the command line speaks English."""
    return f"{n} {noun if n == 1 else noun + 's'}"


def _fail(path: Path | str, problem: str) -> CliError:
    return CliError(f"{path}: {problem}")


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="stegvis",
        description="Stegvis: qualitative analysis by stepwise-deductive induction. "
        f"Scripting commands: {', '.join(SUBCOMMANDS)} (stegvis COMMAND --help).",
    )
    p.add_argument("project", nargs="?", help="project file (*.stegvis) to open")
    p.add_argument("--demo", action="store_true", help="open a fresh copy of the demo project")
    p.add_argument("--version", action="version", version=f"stegvis {__version__}")
    return p


def _script_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="stegvis")
    sub = p.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", help="create an empty project, or one from a REFI-QDA project (--from IN.qdpx)")
    new.add_argument("project")
    new.add_argument("--from", dest="source", metavar="IN.qdpx",
                     help="make the project from a REFI-QDA project exported by NVivo, ATLAS.ti, MAXQDA...")
    imp = sub.add_parser("import", help="import transcripts (.docx, .md, .odt, .pdf, .rtf, .srt, .txt, .vtt) "
                         "or a REFI-QDA codebook (.qdc) into a project")
    imp.add_argument("project")
    imp.add_argument("files", nargs="+")
    info = sub.add_parser("info", help="describe a project")
    info.add_argument("project")
    info.add_argument("--json", action="store_true", help="print JSON (the stable, scriptable form)")
    info.add_argument("--text", action="store_true", help="with --json: include each document's text")
    check = sub.add_parser("check", help="the automatic part of SDI's code and grouping tests")
    check.add_argument("project")
    check.add_argument("--json", action="store_true", help="print JSON (the stable, scriptable form)")
    check.add_argument("--lang", choices=("nb", "en"), default="en", help="language of the findings")
    exp = sub.add_parser("export", help="export the codebook (.docx, .xlsx, .csv) or the quotes (.docx)")
    what = exp.add_subparsers(dest="what", required=True)
    cb = what.add_parser("codebook", help="the codebook; the format follows OUT's suffix (.docx, .xlsx, .csv)")
    cb.add_argument("project")
    cb.add_argument("out")
    cb.add_argument("--layout", choices=("appendix", "table"), default="appendix")
    cb.add_argument("--quotes", type=int, default=0, metavar="N", help="example quotes per code (Word)")
    cb.add_argument("--lang", choices=("nb", "en"), default="nb")
    cb.add_argument("--descriptions", action="store_true", help="add code and group descriptions")
    cb.add_argument("--memos", action="store_true", help="add memos")
    cb.add_argument("--counts", action="store_true", help="add counts of passages and documents")
    cb.add_argument("--no-summary", action="store_true", help="leave out the method summary paragraph")
    q = what.add_parser("quotes", help="every passage under its theme, group and code (.docx)")
    q.add_argument("project")
    q.add_argument("out")
    q.add_argument("--lang", choices=("nb", "en"), default="nb")
    for kind, text in (("qdc", "the code system as a REFI-QDA codebook (.qdc)"),
                       ("qdpx", "the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA...")):
        refi = what.add_parser(kind, help=text)
        refi.add_argument("project")
        refi.add_argument("out")
    ver = sub.add_parser("version", help="named versions kept inside the project")
    ver_cmd = ver.add_subparsers(dest="version_command", required=True)
    save = ver_cmd.add_parser("save", help="save the project as it is now under a label")
    save.add_argument("project")
    save.add_argument("--label", required=True)
    save.add_argument("--note", default="")
    listing = ver_cmd.add_parser("list", help="list the saved versions")
    listing.add_argument("project")
    listing.add_argument("--json", action="store_true")
    d = sub.add_parser("diff", help="what changed from a version to another, or to now")
    d.add_argument("project")
    d.add_argument("--from", dest="from_label", required=True, metavar="LABEL")
    d.add_argument("--to", dest="to_label", metavar="LABEL")
    d.add_argument("--json", action="store_true")
    return p


def _open(path: str):
    from workbench.services.project import Project
    from workbench.storage.database import ProjectFileError

    try:
        return Project.open(path)
    except ProjectFileError as exc:
        raise _fail(path, exc.problem) from exc


def cmd_new(args) -> int:
    from workbench.services.project import Project
    from workbench.storage.database import FILE_SUFFIX, ProjectFileError

    path = Path(args.project)
    if path.suffix != FILE_SUFFIX:
        path = path.with_name(path.name + FILE_SUFFIX)
    if getattr(args, "source", None):
        from workbench.interop import RefiError, new_project_from_qdpx

        try:
            project, report = new_project_from_qdpx(args.source, path)
        except RefiError as exc:
            raise _fail(exc.path, exc.problem) from exc
        project.close()
        print(f"Created {path} from {args.source}")
        for line in report.lines:
            print(f"  {line}")
        return 0
    try:
        Project.create(path).close()
    except ProjectFileError as exc:
        raise _fail(path, exc.problem) from exc
    print(f"Created {path}")
    return 0


def cmd_import(args) -> int:
    from workbench.interop import RefiError, import_qdc
    from workbench.services.documents import import_files

    codebooks = [f for f in args.files if Path(f).suffix.lower() == ".qdc"]
    transcripts = [f for f in args.files if Path(f).suffix.lower() != ".qdc"]
    failed = False
    with _open(args.project) as project:
        for book in codebooks:
            try:
                refi = import_qdc(project, book)
            except RefiError as exc:
                print(f"stegvis: {exc.path}: {exc.problem}", file=sys.stderr)
                failed = True
                continue
            for line in refi.lines:
                print(line)
        report = import_files(project, transcripts) if transcripts else None
    if report is not None:
        for doc in report.imported:
            print(f"Imported {doc.name} ({_count(doc.characters, 'character')})")
        for path, problem in report.failed:
            print(f"stegvis: {path}: {problem}", file=sys.stderr)
        failed = failed or bool(report.failed)
    return 1 if failed else 0


def cmd_info(args) -> int:
    from workbench.services.report import project_info

    with _open(args.project) as project:
        info = project_info(project, with_text=args.text)
    if args.json:
        _print_json(info)
        return 0
    print(f"{args.project} (format {info['format_version']})")
    print("  " + ", ".join(_count(len(info[key]), noun) for key, noun in (
        ("documents", "document"), ("codes", "code"), ("codings", "coding"), ("groups", "group"), ("themes", "theme"))))
    for d in info["documents"]:
        print(f"  {d['name']}: {_count(d['characters'], 'character')}, {_count(d['codings'], 'coding')}")
    return 0


def _print_json(data) -> None:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def cmd_check(args) -> int:
    from workbench.services.sdi_report import check_report

    with _open(args.project) as project:
        report = check_report(project, args.lang)
    if args.json:
        _print_json(report)
        return 0
    ct = report["code_test"]
    print(f"{_count(report['codes'], 'code')}: code test {ct['passed']} passed, {ct['failed']} failed, "
          f"{ct['untested']} untested; {len(report['ungrouped'])} ungrouped")
    for g in report["groups"]:
        for finding in g["findings"]:
            print(f"  {g['name']}: {finding}")
    for h in report["hints"]:
        print(f"  hint ({h['kind']}): {h['code']}")
    return 0


def cmd_export(args) -> int:
    from workbench.exporters import ExportError, export_codebook_file, export_quotes

    out = Path(args.out)
    if args.what == "codebook" and args.quotes < 0:
        raise _fail(out, "--quotes must be 0 or more")
    if args.what == "quotes" and out.suffix.lower() != ".docx":
        raise _fail(out, "the quotes report is a Word document; give a .docx file")
    if args.what in ("qdc", "qdpx"):
        return _export_refi(args, out)
    with _open(args.project) as project:
        try:
            if args.what == "codebook":
                export_codebook_file(project, out, lang=args.lang, layout=args.layout, quotes=args.quotes,
                                     descriptions=args.descriptions, memos=args.memos, counts=args.counts,
                                     summary=not args.no_summary)
            else:
                export_quotes(project, out, lang=args.lang)
        except ExportError as exc:
            raise _fail(exc.path, exc.problem) from exc
    print(f"Wrote {out}")
    return 0


def _export_refi(args, out: Path) -> int:
    from workbench.exporters import ExportError
    from workbench.interop import export_qdc, export_qdpx

    if out.suffix.lower() != f".{args.what}":
        raise _fail(out, f"give a .{args.what} file")
    with _open(args.project) as project:
        try:
            report = (export_qdc if args.what == "qdc" else export_qdpx)(project, out)
        except ExportError as exc:
            raise _fail(exc.path, exc.problem) from exc
    print(f"Wrote {out}")
    for line in report.skipped:
        print(f"  Not exported: {line}")
    return 0


def _service_call(path: str, fn):
    from workbench.services.errors import ServiceError

    try:
        return fn()
    except ServiceError as exc:
        raise _fail(path, str(exc)) from exc


def cmd_version(args) -> int:
    from workbench.services import versions

    with _open(args.project) as project:
        if args.version_command == "save":
            info = _service_call(args.project, lambda: versions.save_version(project, args.label, args.note))
            print(f"Saved version “{info.label}”")
            return 0
        found = versions.list_versions(project)
    if args.json:
        _print_json([{"label": v.label, "note": v.note, "saved_at": v.saved_at.isoformat(), **v.summary}
                     for v in found])
    else:
        for v in found:
            print(f"{v.saved_at:%Y-%m-%d %H:%M}  {v.label}  {v.note}")
    return 0


def cmd_diff(args) -> int:
    from workbench.services import versions

    with _open(args.project) as project:
        changes = _service_call(args.project,
                                lambda: versions.diff_versions(project, args.from_label, args.to_label))
    if args.json:
        _print_json(changes)
        return 0
    for section in ("codes", "groups", "themes", "documents"):
        for kind, items in changes[section].items():
            if items:
                print(f"{section} {kind}: {len(items)}")
    print(f"codings added: {changes['codings']['added']}, removed: {changes['codings']['removed']}")
    print(f"test verdicts changed: {changes['tests']['changed']}")
    return 0


def run_script(argv: list[str]) -> int:
    args = _script_parser().parse_args(argv)
    commands = {"new": cmd_new, "import": cmd_import, "info": cmd_info, "check": cmd_check, "export": cmd_export,
                "version": cmd_version, "diff": cmd_diff}
    return commands[args.command](args)


def run_gui(argv: list[str]) -> int:
    args = _gui_parser().parse_args(argv)
    if args.demo and args.project:
        _gui_parser().error("give a project or --demo, not both")
    # The window shows the project before the services (and SQLAlchemy) load:
    # see MainWindow.open_project.
    from workbench.ui.app import run_app

    return run_app(project=args.project, demo=args.demo)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return run_script(argv)
        return run_gui(argv)
    except CliError as exc:
        print(f"stegvis: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `stegvis info ... | head`
        sys.stderr.close()
        return 0
