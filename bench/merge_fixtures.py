"""Print how many fixture clusters (tests/fixtures/clusters/*) merged exactly right.

    python bench/merge_fixtures.py            # hand-coded events (events.json): measures the merge
    python bench/merge_fixtures.py --extract  # the real extractor on the report texts: end to end
    python bench/merge_fixtures.py --clusters DIR   # other clusters, one folder each

A cluster is a folder of reports (text with NAME.meta.json, HTML, feeds, JSON Lines)
and an ``expected.json``: ``{"groups": [["a#0", "b#0"], ["c#0"]], "merged": {...}}``
lists which reports (article id # position in the article) are one event, the first
group being the attack told by several outlets; with the extractor plain article ids
will do. ``merged`` (optional) gives event_date, fatalities {best, low, high},
location, n_sources and event_type of that first group's event. A folder with no
``events.json`` (hand-coded events) is always run through the extractor.

A cluster is right when its reports group into exactly the expected events (with the
extractor: events drawn from exactly the expected articles) and the merged event has
the expected values.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import unicodedata
from dataclasses import asdict
from pathlib import Path

from eventwire.ingest import Progress, ingest
from eventwire.record import Article, Event
from eventwire.store import open_store

CLUSTERS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "clusters"


def golden_extractor(cluster: Path):
    """An extractor that returns the hand-coded events of each fixture article."""
    golden = json.loads((cluster / "events.json").read_text(encoding="utf-8"))

    def extract(article: Article) -> list[Event]:
        return [Event.from_dict(e) for e in golden.get(article.id, [])]

    return extract


def ascii_fold(name: str) -> str:
    """A place name without diacritics: the gazetteer's Ţūz Khūrmātū is the fixture's Tuz Khurmatu."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def score(cluster: Path, db_url: str, extract=None) -> list[str]:
    """Problems found in one cluster (empty when it merged exactly right)."""
    expected = json.loads((cluster / "expected.json").read_text(encoding="utf-8"))
    with open_store(db_url) as store:
        summary = ingest([cluster], store, extract or golden_extractor(cluster), Progress(1, enabled=False))
        problems = [f"read failure: {f}" for f in summary.failures]
        reports = {f"{a}#{o}": e for a, o, e in store.rows("SELECT article_id, ordinal, event_id FROM reports")}
        if extract is None:  # hand-coded events: the exact reports of each event
            got = sorted(sorted(k for k, e in reports.items() if e == eid) for eid in set(reports.values()))
            want = sorted(sorted(g) for g in expected["groups"])
        else:  # the extractor numbers an article's events its own way: compare the articles of each event
            got = sorted(sorted({k.split("#")[0] for k, e in reports.items() if e == eid}) for eid in set(reports.values()))
            want = sorted(sorted({k.split("#")[0] for k in g}) for g in expected["groups"])
        if got != want:
            problems.append(f"groups {got} != expected {want}")
        first = sorted({k.split("#")[0] for k in expected["groups"][0]})
        merged_id = next((e for e in set(reports.values())
                          if sorted({k.split("#")[0] for k, x in reports.items() if x == e}) == first), None)
        if merged_id is not None:
            event = store.get_event(merged_id)
            m = expected.get("merged", {})
            seen = {
                "event_date": event.event_date,
                "fatalities": asdict(event.fatalities) if event.fatalities else None,
                "location": ascii_fold(event.location.name) if event.location else "",
                "n_sources": len(event.sources),
                "event_type": event.event_type,
            }
            for key, value in m.items():
                if seen[key] != value:
                    problems.append(f"merged {key} {seen[key]!r} != expected {value!r}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--extract", action="store_true", help="run the real extractor on the texts")
    parser.add_argument("--clusters", type=Path, default=CLUSTERS, help="folder of cluster folders")
    args = parser.parse_args(argv)
    from eventwire.pipeline import extract_article

    clusters = sorted(p for p in args.clusters.iterdir() if (p / "expected.json").exists())
    right = 0
    with tempfile.TemporaryDirectory() as tmp:
        for cluster in clusters:
            extract = extract_article if args.extract or not (cluster / "events.json").exists() else None
            problems = score(cluster, str(Path(tmp) / f"{cluster.name}.db"), extract)
            right += not problems
            print(f"{cluster.name}: {'ok' if not problems else 'WRONG'}")
            for p in problems:
                print(f"    {p}")
    print(f"clusters merged exactly right: {right}/{len(clusters)}")
    return 0 if right == len(clusters) else 1


if __name__ == "__main__":
    sys.exit(main())
