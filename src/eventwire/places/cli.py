"""The ``eventwire gazetteer`` commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import geonames_dump, store
from .build import build_store, ensure_store


def cmd_build(args: argparse.Namespace) -> int:
    path = store.default_path() if not args.path else Path(args.path)
    seconds = build_store(path)
    print(f"gazetteer built at {path} in {seconds:.1f}s", file=sys.stderr)
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    files = [Path(f) for f in args.files]
    extra = [Path(f) for f in (args.admin1, args.admin2) if f]
    missing = [str(f) for f in files + extra if not f.is_file()]
    if missing:
        print(f"eventwire gazetteer load: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    path = ensure_store(Path(args.path) if args.path else None)
    try:
        summary = geonames_dump.load(path, files, admin1=Path(args.admin1) if args.admin1 else None,
                                     admin2=Path(args.admin2) if args.admin2 else None, force=args.force)
    except (ValueError, OSError) as exc:
        print(f"eventwire gazetteer load: {exc}", file=sys.stderr)
        return 1
    for name, rows in summary.files.items():
        print(f"{name}: {rows:,} places loaded into {path}", file=sys.stderr)
    for name in summary.skipped:
        print(f"{name}: already loaded (use --force to load it again)", file=sys.stderr)
    if summary.files and not (args.admin1 and args.admin2):
        print("note: GeoNames' admin1CodesASCII.txt and admin2Codes.txt (--admin1, --admin2) name "
              "the provinces and districts of the places loaded", file=sys.stderr)
    return 0


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gazetteer", help="build or extend the offline gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", required=True)
    b = gsub.add_parser("build", help="(re)build the default gazetteer from package data")
    b.add_argument("--path", help="store file (default: $EVENTWIRE_GAZETTEER or the user cache)")
    b.set_defaults(func=cmd_build)
    ld = gsub.add_parser("load", help="add GeoNames dump files (IQ.zip, allCountries.zip) for village-level places")
    ld.add_argument("files", nargs="*", metavar="FILE", help="GeoNames main-table dumps, .txt or .zip")
    ld.add_argument("--admin1", metavar="FILE", help="admin1CodesASCII.txt: province names")
    ld.add_argument("--admin2", metavar="FILE", help="admin2Codes.txt: district names")
    ld.add_argument("--path", help="store file (default: $EVENTWIRE_GAZETTEER or the user cache)")
    ld.add_argument("--force", action="store_true", help="load files again even if loaded before")
    ld.set_defaults(func=cmd_load)
