"""Many reports on many cores: extraction in worker processes, storing in order in this one.

Workers load the spaCy model once each (:func:`warm_up`) and extract chunks of
articles with :func:`eventwire.pipeline.extract_many`; this process reads the
inputs, keeps a bounded number of chunks in flight and stores every article in
input order through :func:`eventwire.ingest.ingest_article`, so the store ends up
exactly as a one-process ``ingest`` leaves it. A *mapper* runs the chunks: a
local process pool here (:class:`LocalPool`), a cluster in :mod:`eventwire.engines`.
"""

from __future__ import annotations

import multiprocessing
import pickle
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Protocol

from eventwire.ingest import IngestSummary, Progress, ingest_article, iter_items
from eventwire.read import ReadError
from eventwire.read_web import iter_files
from eventwire.record import Article, Event
from eventwire.store import Store

CHUNK = 16  # articles per task: big enough to batch the parser, small enough to spread
Outcome = list[Event] | BaseException  # an article's events, or why extraction failed


class Mapper(Protocol):
    """Runs :func:`extract_chunk` over chunks, yielding each chunk's outcomes in input order."""

    def map_chunks(self, chunks: Iterable[list[Article]]) -> Iterator[list[Outcome]]: ...

    def close(self) -> None: ...


def warm_up() -> None:
    """Load the model and the pre-filter tables once in this process, before the first report."""
    from eventwire import prefilter
    from eventwire.parse import nlp

    nlp()
    prefilter.may_mention("")


def extract_chunk(articles: list[Article]) -> list[Outcome]:
    """Events of each article; a failure is returned in its place so the batch goes on."""
    from eventwire.pipeline import extract_article, extract_many

    try:
        return list(extract_many(articles))
    except Exception:  # noqa: BLE001 - find which article failed, one at a time
        out: list[Outcome] = []
        for article in articles:
            try:
                out.append(extract_article(article))
            except Exception as exc:  # noqa: BLE001
                out.append(_portable(exc))
        return out


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it can cross to another process, else one with its text."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def ordered(submit: Callable[[list[Article]], Future], chunks: Iterable[list[Article]],
            in_flight: int) -> Iterator[list[Outcome]]:
    """Submit chunks keeping at most ``in_flight`` pending; yield results in submission order."""
    pending: deque[Future] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class LocalPool:
    """Worker processes on this machine, the model loaded once in each."""

    def __init__(self, workers: int, start_method: str = "spawn") -> None:
        self.workers = workers
        context = multiprocessing.get_context(start_method)
        self.pool = ProcessPoolExecutor(workers, mp_context=context, initializer=warm_up)

    def map_chunks(self, chunks: Iterable[list[Article]]) -> Iterator[list[Outcome]]:
        return ordered(lambda c: self.pool.submit(extract_chunk, c), chunks, in_flight=2 * self.workers + 1)

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


def chunked(items: Iterable[Article], size: int = CHUNK) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_parallel(articles: Iterable[Article], mapper: Mapper, chunk: int = CHUNK) -> Iterator[Outcome]:
    """Each article's events (or failure), in input order, extracted by ``mapper``."""
    for outcomes in mapper.map_chunks(chunked(articles, chunk)):
        yield from outcomes


def ingest_parallel(paths: Iterable[str | Path], store: Store, mapper: Mapper,
                    progress: Progress | None = None, chunk: int = CHUNK) -> IngestSummary:
    """Like :func:`eventwire.ingest.ingest`, extracting with ``mapper``; stores in input order."""
    paths = list(paths)
    if progress is None:
        progress = Progress(sum(1 for _ in iter_files(paths)))
    summary = IngestSummary()
    started = time.perf_counter()
    # Items read but not yet stored, in input order; True marks those sent for extraction.
    waiting: deque[tuple[Article | ReadError, bool]] = deque()

    def to_extract() -> Iterator[Article]:
        for item in iter_items(paths, on_file=lambda k: progress.update(files=k)):
            send = isinstance(item, Article) and not store.has_article(item.id, item.text)
            waiting.append((item, send))
            if send:
                yield item

    def settle(until_sent: bool) -> Article | None:
        """Count the waiting items that need no extraction; return the next sent article."""
        while waiting:
            item, sent = waiting.popleft()
            if isinstance(item, ReadError):
                summary.failures.append(str(item))
                continue
            summary.read += 1
            if sent and until_sent:
                return item
            summary.skipped += 1  # stored before this run
        return None

    try:
        for outcome in extract_parallel(to_extract(), mapper, chunk):
            article = settle(until_sent=True)
            assert article is not None, "an outcome without its article"
            ingest_article(article, store, _replay(outcome), summary)
            progress.update(articles=summary.read)
        settle(until_sent=False)
    finally:
        progress.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _replay(outcome: Outcome) -> Callable[[Article], list[Event]]:
    """An extractor that gives back an outcome computed elsewhere."""
    def extract(article: Article) -> list[Event]:
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome
    return extract


def ingest_with(paths: Iterable[str | Path], store: Store, progress: Progress | None, workers: int = 0,
                engine: str | None = None, address: str | None = None) -> IngestSummary:
    """``ingest --workers N`` / ``--engine NAME``: open the mapper, ingest, shut the workers down.

    ``workers`` 0 means one per core; with ``address`` the cluster's own workers are used.
    """
    from eventwire.engines import open_mapper

    mapper = open_mapper(engine, address, workers)
    try:
        return ingest_parallel(paths, store, mapper, progress)
    finally:
        mapper.close()
