"""The ``eventwire gazetteer`` commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.countries import country_name

from . import download, fetch, geonames_dump, store
from .build import build_store, ensure_store

LOAD_ELSEWHERE = ("eventwire gazetteer load {name}.zip --admin1 admin1CodesASCII.txt "
                  "--admin2 admin2Codes.txt")


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
    return _load("load", path, files, Path(args.admin1) if args.admin1 else None,
                 Path(args.admin2) if args.admin2 else None, args.force)


def _load(command: str, path: Path, files: list[Path], admin1: Path | None, admin2: Path | None,
          force: bool = False) -> int:
    """Load dumps and code tables into the store at ``path``, saying what each file gave."""
    try:
        summary = geonames_dump.load(path, files, admin1=admin1, admin2=admin2, force=force)
    except (ValueError, OSError) as exc:
        print(f"eventwire gazetteer {command}: {exc}", file=sys.stderr)
        return 1
    for name, rows in summary.files.items():
        print(f"{name}: {rows:,} places loaded into {path}", file=sys.stderr)
    for name in summary.skipped:
        print(f"{name}: already loaded" + (" (use --force to load it again)" if command == "load" else ""),
              file=sys.stderr)
    if summary.files and not (admin1 and admin2):
        print("note: GeoNames' admin1CodesASCII.txt and admin2Codes.txt (--admin1, --admin2) name "
              "the provinces and districts of the places loaded", file=sys.stderr)
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    names, bad = download.dump_names(args.countries)
    for problem in bad:
        print(f"eventwire gazetteer download: {problem}", file=sys.stderr)
    try:
        src = download.source(args.source)
    except ValueError as exc:
        print(f"eventwire gazetteer download: --from {exc}", file=sys.stderr)
        return 2
    if bad:
        return 2
    path = Path(args.path) if args.path else store.default_path()
    folder = Path(args.dir) if args.dir else download.dumps_folder(path)
    try:
        got = download.download(names, src, folder, timeout=args.timeout)
    except KeyboardInterrupt:
        print("eventwire gazetteer download: interrupted; what was fetched is kept, run again to resume",
              file=sys.stderr)
        return 130
    except fetch.Unreachable as exc:
        print(f"eventwire gazetteer download: {exc}; to load a dump fetched elsewhere: "
              f"{LOAD_ELSEWHERE.format(name=names[0])}", file=sys.stderr)
        return 1
    except OSError as exc:  # the folder for fetched files cannot be written
        print(f"eventwire gazetteer download: {exc}", file=sys.stderr)
        return 1
    for problem in got.problems:
        print(f"eventwire gazetteer download: {problem}", file=sys.stderr)
    for name in got.unchanged:
        print(f"{name}: unchanged since it was fetched", file=sys.stderr)
    if not got.dumps:
        return 1
    status = _load("download", ensure_store(path), got.dumps, got.admin1, got.admin2)
    return status or (1 if got.problems else 0)


def cmd_status(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else store.default_path()
    if not store.is_valid(path):
        print(f"no gazetteer at {path} yet: it is built on first use, or by 'eventwire gazetteer build'")
        return 1
    print("\n".join(status_lines(store.status(path))))
    return 0


def status_lines(st: store.Status) -> list[str]:
    """What ``gazetteer status`` prints: the store, its size, and the dumps loaded by country."""
    lines = [f"gazetteer: {st.path}"]
    if st.built_at:
        lines.append(f"built: {_when(st.built_at)} from package data (towns of 500+ people, provinces, districts)")
    lines.append(f"places: {st.places:,}")
    if not st.loads and not st.unrecorded:
        lines.append("GeoNames dumps loaded: none; add a country's villages with: eventwire gazetteer download CC")
        return lines
    lines.append("GeoNames dumps loaded:")
    names = {c.country: c.name or country_name(c.country) for c in st.loads}
    width = max(map(len, names.values()), default=0)
    for c in st.loads:
        lines.append(f"  {c.country}  {names[c.country]:<{width}}  {c.places:>10,} places  "
                     f"loaded {_when(c.loaded_at)} from {', '.join(c.files)} ({c.dump_rows:,} rows)")
    for name in st.unrecorded:
        lines.append(f"  {name} (loaded before load dates were recorded)")
    return lines


def _when(iso: str) -> str:
    """'2025-03-02T10:15:00+00:00' -> '2025-03-02 10:15 UTC'."""
    return iso[:16].replace("T", " ") + " UTC" if len(iso) >= 16 else iso


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gazetteer", help="build or extend the offline gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", required=True)
    path_help = "store file (default: $EVENTWIRE_GAZETTEER or the user cache)"
    b = gsub.add_parser("build", help="(re)build the default gazetteer from package data")
    b.add_argument("--path", help=path_help)
    b.set_defaults(func=cmd_build)
    ld = gsub.add_parser("load", help="add GeoNames dump files (IQ.zip, allCountries.zip) for village-level places")
    ld.add_argument("files", nargs="*", metavar="FILE", help="GeoNames main-table dumps, .txt or .zip")
    ld.add_argument("--admin1", metavar="FILE", help="admin1CodesASCII.txt: province names")
    ld.add_argument("--admin2", metavar="FILE", help="admin2Codes.txt: district names")
    ld.add_argument("--path", help=path_help)
    ld.add_argument("--force", action="store_true", help="load files again even if loaded before")
    ld.set_defaults(func=cmd_load)
    dl = gsub.add_parser("download", help="download GeoNames country dumps (villages) and load them")
    dl.add_argument("countries", nargs="+", metavar="CC",
                    help=f"two-letter country codes (IQ, ML), or {download.ALL_COUNTRIES}")
    dl.add_argument("--from", dest="source", metavar="URL",
                    help=f"base URL of the dumps (default {download.GEONAMES}): a mirror, a folder served "
                         "on a closed network, a file:// URL or a local folder")
    dl.add_argument("--path", help=path_help)
    dl.add_argument("--dir", help="where fetched files are kept (default: a folder 'geonames' beside the store)")
    dl.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                    help="give up on a connection silent this long (default 30)")
    dl.set_defaults(func=cmd_download)
    st = gsub.add_parser("status", help="what the gazetteer holds: places, and dumps loaded by country")
    st.add_argument("--path", help=path_help)
    st.set_defaults(func=cmd_status)
