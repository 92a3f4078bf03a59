"""Print how fast eventwire extracts on one core, against spaCy alone, and how time grows with the corpus.

    python bench/throughput.py                      # 2,000 reports compared, scaling 500 -> 2,000 -> 8,000
    python bench/throughput.py --n 400 --sizes 100,400,1600   # a quicker run (~2 min on two cores)
    python bench/throughput.py --n 20 --sizes "" --workers 2 --engine dask   # worker processes, a Dask cluster
    python bench/throughput.py --corpus reports.jsonl         # your own reports (JSON Lines with "text")

One process, pinned to one core, times in turn, chunk by chunk over the same reports
(so load from other programs falls on both sides alike), and counts CPU time, the cost per core:
  - spaCy alone: the same loaded pipeline with the same components, ``nlp.pipe``, over
    every report (the floor parsing costs), and over only the text eventwire parses (the
    paragraphs it keeps of the reports that pass the pre-filter);
  - ``eventwire.extract_many`` (batched) and ``eventwire.extract`` (one call per report);
  - both again over the reports of typical length only (``--band``, 400 to 600 words).
A second process, pinned to the other core, runs ``extract_many`` over the growing corpus
and prints the time at each size: per report it must stay flat (linear growth), and so
must its peak memory. Peak memory is ``resource.getrusage`` (maximum resident set).
The default run takes about 10 minutes, most of it spaCy alone over the 2,000 whole reports.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):  # one core means one thread
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import multiprocessing  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus  # noqa: E402

CHUNK = 100  # reports per timed slice
WARM_UP = "Gunmen attacked a police checkpoint near Baidoa on Monday, killing four officers."


def warm_up() -> None:
    """Load the model, the pre-filter tables and the gazetteer before any timing."""
    import eventwire

    eventwire.extract(WARM_UP, published="2021-12-07")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pin(cpu: int) -> int:
    cpus = sorted(os.sched_getaffinity(0))
    chosen = cpus[cpu % len(cpus)]
    os.sched_setaffinity(0, {chosen})
    return chosen


def load_items(path: str | None, n: int) -> list[dict]:
    if path is None:
        return list(corpus(n))
    items = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            row = json.loads(line)
            items.append({"id": str(row.get("id") or i), "text": row["text"], "published": row.get("published")})
            if len(items) >= n:
                break
    while len(items) < n:  # repeat a small file under new ids to reach n
        row = dict(items[len(items) % max(len(items), 1)])
        row["id"] = f"{row['id']}-r{len(items)}"
        items.append(row)
    return items


def articles(items: list[dict]):
    from eventwire.read import parse_date
    from eventwire.record import Article

    return [Article(id=i["id"], text=i["text"], published=parse_date(i.get("published"))) for i in items]


def rate(count: float, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("nan")


def compare(items: list[dict], batch: int, per_report: int, band: tuple[int, int]) -> dict:
    """Time spaCy alone and eventwire over the same reports, chunk by chunk, in this process."""
    import eventwire
    from eventwire import focus, prefilter
    from eventwire.clean import clean
    from eventwire.parse import nlp

    t0 = time.process_time()
    model = nlp()
    prefilter.may_mention("")
    load_s = time.process_time() - t0
    warm_up()
    list(model.pipe(["Warm-up: gunmen attacked a checkpoint on Monday."]))
    arts = articles(items)
    words = [len(i["text"].split()) for i in items]
    t = {"spacy_all": 0.0, "spacy_parsed": 0.0, "many": 0.0, "one": 0.0, "spacy_band": 0.0, "many_band": 0.0}
    n_parsed = words_parsed = n_one = words_one = events = n_band = words_band = 0
    for start in range(0, len(items), CHUNK):
        chunk, texts = arts[start:start + CHUNK], [i["text"] for i in items[start:start + CHUNK]]
        s = time.process_time()
        for _ in model.pipe(texts, batch_size=batch):
            pass
        t["spacy_all"] += time.process_time() - s
        parsed = [focus.focus(c).parsed.text for c in map(clean, texts) if prefilter.may_mention(c.text)]
        n_parsed += len(parsed)
        words_parsed += sum(len(x.split()) for x in parsed)
        s = time.process_time()
        for _ in model.pipe(parsed, batch_size=batch):
            pass
        t["spacy_parsed"] += time.process_time() - s
        s = time.process_time()
        events += sum(map(len, eventwire.extract_many(chunk, batch_size=batch)))
        t["many"] += time.process_time() - s
        if n_one < per_report:
            s = time.process_time()
            for a in chunk:
                eventwire.extract_article(a)
            t["one"] += time.process_time() - s
            n_one += len(chunk)
            words_one += sum(words[start:start + CHUNK])
        typical = [k for k in range(start, min(start + CHUNK, len(items))) if band[0] <= words[k] <= band[1]]
        n_band += len(typical)
        words_band += sum(words[k] for k in typical)
        s = time.process_time()
        for _ in model.pipe([items[k]["text"] for k in typical], batch_size=batch):
            pass
        t["spacy_band"] += time.process_time() - s
        s = time.process_time()
        eventwire.extract_many([arts[k] for k in typical], batch_size=batch)
        t["many_band"] += time.process_time() - s
        done = min(start + CHUNK, len(items))
        print(f"  ... {done}/{len(items)} reports", file=sys.stderr, end="\r")
    print(file=sys.stderr)
    return {"n": len(items), "words": sum(words), "parsed": n_parsed, "words_parsed": words_parsed,
            "one_n": n_one, "one_words": words_one, "events": events, "load_s": load_s,
            "band": band, "band_n": n_band, "band_words": words_band,
            "peak_mb": peak_mb(), **t}


def scaling(items: list[dict], sizes: list[int], batch: int, cpu: int, out) -> None:
    """extract_many over the growing corpus; the time and peak memory at each size (another process)."""
    chosen = pin(cpu)
    import eventwire
    from eventwire import prefilter
    from eventwire.parse import nlp

    nlp()
    prefilter.may_mention("")
    base_mb = peak_mb()
    warm_up()
    arts = articles(items[: max(sizes)])
    elapsed, rows, done = 0.0, [], 0
    for size in sorted(sizes):
        while done < size:
            chunk = arts[done:min(done + CHUNK, size)]
            s = time.process_time()
            eventwire.extract_many(chunk, batch_size=batch)
            elapsed += time.process_time() - s
            done += len(chunk)
        rows.append((size, elapsed, peak_mb()))
        print(f"  ... scaling: {size} reports in {elapsed:.0f} s", file=sys.stderr)
    out.put({"cpu": chosen, "base_mb": base_mb, "rows": rows})


def _cpu_of_children() -> dict[int, float]:
    """CPU seconds used so far by each process started from this one (workers, nannies)."""
    import psutil

    out = {}
    for child in psutil.Process().children(recursive=True):
        try:
            t = child.cpu_times()
            out[child.pid] = t.user + t.system
        except psutil.Error:
            pass
    return out


def spread(items: list[dict], workers: int, engine: str | None) -> list[tuple[str, float, float, float, float]]:
    """Extract ``items`` on one worker process, then on ``workers`` processes (and an engine's cluster).

    Returns (label, start-up s, wall s, CPU s of all workers, CPU s of the busiest worker).
    Start-up includes loading the model in every worker. On a machine with a free core per
    worker the run would take about as long as its busiest worker's CPU time, so
    (CPU of the one-worker run) / (CPU of the busiest worker) is the speed-up that more
    cores give, whatever else shares this machine now.
    """
    from eventwire.engines import open_mapper
    from eventwire.parallel import extract_parallel

    arts = articles(items)
    configs = [("1 worker process", None, 1), (f"{workers} worker processes", None, workers)]
    if engine:
        configs.append((f"{engine} local cluster, {workers} workers", engine, workers))
    rows = []
    for label, name, n in configs:
        s = time.perf_counter()
        mapper = open_mapper(name, None, n)
        list(extract_parallel(arts[: 4 * n], mapper, chunk=4))  # every worker up, model loaded
        up = time.perf_counter() - s
        before = _cpu_of_children()
        s = time.perf_counter()
        list(extract_parallel(arts, mapper))
        wall = time.perf_counter() - s
        used = {pid: cpu - before.get(pid, 0.0) for pid, cpu in _cpu_of_children().items()}
        busy = sorted(used.values(), reverse=True)[:n]
        rows.append((label, up, wall, sum(used.values()), busy[0] if busy else float("nan")))
        mapper.close()
    return rows


def report(r: dict, cpu: int) -> None:
    n, w = r["n"], r["words"]
    print(f"corpus: {n} reports, {w} words ({w / n:.0f} per report); one core (cpu {cpu}); "
          f"model loaded in {r['load_s']:.1f} s")
    print(f"pre-filter: eventwire parses {r['parsed']} of {n} reports ({100 * r['parsed'] / n:.0f}%); "
          f"of those it parses {r['words_parsed']} words ({100 * r['words_parsed'] / w:.0f}% of all words), "
          f"the paragraphs a later stage can act on; {r['events']} events found")
    print()
    print(f"{'per core (CPU time of this process)':44} {'reports/s':>10} {'words/s':>10} {'CPU s':>9}")
    lines = [
        ("spaCy alone, every report (the floor)", n, w, r["spacy_all"]),
        ("spaCy alone, the text eventwire parses", r["parsed"], r["words_parsed"], r["spacy_parsed"]),
        ("eventwire.extract_many (batched)", n, w, r["many"]),
        (f"eventwire.extract, one call each (first {r['one_n']})", r["one_n"], r["one_words"], r["one"]),
        ("spaCy alone, reports of {}-{} words".format(*r["band"]), r["band_n"], r["band_words"], r["spacy_band"]),
        ("eventwire.extract_many, {}-{} words".format(*r["band"]), r["band_n"], r["band_words"], r["many_band"]),
    ]
    for label, count, words, secs in [line for line in lines if line[1]]:
        print(f"{label:44} {rate(count, secs):10.1f} {rate(words, secs):10.0f} {secs:9.1f}")
    print()
    print(f"eventwire / spaCy floor over every report:       {r['many'] / r['spacy_all']:.2f}x the time")
    if r["band_n"]:
        print("eventwire / spaCy floor, reports of {}-{} words: ".format(*r["band"])
              + f"{r['many_band'] / r['spacy_band']:.2f}x the time")
    print(f"eventwire / spaCy over the text it parses:       {r['many'] / r['spacy_parsed']:.2f}x the time "
          f"(all but parsing: {1000 * (r['many'] - r['spacy_parsed']) / max(r['parsed'], 1):.0f} ms "
          "per parsed report)")
    print(f"peak memory (this process): {r['peak_mb']:.0f} MB")
    print("note: times are CPU seconds of one single-threaded process, timed in turn over the same reports,")
    print("      so other programs on a shared machine slow the wall clock but hardly these figures")


def report_scaling(scale: dict) -> None:
    print()
    print(f"scaling, extract_many on cpu {scale['cpu']} (model loaded: {scale['base_mb']:.0f} MB, then gazetteer):")
    print(f"{'reports':>8} {'CPU s':>9} {'ms/report':>10} {'vs first':>9} {'peak MB':>8}")
    first = scale["rows"][0][1] / scale["rows"][0][0]
    for size, secs, mb in scale["rows"]:
        per = secs / size
        print(f"{size:8d} {secs:9.1f} {1000 * per:10.1f} {per / first:9.2f} {mb:8.0f}")
    print("linear growth keeps ms/report flat (vs first near 1.00)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="reports timed against spaCy (default 2000)")
    ap.add_argument("--sizes", default="500,2000,8000", help="corpus sizes for the scaling run ('' to skip)")
    ap.add_argument("--corpus", help="JSON Lines of reports with a 'text' field (default: generated)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--band", default="400,600", help="word counts of a typical report, timed apart (default 400,600)")
    ap.add_argument("--per-report", type=int, default=200, help="reports timed through extract, one call each")
    ap.add_argument("--workers", type=int, default=0, help="also time N worker processes (not pinned)")
    ap.add_argument("--engine", choices=("dask",), help="with --workers: also time a local cluster of it")
    ap.add_argument("--spread-n", type=int, default=400, help="reports for the --workers timing")
    ap.add_argument("--cpu", type=int, default=0, help="core for the comparison; scaling runs on the next one")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    items = load_items(args.corpus, max([args.n, *sizes, args.spread_n if args.workers > 1 else 0]))
    queue, proc = None, None
    if sizes:
        ctx = multiprocessing.get_context("spawn")
        queue = ctx.Queue()
        proc = ctx.Process(target=scaling, args=(items, sizes, args.batch_size, args.cpu + 1, queue))
        proc.start()
    cpu = pin(args.cpu)
    started = time.perf_counter()
    lo, hi = (int(x) for x in args.band.split(","))
    result = compare(items[: args.n], args.batch_size, args.per_report, (lo, hi))
    report(result, cpu)
    if proc is not None:
        print("  ... waiting for the scaling run", file=sys.stderr)
        sys.stdout.flush()
        report_scaling(queue.get())
        proc.join()
    if args.workers > 1:
        os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
        rows = spread(items[: args.spread_n], args.workers, args.engine)
        print()
        print(f"{args.spread_n} reports on worker processes ({os.cpu_count()} cores here, shared):")
        print(f"{'':34} {'start-up s':>10} {'wall s':>8} {'speed-up':>9} {'CPU s':>7} {'busiest':>8} "
              f"{'speed-up, free cores':>21}")
        one_cpu = rows[0][3]
        for label, up, wall, cpu, busiest in rows:
            print(f"{label:34} {up:10.1f} {wall:8.1f} {rows[0][2] / wall:9.2f} {cpu:7.1f} {busiest:8.1f} "
                  f"{one_cpu / busiest:21.2f}")
        print("CPU s: all workers together; busiest: the one that worked most. With a free core per worker")
        print("a run takes about its busiest worker's CPU time: the last column is the speed-up that gives.")
    print(f"(benchmark took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
