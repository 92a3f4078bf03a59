"""Which time expression of a sentence dates the act it tells: the one that hangs on the act's
own words, not a date of the report, of a claim, of another clause or of a thing's name."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.dates import TimeExpr
from eventwire.resources import word_set
from eventwire.roles import span_of


def act_time(doc: Doc, sent: Span, times: list[TimeExpr], primary: Token, trigger_heads: set[int] = frozenset()) -> TimeExpr | None:
    """The time expression that dates the act, not the report or claim about it."""
    subtree = {t.i for t in primary.subtree}
    act_heads = {primary.i, primary.head.i}
    inside = [t for t in times if sent.start_char <= t.start < sent.end_char and not _names_another_thing(doc, t, trigger_heads)
              and not _dates_another_clause(doc, t, primary, subtree)
              and not _dates_a_side_clause(doc, t, primary, trigger_heads)]
    if not inside:
        return None

    def score(t: TimeExpr) -> tuple[int, bool, int]:
        span = span_of(doc, t.start, t.end)
        root = span.root if span is not None else primary
        governed = root.i in subtree or any(a.i in act_heads for a in root.ancestors if a.lemma_ not in ("claim", "say", "tell"))
        report_verb = any(a.lemma_ in ("claim", "say", "tell", "report", "confirm") for a in [root.head])
        # Of two dates that both bear on the act, a day ("On 5 December 2019, ... after hiring in
        # May, staged a protest") over a month or a year.
        return (0 if governed and not report_verb else 1, t.precision != 1, abs(root.i - primary.i))

    return min(inside, key=score)


LOOSE_TIMES = {"ago", "in_month", "year"}
"""Time expressions that date an act only where they hang on its own words."""
CLAUSE_TIMES = {"year"}
"""Of those, the ones that date the whole sentence unless a clause about something else holds
them: "the war has left 18,000 dead since 1980, and the 1986 massacre 200" dates both."""


def _dates_another_clause(doc: Doc, time: TimeExpr, primary: Token, subtree: set[int]) -> bool:
    """ "A week ago" and "in April" date the act only inside its own phrase, not inside a
    clause about something else ("officials who had been kidnapped a week ago"); a year, only
    not inside such a clause ("a strike to demand grants for the second quarter of 2016")."""
    span = span_of(doc, time.start, time.end)
    if span is None or time.kind not in LOOSE_TIMES:
        return False
    root = span.root
    ancestors = {a.i for a in root.ancestors}
    # a clause about the act's own noun dates the act: "a truce signed in 2015", "the attack, which came in May"
    if any(t.dep_ in ("relcl", "acl", "pcomp") and primary.i not in {x.i for x in t.subtree}
           and not (t.dep_ in ("relcl", "acl") and t.head.i == primary.i)
           for t in (root, *root.ancestors)):
        return True
    if time.kind in CLAUSE_TIMES:
        return False
    return root.i not in subtree and primary.i not in ancestors and primary.head.i not in ancestors


def _dates_a_side_clause(doc: Doc, time: TimeExpr, primary: Token, trigger_heads: set[int]) -> bool:
    """A date inside a clause of "after", "before" or "since" that tells no act: "killed
    eight days after taking office on 1 June" dates the taking of office, not the killing."""
    span = span_of(doc, time.start, time.end)
    if span is None:
        return False
    for tok in (span.root, *span.root.ancestors):
        if tok.i == primary.i or tok.i in trigger_heads:
            return False
        if tok.dep_ == "pcomp" and tok.pos_ == "VERB" and tok.head.lower_ in ("after", "before", "since"):
            return primary.i not in {t.i for t in tok.subtree}
    return False


def _names_another_thing(doc: Doc, time: TimeExpr, trigger_heads: set[int]) -> bool:
    """A date that is part of another thing's name, "against the August 3 elections", or a
    month or "ago" told of a thing that is no act ("the election in April"): it dates that
    thing, not the protest."""
    span = span_of(doc, time.start, time.end)
    if span is None:
        return False
    root = span.root
    prep = root.head if root.dep_ == "pobj" else root  # the span may hold its "in"
    if time.kind in LOOSE_TIMES and prep.dep_ == "prep" and prep.head.pos_ == "NOUN" and prep.head.i not in trigger_heads \
            and prep.head.lemma_.lower() not in word_set("time_spans"):
        return True  # "demanded a say in the election in April": the election's month, not "a week in April"
    return (root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN"
            and root.head.i not in trigger_heads and root.head.i not in {t.i for t in span})
