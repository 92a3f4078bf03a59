"""Fetch one file over HTTP(S) into a folder, resuming a broken transfer.

A transfer goes into ``NAME.part``; the validator of the copy being fetched
(its ETag or Last-Modified) is kept beside it in ``NAME.part.from``. A broken
connection is retried from where it stopped (an HTTP Range request, with
If-Range so that a file changed meanwhile is fetched whole), and a run that
gives up leaves the part for the next run to resume. A file already here is
asked for with If-Modified-Since, so an unchanged one is not fetched again.
Standard library only.
"""

from __future__ import annotations

import http.client
import os
import socket
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from eventwire import __version__
from eventwire.progress import bar as progress_bar

CHUNK = 1 << 16
TRIES = 4
RETRY_WAIT = 2.0  # seconds before the second try; doubled after each broken one


class Unreachable(Exception):
    """The host cannot be reached at all: offline, no such name, refused, timed out."""

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"cannot reach {host} ({reason})")
        self.host, self.reason = host, reason


class FetchError(Exception):
    """The host answered, but the file could not be had (not there, refused, kept breaking)."""


class _Broken(Exception):
    """A transfer stopped part way; another try resumes it."""


@dataclass
class Fetched:
    """A file fetched, or found current, at ``path``."""

    path: Path
    new: bool  # False when the copy here was current (the server said 304)


def fetch(url: str, folder: Path, progress: bool = True, timeout: float = 30.0) -> Fetched:
    """Fetch ``url`` into ``folder`` under its own name; retries and resumes a broken transfer."""
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / Path(urlsplit(url).path).name
    wait = RETRY_WAIT
    for _ in range(TRIES - 1):
        try:
            return _try(url, dest, progress, timeout)
        except _Broken:
            time.sleep(wait)
            wait *= 2
    try:
        return _try(url, dest, progress, timeout)
    except _Broken as exc:
        done = _part(dest).stat().st_size if _part(dest).exists() else 0
        raise FetchError(f"{dest.name}: the transfer broke off {TRIES} times ({exc}); "
                         f"{done:,} bytes are kept, run again to resume") from None


def _part(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part")


def _validator_file(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part.from")


def _try(url: str, dest: Path, progress: bool, timeout: float) -> Fetched:
    part, validator_file = _part(dest), _validator_file(dest)
    offset = part.stat().st_size if part.exists() else 0
    headers = {"User-Agent": f"eventwire/{__version__}"}
    if offset:
        headers["Range"] = f"bytes={offset}-"
        if validator_file.exists():
            headers["If-Range"] = validator_file.read_text(encoding="utf-8").strip()
    elif dest.exists():
        headers["If-Modified-Since"] = formatdate(dest.stat().st_mtime, usegmt=True)
    response = _open(url, headers, timeout, dest)
    if response is None:
        return Fetched(dest, new=False)
    with response:
        if response.status == 206:
            if _range_start(response) != offset:
                part.unlink(missing_ok=True)
                raise _Broken("the server sent another part of the file; starting again")
            mode = "ab"
        else:  # the whole file: no part was here, or the copy it began has changed
            mode, offset = "wb", 0
            validator = response.headers.get("ETag") or response.headers.get("Last-Modified")
            if validator:
                validator_file.write_text(validator, encoding="utf-8")
            else:
                validator_file.unlink(missing_ok=True)
        length = response.headers.get("Content-Length")
        expected = offset + int(length) if length and length.isdigit() else None
        bar = progress_bar(expected, dest.name, data=True, initial=offset, enabled=None if progress else False)
        got = offset
        with bar, part.open(mode) as out:
            while chunk := _read(response, got):
                out.write(chunk)
                got += len(chunk)
                bar.update(len(chunk))
        if expected is not None and got < expected:
            raise _Broken(f"connection closed after {got:,} of {expected:,} bytes")
        modified = response.headers.get("Last-Modified")
    os.replace(part, dest)
    validator_file.unlink(missing_ok=True)
    if modified:
        _set_mtime(dest, modified)
    return Fetched(dest, new=True)


def _read(response: http.client.HTTPResponse, got: int) -> bytes:
    """The next chunk; a connection reset, timed out or cut short is a broken transfer."""
    try:
        return response.read(CHUNK)
    except (http.client.HTTPException, OSError) as exc:
        raise _Broken(f"{type(exc).__name__} after {got:,} bytes") from None


def _open(url: str, headers: dict[str, str], timeout: float, dest: Path) -> http.client.HTTPResponse | None:
    """The server's answer, or None for 'not modified'; errors become the exceptions above."""
    host = urlsplit(url).hostname or url
    request = urllib.request.Request(url, headers=headers)
    try:
        return urllib.request.urlopen(request, timeout=timeout)  # noqa: S310 - http(s) only, checked by the caller
    except urllib.error.HTTPError as exc:
        exc.close()
        if exc.code == 304:
            return None
        if exc.code == 416:  # the part here is no prefix of the file there: start again
            _part(dest).unlink(missing_ok=True)
            raise _Broken("the server refused to resume; starting again") from None
        if exc.code == 404:
            raise FetchError(f"{dest.name}: not found at {url}") from None
        raise FetchError(f"{dest.name}: {url} answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise Unreachable(host, _reason(exc.reason)) from None
    except (TimeoutError, socket.timeout) as exc:
        raise Unreachable(host, _reason(exc)) from None
    except (http.client.HTTPException, ConnectionError) as exc:  # dropped before any answer
        raise _Broken(f"{type(exc).__name__}: {exc}") from None


def _reason(reason: object) -> str:
    """A short cause for a failed connection, in words a user knows."""
    if isinstance(reason, socket.gaierror):
        return "the name does not resolve: no network, or no DNS"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "timed out"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason)


def _range_start(response: http.client.HTTPResponse) -> int | None:
    """Where a 206 answer's bytes begin ('Content-Range: bytes 100-199/200')."""
    value = response.headers.get("Content-Range", "")
    unit, _, spec = value.partition(" ")
    start = spec.split("-", 1)[0]
    return int(start) if unit == "bytes" and start.isdigit() else None


def _set_mtime(path: Path, http_date: str) -> None:
    """Date the file as the server does, so If-Modified-Since asks about the same copy."""
    try:
        stamp = parsedate_to_datetime(http_date).timestamp()
    except (TypeError, ValueError):
        return
    os.utime(path, (stamp, stamp))
