"""An act's toll from the counts of the sentences that tell it (the casualties stage's arithmetic).

Each sentence gives figures (:class:`eventwire.casualties.Casualty`), each for one side or
for no side in particular ("13 people"). Figures of different sides add up ("five
soldiers ... three of the attackers" is 8). Figures of one side repeat each other: a
newer figure replaces the older ("the death toll rose to 31"); sources that disagree
("police said 12 died; residents put the toll at 20") give the range, low 12 and high 20,
with ``best`` from the most credible source, then the most exact figure, then the first
told; figures of one voice are one count, the largest. A figure for no side stands for the
total when the same voice gives both and it is larger than the sides' sum; a total that
other voices give beside the sides makes a range, like disagreeing sources. Attackers
"also" killed are added to the rest (a total of the victims leaves them out), and so are
dead "also" killed beside single victims. No figure at all leaves the toll unknown (None),
and "no one was hurt" is a known 0. An attack that only wounded people killed no one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from eventwire.casualties import Casualty
from eventwire.record import Toll
from eventwire.resources import load

Span = tuple[int, int]


@dataclass
class ActToll:
    """One toll of an act, or None when no sentence gives it, with the words behind it."""

    toll: Toll | None = None
    spans: list[Span] = field(default_factory=list)


@dataclass
class _Figure:
    """One figure a sentence gives for one side, and who gives it."""

    toll: Toll
    spans: list[Span]
    source: str
    update: bool
    order: int


@dataclass
class _Side:
    """One side's toll and who gives its figures."""

    act: ActToll
    voices: set[str]

    def credibility(self) -> int:
        return max(credibility(v) for v in self.voices)


def act_tolls(sentences: list[list[Casualty]], event_type: str = "") -> tuple[ActToll, ActToll]:
    """The deaths and the injuries of one act of ``event_type``, from each of its sentences'
    counts in reading order. A protest, riot or arrest is not the killing it is about: the
    dead of "a protest against raids that killed three students" are not the protest's."""
    if event_type in load("casualties")["acts_about_killings"]:
        sentences = [[c for c in counts if not c.about] for counts in sentences]
    deaths, injuries = act_toll(sentences, "killed"), act_toll(sentences, "injured")
    if deaths.toll is None and injuries.toll is not None and injuries.toll.high > 0:
        # An attack told by its wounded alone killed no one: the wounded are the words for it.
        deaths = ActToll(Toll(0, 0, 0), list(injuries.spans))
    return deaths, injuries


def act_toll(sentences: list[list[Casualty]], what: str) -> ActToll:
    """Deaths ("killed") or injuries ("injured") of one act: the figures of its sides, plus
    the dead counted besides them: the attackers ("the bomber was also killed"), or anyone
    besides single victims ("the minister was shot dead; two guards were also killed")."""
    counts = [c for cs in sentences for c in cs if c.what == what]
    singles = all(c.count.high == 1 for c in counts if not c.also)  # "the minister was shot dead"
    besides = [c.also and (c.of_attackers or singles) for c in counts]  # a total of the victims leaves them out
    base = _sides([c for c, b in zip(counts, besides) if not b])
    extra = _sides([c for c, b in zip(counts, besides) if b])
    if base.toll is None or extra.toll is None:
        return base if extra.toll is None else extra
    return ActToll(base.toll + extra.toll, base.spans + extra.spans)


def _sides(counts: list[Casualty]) -> ActToll:
    """The toll the figures of each side add up to, or a total for no side when it is larger."""
    groups: dict[str, list[_Figure]] = {}
    for order, c in enumerate(counts):
        toll = Toll(best=c.count.best, low=c.count.low, high=c.count.high)
        groups.setdefault(c.group, []).append(_Figure(toll, [(c.start, c.end)], c.source, c.update, order))
    if not groups:
        return ActToll()
    per_group = {g: _one_figure(figures) for g, figures in groups.items()}
    generic = per_group.pop("", None)
    named = list(per_group.values())
    if not named:
        return generic.act
    total = _Side(ActToll(sum((t.act.toll for t in named), Toll()), [s for t in named for s in t.act.spans]),
                  {v for t in named for v in t.voices})
    if generic is None:
        return total.act
    g, t = generic.act.toll, total.act.toll
    spans = total.act.spans + generic.act.spans
    if generic.voices & total.voices or g.best <= t.best and g.high <= t.high:
        # one voice gives the sides and a total ("five soldiers ... 13 people in all"): the larger
        return generic.act if g.best > t.best else ActToll(t, spans)
    # other voices give a total beside the sides: the range of both, best from the more credible
    best = t.best if generic.credibility() <= total.credibility() else g.best
    return ActToll(Toll(best=best, low=min(g.low, t.low), high=max(g.high, t.high)), spans)


def _one_figure(figures: list[_Figure]) -> _Side:
    """The toll of one side from the figures the report gives it."""
    counted = [f for f in figures if f.toll.high > 0] or figures  # "no one was killed" beside a count is not one
    voices = {f.source for f in counted}
    updates = [f for f in counted if f.update]
    if updates:  # "the death toll rose to 31": the newest figure replaces the ones before it
        newest = max(updates, key=lambda f: (f.toll.best, f.order))
        return _Side(ActToll(newest.toll, newest.spans), {newest.source})
    values = {(f.toll.low, f.toll.best, f.toll.high) for f in counted}
    if len(values) == 1:
        return _Side(ActToll(counted[0].toll, [s for f in counted for s in f.spans]), voices)
    if len(voices) > 1:  # sources disagree: the range, best from the most credible
        chosen = max(counted, key=lambda f: (credibility(f.source), f.toll.low == f.toll.high, -f.order))
        toll = Toll(best=chosen.toll.best, low=min(f.toll.low for f in counted), high=max(f.toll.high for f in counted))
        return _Side(ActToll(toll, [s for f in counted for s in f.spans]), voices)
    largest = max(counted, key=lambda f: (f.toll.best, -f.order))  # one voice: its fullest count
    return _Side(ActToll(largest.toll, largest.spans), voices)


@cache
def _tiers() -> tuple[tuple[int, frozenset[str]], ...]:
    data = load("casualties")["source_credibility"]
    return tuple(sorted((int(k), frozenset(v)) for k, v in data.items()))


def credibility(source: str) -> int:
    """How far a coder trusts who gives a figure: officials and hospitals over residents, and
    residents over a side's own claims (looked for first: "rebel officials" speak for the
    rebels); the report's own words count as a resident's."""
    own = int(load("casualties")["report_own_credibility"])
    if not source:
        return own
    words = source.lower().split()
    text = " ".join(words)
    for tier, names in _tiers():
        if any((" " in n and n in text) or n in words for n in names):
            return tier
    return own
