"""The ``serve`` subcommand: the API and dashboard over a store, on loopback unless told otherwise."""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys


def register_cli(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("serve", help="REST API and offline dashboard over the event database")
    p.add_argument("--db", default=os.environ.get("EVENTWIRE_DB", "eventwire.db"),
                   help="SQLite file or postgresql:// URL (default: $EVENTWIRE_DB or eventwire.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--token", default=os.environ.get("EVENTWIRE_TOKEN"),
                   help="accept POST /api/reports with 'Authorization: Bearer TOKEN' (default $EVENTWIRE_TOKEN;"
                        " without one the server is read-only)")
    p.set_defaults(func=cmd_serve)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local_hosts(host: str) -> list[str] | None:
    """Host names a loopback server answers to (None: any, when it is bound to a public address)."""
    if host in ("127.0.0.1", "localhost"):
        return ["127.0.0.1", "localhost"]
    return None


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from eventwire.web.app import create_app
    except ImportError as exc:
        print(f"eventwire: serve needs starlette and uvicorn ({exc})", file=sys.stderr)
        return 2
    try:
        app = create_app(args.db, token=args.token, allowed_hosts=local_hosts(args.host))
    except Exception as exc:  # noqa: BLE001 - name the database, whatever the driver raised
        print(f"eventwire: cannot open database {args.db}: {exc}", file=sys.stderr)
        return 2
    if not _loopback(args.host):
        print(f"eventwire: serving on {args.host}, reachable from other machines", file=sys.stderr)
    mode = "reports accepted with the token" if args.token else "read-only"
    print(f"eventwire: dashboard at http://{args.host}:{args.port}/ ({mode})", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
