"""Ingest: read many reports, extract their events and store them, once each.

Idempotent and resumable: an article already stored (same id or same normalised
text) is skipped before extraction, and each article is committed on its own, so
an interrupted run re-run finishes the rest and duplicates nothing. A bad file or
an extractor failure is reported and skipped; the batch goes on.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from eventwire import progress
from eventwire.read import ReadError, read_path
from eventwire.read_web import iter_files
from eventwire.record import Article, Event
from eventwire.store import Store

Extractor = Callable[[Article], list[Event]]

BATCH_SECONDS = 1.0
BATCH_ARTICLES = 200
"""Articles are committed together at most this often and this many at a time."""


@dataclass
class IngestSummary:
    """The counts the user sees at the end, and why each failure failed."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    events_new: int = 0
    events_merged: int = 0
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def lines(self) -> list[str]:
        rate = self.read / self.seconds if self.seconds > 0 else 0.0
        out = [
            f"articles read: {self.read} ({rate:.1f}/s)",
            f"  stored: {self.stored}",
            f"  skipped (already stored): {self.skipped}",
            f"events new: {self.events_new}, merged into stored events: {self.events_merged}",
            f"failed (skipped, nothing stored from them): {self.failed}",
        ]
        out += [f"  - {why}" for why in self.failures]
        return out


def default_extractor() -> Extractor:
    """The pipeline's extractor, imported late so the store works without spaCy loaded."""
    from eventwire.pipeline import extract_article

    return extract_article


class Progress:
    """Files done of the total, with rate and time left, and the articles read so far;
    drawn only when stderr is a terminal (or when ``enabled``)."""

    def __init__(self, total_files: int, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self._bar = progress.bar(max(total_files, 1), "files", "file", stream=self.stream, enabled=enabled)
        self.enabled = not self._bar.disable
        self.files = 0
        self.articles = 0
        self._drawn = 0.0

    def update(self, files: int | None = None, articles: int | None = None, force: bool = False) -> None:
        if not self.enabled:
            return
        if files is not None and files > self.files:
            self._bar.update(files - self.files)
            self.files = files
        if articles is not None:
            self.articles = articles
        now = time.monotonic()
        if force or now - self._drawn >= 0.2:  # a file of many articles moves only this count
            self._drawn = now
            self._bar.set_postfix_str(f"articles {self.articles}")

    def note(self, line: str) -> None:
        """A message above the bar as it happens (a file skipped and why); the summary lists them all anyway."""
        if self.enabled:
            self._bar.write(line, file=self.stream)

    def close(self) -> None:
        if self.enabled:
            self._bar.set_postfix_str(f"articles {self.articles}", refresh=False)
        self._bar.close()


def iter_items(paths: Iterable[str | Path], on_file: Callable[[int], None] | None = None) -> Iterator[Article | ReadError]:
    """Articles and read errors from files, folders (recursively), JSON Lines and feeds.

    A reader that breaks on a file ends that file with a :class:`ReadError`; the rest goes on.
    """
    done = 0
    for item in iter_files(paths):
        if isinstance(item, ReadError):
            yield item
        else:
            try:
                yield from read_path(item)
            except Exception as exc:  # noqa: BLE001 - one unreadable file must not stop a batch
                yield ReadError(str(item), f"cannot read ({type(exc).__name__}: {exc})")
        done += 1
        if on_file:
            on_file(done)


@dataclass
class Extracted:
    """What the per-article step made of one article: its events, or why it failed."""

    article: Article
    events: list[Event] = field(default_factory=list)
    error: str = ""


def extract_events(article: Article, extract: Extractor) -> Extracted:
    """The per-article step, article -> events, with no store involved: safe to run in worker processes."""
    try:
        events = list(extract(article))
    except Exception as exc:  # noqa: BLE001 - one report's failure must not stop a batch
        return Extracted(article, error=f"{_name(article)}: extraction failed ({type(exc).__name__}: {exc})")
    return Extracted(article, events)


def _name(article: Article) -> str:
    """The input an article came from (path, path:line or feed item), for messages."""
    where = getattr(article, "source", "") or article.url
    return f"{where} (article {article.id})" if where else f"article {article.id}"


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    extract: Extractor | None = None,
    progress: Progress | None = None,
    read: Callable[..., Iterator[Article | ReadError]] = iter_items,
) -> IngestSummary:
    """Read ``paths`` into ``store``; return what happened. Never stops for one bad input.

    ``read`` yields the items (as :func:`iter_items` does); :mod:`eventwire.parallel` passes
    one that sends articles ahead to worker processes, with ``extract`` collecting their events.
    """
    paths = list(paths)
    extract = extract or default_extractor()
    if progress is None:
        progress = Progress(sum(1 for _ in iter_files(paths)))
    summary = IngestSummary()
    started = time.perf_counter()
    items = read(paths, on_file=lambda n: progress.update(files=n))
    try:
        finished, interrupted = False, None
        while not finished and interrupted is None:
            # commit every second or so: fast where commits wait for the disk; a crash
            # loses only the articles since the last commit, Ctrl-C not even those
            with store.batch():
                deadline, n = time.monotonic() + BATCH_SECONDS, 0
                try:
                    for item in items:
                        _ingest_item(item, store, extract, summary, progress)
                        n += 1
                        if n >= BATCH_ARTICLES or time.monotonic() > deadline:
                            break
                    else:
                        finished = True
                except KeyboardInterrupt as exc:  # the article in flight rolled back; keep the others
                    interrupted = exc
        if interrupted is not None:
            raise interrupted
    finally:
        progress.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _ingest_item(item: Article | ReadError, store: Store, extract: Extractor, summary: IngestSummary,
                 progress: Progress) -> None:
    if isinstance(item, ReadError):
        summary.failures.append(str(item))
        progress.note(f"skipped {item}")
        return
    summary.read += 1
    failed = summary.failed
    ingest_article(item, store, extract, summary)
    if summary.failed > failed:
        progress.note(f"skipped {summary.failures[-1]}")
    progress.update(articles=summary.read)


def ingest_article(article: Article, store: Store, extract: Extractor, summary: IngestSummary) -> None:
    """Store one article with its events (skipped when already stored), counting the outcome into ``summary``."""
    if store.has_article(article.id, article.text):
        summary.skipped += 1
        return
    store_extracted(extract_events(article, extract), store, summary)


def store_extracted(done: Extracted, store: Store, summary: IngestSummary) -> None:
    """Store what :func:`extract_events` made of one article; database errors stop the batch, bad events do not."""
    if done.error:
        summary.failures.append(done.error)
        return
    try:
        result = store.add_article(done.article, done.events)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:  # a malformed event; database errors stop
        summary.failures.append(f"{_name(done.article)}: could not store its events ({type(exc).__name__}: {exc})")
        return
    if not result.stored:  # another process stored it meanwhile
        summary.skipped += 1
        return
    summary.stored += 1
    summary.events_new += result.new
    summary.events_merged += result.merged
