"""The ``eventwire`` command: a thin layer that parses arguments and calls the library."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Iterator, Sequence

from eventwire import output
from eventwire.pipeline import extract_article
from eventwire.read import ReadError, parse_date, read_paths
from eventwire.record import Article, Event


def cmd_extract(args: argparse.Namespace) -> int:
    """Print the events of each report; a bad report is named on stderr and the batch goes on.

    Exit status: 0 when every input was read and extracted, 1 when any failed, 2 for a bad
    ``--published`` (it would misdate every report, so nothing is read).
    """
    if args.published:
        try:
            parse_date(args.published)
        except ValueError as exc:
            print(f"eventwire: --published: {exc}", file=sys.stderr)
            return 2
    failures: list[str] = []
    items = read_paths(args.files, published=args.published, outlet=args.outlet, url=args.url)
    output.write(_events(items, failures), args.format, sys.stdout)
    return 1 if failures else 0


def _events(items: Iterable[Article | ReadError], failures: list[str]) -> Iterator[Event]:
    """The events of each readable article; each failure is printed on stderr and noted."""
    for item in items:
        if isinstance(item, Article):
            try:
                events = extract_article(item)
            except Exception as exc:  # one report's failure must not stop the batch
                item = ReadError(item.source or item.id, f"extraction failed ({type(exc).__name__}: {exc})")
            else:
                yield from events
                continue
        sys.stdout.flush()
        print(f"eventwire: {item}", file=sys.stderr, flush=True)
        failures.append(str(item))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventwire", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print the events of news reports (no database)")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="text files (metadata in NAME.meta.json beside NAME.txt), JSON Lines of articles "
                        "(.jsonl), JSON, HTML pages or RSS/Atom feeds; - reads a text report from standard input")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date, the anchor of relative dates ('on Tuesday'); overrides the files'")
    p.add_argument("--outlet", metavar="NAME", help="outlet name; overrides the files'")
    p.add_argument("--url", metavar="URL", help="report URL; overrides the files'")
    p.add_argument("--format", choices=output.FORMATS, default="jsonl",
                   help="jsonl (default): one full record a line; json: an array; csv: flat columns; "
                        "table: one readable line an event")
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
    """Run one command; its exit status is returned (argparse exits 2 on bad arguments)."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 0
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
