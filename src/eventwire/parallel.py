"""Many reports on many cores: extraction in worker processes, storing in order in this one.

Workers load the spaCy model once each (:func:`warm_up`) and extract chunks of
articles with :func:`eventwire.pipeline.extract_many`. This process reads the
inputs, sends the articles a few chunks ahead (:class:`Prefetch`) and stores every
article in input order through :func:`eventwire.ingest.ingest` itself, so the store
ends up exactly as a one-process ``ingest`` leaves it. A *mapper* runs the chunks:
a local process pool here (:class:`LocalPool`), a cluster in :mod:`eventwire.engines`.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Protocol

from eventwire.ingest import IngestSummary, Progress, ingest, iter_items
from eventwire.read import ReadError
from eventwire.record import Article, Event
from eventwire.store import Store

CHUNK = 16  # articles per task: big enough to batch the parser, small enough to spread
Outcome = list[Event] | BaseException  # an article's events, or why extraction failed


class Pending(Protocol):
    def result(self) -> list[Outcome]: ...


class Mapper(Protocol):
    """Runs :func:`extract_chunk` on workers; ``in_flight`` chunks keep them all busy."""

    in_flight: int

    def submit(self, chunk: list[Article]) -> Pending: ...

    def close(self) -> None: ...


def warm_up() -> None:
    """Load the model, the pre-filter tables and the gazetteer once in this process, before any report."""
    from eventwire import prefilter
    from eventwire.pipeline import extract

    prefilter.may_mention("")
    extract("Gunmen attacked a police checkpoint near Baidoa on Monday, killing four officers.",
            published="2021-12-07")


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


class LocalPool:
    """Worker processes on this machine, the model loaded once in each."""

    def __init__(self, workers: int, start_method: str = "spawn") -> None:
        self.in_flight = 2 * workers + 1
        context = multiprocessing.get_context(start_method)
        self.pool = ProcessPoolExecutor(workers, mp_context=context, initializer=warm_up)

    def submit(self, chunk: list[Article]) -> Future:
        return self.pool.submit(extract_chunk, chunk)

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
    pending: deque[Pending] = deque()
    for part in chunked(articles, chunk):
        pending.append(mapper.submit(part))
        if len(pending) >= mapper.in_flight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


class _Chunk:
    """Articles sent together; their outcomes once the chunk is submitted and done."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.pending: Pending | None = None
        self._done: list[Outcome] | None = None

    def outcome(self, index: int) -> Outcome:
        if self._done is None:
            assert self.pending is not None
            self._done = self.pending.result()
        return self._done[index]


class Prefetch:
    """Reads items for :func:`eventwire.ingest.ingest`, sending articles to ``mapper`` ahead of their turn.

    ``ingest`` stores each article when :meth:`items` yields it, calling :meth:`extract`,
    which returns the events the workers found for it. Articles already stored are not sent.
    """

    def __init__(self, store: Store, mapper: Mapper, chunk: int = CHUNK) -> None:
        self.store, self.mapper, self.size = store, mapper, chunk
        self.ahead = chunk * mapper.in_flight  # articles read ahead of the one being stored
        self.queue: deque[tuple[Article | ReadError, _Chunk | None, int]] = deque()
        self.open = _Chunk()  # filling, not yet submitted
        self.turn: tuple[Article, _Chunk, int] | None = None

    def items(self, paths: Iterable[str | Path], on_file: Callable[[int], None] | None = None
              ) -> Iterator[Article | ReadError]:
        source = iter_items(paths, on_file=on_file)
        exhausted = False
        while True:
            while not exhausted and len(self.queue) < self.ahead:
                item = next(source, None)
                if item is None:
                    exhausted = True
                else:
                    self._read(item)
            if not self.queue:
                return
            item, part, index = self.queue.popleft()
            if part is self.open:  # its turn came before the chunk filled up
                self._submit()
            self.turn = (item, part, index) if part is not None else None
            yield item

    def _read(self, item: Article | ReadError) -> None:
        if isinstance(item, ReadError) or self.store.has_article(item.id, item.text):
            self.queue.append((item, None, -1))
            return
        self.queue.append((item, self.open, len(self.open.articles)))
        self.open.articles.append(item)
        if len(self.open.articles) >= self.size:
            self._submit()

    def _submit(self) -> None:
        self.open.pending = self.mapper.submit(self.open.articles)
        self.open = _Chunk()

    def extract(self, article: Article) -> list[Event]:
        """The events of the article whose turn it is, as the workers found them."""
        if self.turn is None or self.turn[0] is not article:
            raise RuntimeError(f"{article.id}: not sent for extraction")  # stored before this run
        outcome = self.turn[1].outcome(self.turn[2])
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def ingest_parallel(paths: Iterable[str | Path], store: Store, mapper: Mapper,
                    progress: Progress | None = None, chunk: int = CHUNK) -> IngestSummary:
    """:func:`eventwire.ingest.ingest`, with the extraction done by ``mapper``'s workers."""
    prefetch = Prefetch(store, mapper, chunk)
    return ingest(paths, store, prefetch.extract, progress, read=prefetch.items)


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
