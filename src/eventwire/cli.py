"""The ``eventwire`` command: a thin layer that parses arguments and calls the library."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from eventwire import output
from eventwire.pipeline import extract_article
from eventwire.read import ReadError, parse_date, read_paths


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the events of each report; a bad report is named on stderr and skipped."""
    if args.published:
        try:
            parse_date(args.published)
        except ValueError as exc:
            print(f"eventwire: --published: {exc}", file=sys.stderr)
            return 2
    events, failed = [], 0
    for item in read_paths(args.files, published=args.published, outlet=args.outlet, url=args.url):
        if isinstance(item, ReadError):
            print(f"eventwire: {item}", file=sys.stderr)
            failed += 1
            continue
        events.extend(extract_article(item))
    output.write(events, args.format, sys.stdout)
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the events of news reports (no database)")
    p.add_argument("files", nargs="+", help="text files (NAME.meta.json beside them) or JSON Lines")
    p.add_argument("--published", help="publication date YYYY-MM-DD, for relative dates")
    p.add_argument("--outlet", help="outlet name")
    p.add_argument("--url", help="report URL")
    p.add_argument("--format", choices=output.FORMATS, default="jsonl")
    p.set_defaults(func=cmd_extract)
    for register in _registrars():
        register(sub)
    return parser


def _registrars() -> list:
    """Subcommands that other parts of the package contribute."""
    from eventwire.places.cli import register_cli as places_cli
    from eventwire.store.cli import register_cli as store_cli
    from eventwire.web.cli import register_cli as web_cli

    return [places_cli, store_cli, web_cli]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
