"""Placing each new report in its event: a new one, or the stored act(s) it matches.

The SQL side of :mod:`eventwire.store.match`: find stored reports whose days
overlap, link precise reports to every precise report they match (their events
merge, the oldest id surviving and the others left as aliases), let a vague report
join the one event it fits best (or, while no precise report tells of the act,
the other vague reports it matches), and move vague reports when a better event
appears, so the grouping is the same in any arrival order.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timedelta, timezone
from typing import Any

from eventwire.record import Event
from eventwire.store.match import MAX_SPAN_DAYS, Report, attachment_score, date_range, is_vague, same_event
from eventwire.store.merge import Earliest, combine


def new_event_id(article_id: str, ordinal: int, salt: int = 0) -> str:
    """An id derived from the report that founded the event: the same corpus gives the same ids."""
    key = f"{article_id}\x1f{ordinal}" + (f"\x1f{salt}" if salt else "")
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def components(reports: list[Report], linked) -> list[list[Report]]:
    """Connected components of ``linked`` over ``reports``, each in canonical order, first-told part first."""
    parent = list(range(len(reports)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(reports)):
        for j in range(i + 1, len(reports)):
            if linked(reports[i], reports[j]):
                parent[root(i)] = root(j)
    parts: dict[int, list[Report]] = {}
    for i, r in enumerate(reports):
        parts.setdefault(root(i), []).append(r)
    return sorted((sorted(p, key=lambda r: r.key) for p in parts.values()), key=lambda p: p[0].key)


def dumps(event: Event) -> str:
    return json.dumps(event.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Placing:
    """Mixed into :class:`eventwire.store.base.Store`, whose SQL helpers it uses."""

    execute: Any
    rows: Any
    scalar: Any

    def _overlapping(self, span: tuple[date, date], vague: bool) -> list[tuple[Report, str]]:
        """Stored precise (or vague) reports whose span of days overlaps ``span``, with their event ids."""
        lo, hi = span
        rows = self.rows(
            "SELECT article_id, ordinal, published, record, event_id FROM reports"
            " WHERE date_lo >= ? AND date_lo <= ? AND date_hi >= ? AND vague = ?",
            ((lo - timedelta(days=MAX_SPAN_DAYS)).isoformat(), hi.isoformat(), lo.isoformat(), int(vague)),
        )
        return [(Report(a, o, p, Event.from_dict(json.loads(rec))), eid) for a, o, p, rec, eid in rows]

    def _new_event(self, report: Report) -> str:
        event_id = new_event_id(report.article_id, report.ordinal)
        salt = 0
        while self.scalar("SELECT 1 FROM events WHERE event_id = ? UNION ALL"
                          " SELECT 1 FROM event_aliases WHERE alias_id = ?", (event_id, event_id)):
            salt += 1  # its report founded an event before, since merged: a split part needs an id of its own
            event_id = new_event_id(report.article_id, report.ordinal, salt)
        self.execute("INSERT INTO events (event_id, seq, record, updated_at)"
                     " SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ? FROM events", (event_id, "{}", now()))
        return event_id

    def _place_report(self, report: Report) -> tuple[str, bool]:
        """Insert one report and put it in its event: a new one, or the stored act(s) it matches.

        Precise reports link to every precise report they match (the events merge);
        a vague one joins only the event it fits best, and precise reports arriving
        later may draw it to a better one, so the grouping is the same in any order.
        """
        span = date_range(report.event, report.published)
        vague = span is not None and is_vague(report.event)
        if span is None:
            event_id, joined = self._new_event(report), False
        elif vague:
            best = self._best_event(report, span)
            if best is not None:
                event_id, joined = best, True
            else:  # no precise account of the act yet: link with the other vague ones it matches
                matched = sorted({eid for other, eid in self._overlapping(span, vague=True)
                                  if same_event(report, other) and self._is_orphan(eid)})
                event_id, joined = (self._merge_oldest(matched) if matched else self._new_event(report)), bool(matched)
        else:
            matched = sorted({eid for other, eid in self._overlapping(span, vague=False) if same_event(report, other)})
            event_id, joined = (self._merge_oldest(matched) if matched else self._new_event(report)), bool(matched)
        self.execute(
            "INSERT INTO reports (article_id, ordinal, event_id, event_date, published, record, date_lo, date_hi, vague)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (report.article_id, report.ordinal, event_id, (report.event.event_date or "")[:10], report.published,
             dumps(report.event), span[0].isoformat() if span else "", span[1].isoformat() if span else "",
             int(vague)),
        )
        if span is not None and not vague:
            self._reattach_vague(event_id)
        self._refresh(event_id)
        return event_id, joined

    def _merge_oldest(self, matched: list[str]) -> str:
        """Fold the matched events into the oldest, so no stored id is ever renumbered; return its id."""
        marks = ",".join("?" * len(matched))
        survivor = self.scalar(f"SELECT event_id FROM events WHERE event_id IN ({marks}) ORDER BY seq LIMIT 1", matched)
        for other in matched:
            if other != survivor:
                self._absorb(survivor, other)
        return survivor

    def _is_orphan(self, event_id: str) -> bool:
        """An event of vague reports only: no precise report has told of it yet."""
        return not self.scalar("SELECT 1 FROM reports WHERE event_id = ? AND vague = 0", (event_id,))

    def _best_event(self, report: Report, span: tuple[date, date]) -> str | None:
        """The event of precise reports a vague report fits best (ties: the event told first), or None."""
        by_event: dict[str, list[Report]] = {}
        own: set[str] = set()  # events holding another act of the same article: the extractor split them
        for other, eid in self._overlapping(span, vague=False):
            if other.article_id == report.article_id:
                own.add(eid)
            elif same_event(report, other):
                by_event.setdefault(eid, []).append(other)
        for eid in own:
            by_event.pop(eid, None)
        if not by_event:
            return None
        return max(by_event, key=lambda eid: (attachment_score(report, by_event[eid]),
                                              Earliest(min(r.key for r in by_event[eid]))))

    def _reattach_vague(self, event_id: str) -> None:
        """After an event of precise reports grew, move each vague report that now fits it better."""
        rows = self.rows("SELECT article_id, ordinal, published, record, date_lo, date_hi FROM reports"
                         " WHERE event_id = ? AND vague = 0 AND date_lo <> ''", (event_id,))
        if not rows:
            return
        precise = [Report(a, o, p, Event.from_dict(json.loads(rec))) for a, o, p, rec, _, _ in rows]
        lo, hi = min(r[4] for r in rows), max(r[5] for r in rows)
        for vague, current in self._overlapping((date.fromisoformat(lo), date.fromisoformat(hi)), vague=True):
            if not any(same_event(vague, r) for r in precise):
                continue
            span = date_range(vague.event, vague.published)
            best = self._best_event(vague, span) if span else None
            if best is None or best == current:
                continue
            self.execute("UPDATE reports SET event_id = ? WHERE article_id = ? AND ordinal = ?",
                         (best, vague.article_id, vague.ordinal))
            if not self.scalar("SELECT 1 FROM reports WHERE event_id = ?", (current,)):
                self._absorb(best, current)
            elif self._is_orphan(current):
                self._resplit(current)  # the vague reports it held may have been linked only through this one
            else:
                self._refresh(current)
            if best != event_id:
                self._refresh(best)

    def _resplit(self, event_id: str) -> None:
        """Regroup an event of vague reports that lost one: each linked part apart, the founder's part keeping the id."""
        reports = [Report(a, o, p, Event.from_dict(json.loads(rec))) for a, o, p, rec in self.rows(
            "SELECT article_id, ordinal, published, record FROM reports WHERE event_id = ?", (event_id,))]
        parts = components(reports, same_event)
        if len(parts) > 1:
            founder = next((i for i, part in enumerate(parts)
                            if any(new_event_id(r.article_id, r.ordinal) == event_id for r in part)), 0)
            for i, part in enumerate(parts):
                if i == founder:
                    continue
                split_id = self._new_event(min(part, key=lambda r: r.key))
                for r in part:
                    self.execute("UPDATE reports SET event_id = ? WHERE article_id = ? AND ordinal = ?",
                                 (split_id, r.article_id, r.ordinal))
                self._refresh(split_id)
        self._refresh(event_id)

    def _absorb(self, survivor: str, other: str) -> None:
        """A new report bridged two stored events: fold ``other`` into ``survivor``, keep its id as an alias."""
        self.execute("UPDATE reports SET event_id = ? WHERE event_id = ?", (survivor, other))
        self.execute("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", (survivor, other))
        self.execute("INSERT INTO event_aliases (alias_id, event_id) VALUES (?, ?)", (other, survivor))
        self.execute("DELETE FROM events WHERE event_id = ?", (other,))

    def _refresh(self, event_id: str) -> None:
        """Recompute the merged record of an event from all its reports."""
        rows = self.rows("SELECT article_id, ordinal, published, record FROM reports WHERE event_id = ?", (event_id,))
        event = combine([Report(a, o, p, Event.from_dict(json.loads(rec))) for a, o, p, rec in rows], event_id)
        loc = event.location
        self.execute(
            "UPDATE events SET event_date = ?, iso = ?, country = ?, admin1 = ?, event_type = ?, sub_event_type = ?,"
            " actor1 = ?, actor2 = ?, latitude = ?, longitude = ?, fatalities_best = ?, n_sources = ?, record = ?,"
            " updated_at = ? WHERE event_id = ?",
            (event.event_date or "", loc.iso if loc else "", loc.country if loc else "", loc.admin1 if loc else "",
             event.event_type, event.sub_event_type, event.actor1.name if event.actor1 else "",
             event.actor2.name if event.actor2 else "", loc.latitude if loc else None, loc.longitude if loc else None,
             event.fatalities.best if event.fatalities else None, len(event.sources), dumps(event), now(), event_id),
        )
