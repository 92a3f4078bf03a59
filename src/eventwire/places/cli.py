"""The ``eventwire gazetteer`` commands."""

from __future__ import annotations

import argparse
import sys

from . import store
from .build import build_store


def cmd_build(args: argparse.Namespace) -> int:
    path = store.default_path() if not args.path else args.path
    seconds = build_store(path)
    print(f"gazetteer built at {path} in {seconds:.1f}s", file=sys.stderr)
    return 0


def register_cli(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gazetteer", help="build or extend the offline gazetteer")
    gsub = p.add_subparsers(dest="gazetteer_command", required=True)
    b = gsub.add_parser("build", help="(re)build the default gazetteer from package data")
    b.add_argument("--path", help="store file (default: $EVENTWIRE_GAZETTEER or the user cache)")
    b.set_defaults(func=cmd_build)
