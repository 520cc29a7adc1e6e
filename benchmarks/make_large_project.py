#!/usr/bin/env python3
"""A PhD-sized Stegvis project for the benchmarks (and for trying the app on
something big):

* 60 transcripts of ~12,000 words each (~720,000 words): the sample
  interviews' paragraphs (resources/demo/transcripts; Norwegian, with æ, ø and
  å) shuffled with a fixed seed, an emoji every 45 paragraphs; imported as
  .txt files with services.documents.import_files;
* 2,000 codes: the demo codebook's names, then in-vivo names from phrases of
  the interviews;
* 8 themes holding 60 code groups of uneven size (8–145 codes), and a rest
  group with 150 codes (services.code_system); no ungrouped codes;
* 30,000 codings, 500 per transcript, on random word-aligned passages of 1–30
  words; every code is used at least once, the rest follow a Zipf-like curve,
  so groups hold from a few dozen to ~2,000 passages.

As a script:

    .venv/bin/python benchmarks/make_large_project.py OUT.stegvis

As a module (benchmarks/ on sys.path):

    from make_large_project import make_large_project
    path = make_large_project(Path("large.stegvis"))

The same seed gives the same project. The builder itself is
common.build_code_system_project (bench_grouping.py uses it with smaller
transcripts). About 5–10 s on 2 cores.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from common import ProjectSpec, build_code_system_project, logger

SPEC = ProjectSpec(documents=60, words=12_000, codes=2_000, themes=8, groups=60, rest_codes=150,
                   ungrouped_codes=0, codings=30_000, every_code_used=True, seed=20240701)


def build_large_project(path: Path | str, log: Callable[[str], None] = lambda _m: None) -> dict:
    """Build the large project at ``path`` (which must not exist); returns what
    was built (see common.build_code_system_project), ``info`` JSON-ready."""
    with tempfile.TemporaryDirectory(prefix="stegvis-large-") as work:
        return build_code_system_project(Path(path), Path(work), SPEC, log)


def make_large_project(path: Path | str, log: Callable[[str], None] = lambda _m: None) -> Path:
    """Build the large project at ``path`` (which must not exist) and return its path."""
    return build_large_project(path, log)["path"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the project file to write (.stegvis); must not exist")
    args = parser.parse_args(argv)
    out = args.out if args.out.suffix == ".stegvis" else args.out.with_name(args.out.name + ".stegvis")
    if out.exists():
        parser.error(f"{out} exists already")
    built = build_large_project(out, logger("large project"))
    print(json.dumps({"path": str(out), **built["info"]}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
