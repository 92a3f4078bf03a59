"""Stage 1, read: turn files into Articles, or into one clear error per bad input.

Readers never raise for bad input; they yield :class:`ReadError` so a batch goes on
with the rest. Formats: plain text (with an optional ``NAME.meta.json`` sidecar),
JSON Lines of articles and JSON (one article, or a list of them). Other formats
(HTML pages, RSS/Atom feeds) plug in through :data:`READERS` by file suffix.
Metadata given as keyword overrides (the command line's ``--published`` etc.) wins
over metadata found in the files.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventwire.read_web import WEB_READERS
from eventwire.record import Article, id_problem

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
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ValueError(f"bad date {value!r}, expected YYYY-MM-DD") from None


def too_large(size: int, source: str) -> ReadError | None:
    """The error for an input over :data:`MAX_BYTES`, else None."""
    if size > MAX_BYTES:
        return ReadError(source, f"too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
    return None


def decode(data: bytes, source: str) -> str | ReadError:
    """Bytes to text, refusing empty, oversized, binary and undecodable input."""
    if error := too_large(len(data), source):
        return error
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a byte-order mark (Windows editors)
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return ReadError(source, "not valid UTF-16 text despite its byte-order mark")
    if not data.strip():
        return ReadError(source, "empty input: no text to read")
    if b"\x00" in data:  # anywhere: a database refuses NUL in text even past the first page
        return ReadError(source, "binary data, not text (contains NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return ReadError(source, f"not valid UTF-8 text (bad byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                                 "convert it to UTF-8")
    if not text.strip():
        return ReadError(source, "empty input: no text to read")
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
        return ReadError(source, f"published: {exc}")
    article_id = str(merged.get("id") or default_id)
    if problem := id_problem(article_id):
        return ReadError(source, problem)
    fields = {"text": text, **{k: merged.get(k) for k in ("outlet", "url", "title", "language")}}
    if nul := [name for name, value in fields.items() if isinstance(value, str) and "\x00" in value]:
        return ReadError(source, f"{nul[0]} contains a NUL character")
    return Article(
        id=article_id,
        text=text,
        published=published,
        outlet=str(merged.get("outlet") or ""),
        url=str(merged.get("url") or ""),
        title=str(merged.get("title") or ""),
        language=str(merged.get("language") or "en"),
        source=source,
    )


def read_bytes(path: Path) -> bytes | ReadError:
    """A file's bytes, refusing an oversized file before reading it."""
    return too_large(path.stat().st_size, str(path)) or path.read_bytes()


def sidecar_of(path: Path) -> Path:
    """``NAME.meta.json`` beside ``NAME.txt``."""
    return path.with_name(path.stem + ".meta.json")


def read_meta(sidecar: Path) -> dict | ReadError:
    """The metadata object of a ``NAME.meta.json`` sidecar ({} when there is none)."""
    if not sidecar.exists():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        return ReadError(str(sidecar), "malformed metadata (not UTF-8 text)")
    except (ValueError, RecursionError) as exc:
        return ReadError(str(sidecar), f"malformed metadata (not JSON: {exc})")
    if not isinstance(meta, dict):
        return ReadError(str(sidecar), "malformed metadata (not a JSON object of id, outlet, url, published, title)")
    return meta


def read_text_file(path: Path, overrides: dict) -> Iterator[Item]:
    """A plain-text report, with metadata from ``NAME.meta.json`` beside it when present."""
    data = read_bytes(path)
    text = data if isinstance(data, ReadError) else decode(data, str(path))
    if isinstance(text, ReadError):
        yield text
        return
    meta = read_meta(sidecar_of(path))
    if isinstance(meta, ReadError):
        yield meta
        return
    yield make_article(meta, text, str(path), path.stem, overrides)


def read_jsonl(path: Path, overrides: dict) -> Iterator[Item]:
    """JSON Lines of articles, one ``{"id","url","outlet","published","title","text"}`` a line."""
    raw = read_bytes(path)
    data = raw if isinstance(raw, ReadError) else decode(raw, str(path))
    if isinstance(data, ReadError):
        yield data
        return
    for number, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadError(source, f"malformed JSON line ({exc.msg}, column {exc.colno})")
            continue
        except RecursionError:
            yield ReadError(source, "malformed JSON line (nested too deeply)")
            continue
        yield from_row(row, source, f"{path.stem}-{number}", overrides)


def from_row(row: object, source: str, default_id: str, overrides: dict) -> Item:
    """An article from a JSON object with a ``text`` string and optional metadata."""
    if not isinstance(row, dict) or not isinstance(row.get("text"), str):
        return ReadError(source, 'not an article: expected a JSON object with a "text" string')
    if not row["text"].strip():
        return ReadError(source, "empty input: no text to read")
    return make_article(row, row["text"], source, default_id, overrides)


def read_json(path: Path, overrides: dict) -> Iterator[Item]:
    """A JSON file holding one article object, or a list of them; a ``.meta.json`` alone is an error."""
    if path.name.endswith(".meta.json"):
        yield ReadError(str(path), "a metadata sidecar, not a report: give the NAME.txt beside it")
        return
    raw = read_bytes(path)
    data = raw if isinstance(raw, ReadError) else decode(raw, str(path))
    if isinstance(data, ReadError):
        yield data
        return
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as exc:
        yield ReadError(str(path), f"malformed JSON ({exc})")
        return
    if isinstance(value, list):
        for number, row in enumerate(value, 1):
            yield from_row(row, f"{path}[{number}]", f"{path.stem}-{number}", overrides)
    else:
        yield from_row(value, str(path), path.stem, overrides)


Reader = Callable[[Path, dict], Iterator[Item]]
READERS: dict[str, Reader] = {".jsonl": read_jsonl, ".ndjson": read_jsonl, **WEB_READERS}
"""Readers by suffix; folder walks pick up these suffixes (and plain text)."""
NAMED_READERS: dict[str, Reader] = {**READERS, ".json": read_json}
"""Readers for files named one by one: ``.json`` too (folders hold other JSON, e.g. golden outputs)."""


def read_stdin(overrides: dict) -> Iterator[Item]:
    """A plain-text report piped in (the path ``-``); its id is ``stdin`` unless the metadata gives one."""
    data = sys.stdin.buffer.read(MAX_BYTES + 1)
    text = decode(data, "<stdin>")
    yield text if isinstance(text, ReadError) else make_article({}, text, "<stdin>", "stdin", overrides)


def read_path(path: str | Path, **overrides: object) -> Iterator[Item]:
    """Articles from one file, dispatched on its suffix; plain text otherwise; ``-`` is standard input."""
    if str(path) == "-":
        yield from read_stdin(overrides)
        return
    path = Path(path)
    if not path.exists():
        yield ReadError(str(path), "no such file")
        return
    if path.is_dir():
        yield ReadError(str(path), "is a folder, not a file (give the files in it, e.g. FOLDER/*.txt)")
        return
    try:
        yield from NAMED_READERS.get(path.suffix.lower(), read_text_file)(path, overrides)
    except OSError as exc:
        yield ReadError(str(path), f"cannot read ({exc.strerror or exc})")
    except Exception as exc:  # a reader's bug must not stop the batch: name the input instead
        yield ReadError(str(path), f"cannot read ({type(exc).__name__}: {exc})")


def read_paths(paths: list[str | Path], **overrides: object) -> Iterator[Item]:
    """Articles from many files in order; a ``NAME.meta.json`` given with its ``NAME.txt`` is not read twice."""
    given = {Path(p) for p in paths}
    for path in map(Path, paths):
        if path.name.endswith(".meta.json") and path.with_name(path.name[:-10] + ".txt") in given:
            continue
        yield from read_path(path, **overrides)
