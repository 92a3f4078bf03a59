"""Stage 1, read: turn files into Articles, or into one clear error per bad input.

Readers never raise for bad input; they yield :class:`ReadError` so a batch goes on
with the rest. Formats: plain text (with an optional ``NAME.meta.json`` sidecar) and
JSON Lines of articles. Other formats (HTML pages, RSS/Atom feeds) plug in through
:data:`READERS` by file suffix.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.read_web import WEB_READERS
from eventwire.record import Article

MAX_BYTES = 5_000_000
"""Larger inputs are refused: no news report is this long, and parsing it would stall a batch."""


@dataclass
class ReadError:
    """One bad input: ``source`` names it (path, or path:line), ``problem`` says what is wrong."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


Item = Article | ReadError


def parse_date(value: str | date | None) -> date | None:
    """Parse an ISO date (``YYYY-MM-DD``, a longer ISO timestamp is cut to its date)."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"bad date {value!r}, expected YYYY-MM-DD") from None


def decode(data: bytes, source: str) -> str | ReadError:
    """Bytes to text, refusing empty, oversized, binary and undecodable input."""
    if len(data) > MAX_BYTES:
        return ReadError(source, f"too large ({len(data):,} bytes; limit {MAX_BYTES:,})")
    if not data.strip():
        return ReadError(source, "empty input: no text to read")
    if b"\x00" in data[:8192]:
        return ReadError(source, "binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(source, f"not valid UTF-8 text (byte {exc.start}: {exc.reason})")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.05 * min(len(text), 8192):
        return ReadError(source, "binary data, not text (mostly control characters)")
    return text


def make_article(meta: dict, text: str, source: str, default_id: str, overrides: dict) -> Item:
    """Build an Article from metadata, letting command-line ``overrides`` win."""
    merged = {**meta, **{k: v for k, v in overrides.items() if v}}
    try:
        published = parse_date(merged.get("published"))
    except ValueError as exc:
        return ReadError(source, str(exc))
    return Article(
        id=str(merged.get("id") or default_id),
        text=text,
        published=published,
        outlet=str(merged.get("outlet") or ""),
        url=str(merged.get("url") or ""),
        title=str(merged.get("title") or ""),
        language=str(merged.get("language") or "en"),
    )


def read_text_file(path: Path, overrides: dict) -> Iterator[Item]:
    """A plain-text report, with metadata from ``NAME.meta.json`` beside it when present."""
    text = decode(path.read_bytes(), str(path))
    if isinstance(text, ReadError):
        yield text
        return
    meta: dict = {}
    sidecar = path.with_name(path.stem + ".meta.json")
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                raise ValueError("not a JSON object")
        except (ValueError, UnicodeDecodeError) as exc:
            yield ReadError(str(sidecar), f"malformed metadata ({exc})")
            return
    yield make_article(meta, text, str(path), path.stem, overrides)


def read_jsonl(path: Path, overrides: dict) -> Iterator[Item]:
    """JSON Lines of articles, one ``{"id","url","outlet","published","title","text"}`` a line."""
    data = decode(path.read_bytes(), str(path))
    if isinstance(data, ReadError):
        yield data
        return
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            yield ReadError(source, f"malformed JSON line ({exc.msg})")
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            yield ReadError(source, "JSON line has no \"text\" string")
            continue
        if not row["text"].strip():
            yield ReadError(source, "empty input: no text to read")
            continue
        yield make_article(row, row["text"], source, f"{path.stem}-{number}", overrides)


Reader = Callable[[Path, dict], Iterator[Item]]
READERS: dict[str, Reader] = {".jsonl": read_jsonl, ".ndjson": read_jsonl, **WEB_READERS}


def read_path(path: str | Path, **overrides: object) -> Iterator[Item]:
    """Articles from one file, dispatched on its suffix; plain text otherwise."""
    path = Path(path)
    if not path.exists():
        yield ReadError(str(path), "no such file")
        return
    if path.is_dir():
        yield ReadError(str(path), "is a folder, not a file")
        return
    try:
        yield from READERS.get(path.suffix.lower(), read_text_file)(path, overrides)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")


def read_paths(paths: list[str | Path], **overrides: object) -> Iterator[Item]:
    for path in paths:
        yield from read_path(path, **overrides)
