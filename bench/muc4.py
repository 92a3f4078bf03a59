"""Print how well whole wire reports are read, on the MUC-4 reports and their answer keys.

    python bench/muc4.py                    # dev (1,300 reports) and tst1+tst2 (200)
    python bench/muc4.py --only test --show 5
    python bench/muc4.py --only dev --limit 200
    python bench/muc4.py --only dev --dump dev.tsv   # one line per key incident, to diff two runs

The reports are read as a wire reader gets them: upper case, hard-wrapped, no
publication date (the dateline is all there is). Each key template is one incident;
a template whose slot 1 is ``*`` means the report tells of none. An event of ours and
a key incident are paired when they are of one kind (bombing, attack, kidnapping,
arson) and at least one of place, date, perpetrator or (a non-zero) death toll agrees;
each incident takes at most one event, the one that agrees on most fields.

- incidents found: key incidents paired with an event. ``(OPTIONAL)`` templates count
  only when found (in both the numerator and the denominator); so do ROBBERY and FORCED
  WORK STOPPAGE templates, which name acts that are not political violence in the
  ACLED sense (a robbery pairs with an event of looting or property destruction, a
  forced work stoppage with a protest, riot or strategic development).
- precision: our events paired with an incident, over all our events. MUC-4 does not
  count clashes between armed forces and guerrillas, so many right events have no
  incident; precision is printed again leaving our Battles events out.
- on found incidents, the share right of: date (inside the key's day or range; ``- 13 NOV
  89`` means on or before; alternatives ``/`` any), place (the key's country and, when it
  names places, one of them as our place's name, province, district or words; the
  key's own synonym list in ``doc/`` is used), perpetrator organisation (where the key
  names one: any of its ``/``-separated names against our actor1 name, its aliases and
  the report's words for it) and deaths (where the key's count of people marked DEATH
  is known: NUMBER slots of those targets summed; PLURAL leaves it unknown; our toll
  is ``fatalities.best``, and a toll the report does not give counts as 0, as the keys
  mark no DEATH where a report tells of none).

The keys are for measuring only. The data live outside the repository; without them
the script says so and exits.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from eventwire import extract_many
from eventwire.actors import find as find_actors
from eventwire.record import Article, Event
from eventwire.resources import load



def _data_folder() -> Path:
    """``shared/dev/muc4`` beside the repository (or beside a folder above it, for a
    checkout kept deeper down)."""
    here = Path(__file__).resolve().parent.parent
    for folder in here.parents:
        if (folder / "shared" / "dev" / "muc4").is_dir():
            return folder / "shared" / "dev" / "muc4"
    return here.parent / "shared" / "dev" / "muc4"


MUC4 = _data_folder()
SPLITS = {"dev": ["dev"], "test": ["tst1", "tst2"]}
ID_LINE = re.compile(r"^((?:DEV|TST\d)-MUC\d-\d{4})\b[^\n]*$", re.M)
SLOT = re.compile(r"^(\d+)\.\s+[A-Z][A-Z ]*: [A-Z][A-Z ]*?(?:\s{2,}(.*?))?\s*$")
QUOTED = re.compile(r'"((?:\\.|[^"\\])*)"')
KEY_DATE = re.compile(r"(\d{1,2})\s+([A-Z]{3})[A-Z]*\.?(?:\s+(\d{2,4}))?|([A-Z]{3})[A-Z]*\s+(\d{1,2})(?!\s*[A-Z])", re.I)
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

# Our sub-event types and the MUC-4 incident types they may be.
EXPLOSIVE = {"Remote explosive/landmine/IED", "Suicide bomb", "Disrupted weapons use"}
REMOTE = {"Grenade", "Shelling/artillery/missile attack", "Air/drone strike", "Chemical weapon"}
ABDUCTION = {"Abduction/forced disappearance"}
PROPERTY = {"Violent demonstration", "Mob violence", "Looting/property destruction"}
STOPPAGE_TYPES = {"Protests", "Riots", "Strategic developments"}
NOT_VIOLENCE = {"ROBBERY", "FORCED WORK STOPPAGE"}


def muc_kinds(event: Event) -> set[str]:
    """The MUC-4 incident types an event of ours may be."""
    sub = event.sub_event_type
    kinds: set[str] = set()
    if sub in EXPLOSIVE:
        kinds |= {"BOMBING"}
    elif sub in REMOTE:
        kinds |= {"BOMBING", "ATTACK"}
    elif sub in ABDUCTION:
        kinds |= {"KIDNAPPING", "HIJACKING"}
    elif sub in PROPERTY:
        kinds |= {"ARSON", "ROBBERY"}
    elif event.event_type in ("Battles", "Violence against civilians"):
        kinds |= {"ATTACK", "HIJACKING"}
    if event.event_type in STOPPAGE_TYPES:
        kinds.add("FORCED WORK STOPPAGE")
    return kinds


# ---------------------------------------------------------------- the keys


@dataclass
class Incident:
    """One key template: what the key says of one incident."""

    report: str
    n: int
    optional: bool
    kinds: set[str]
    dates: list[tuple[date | None, date | None, bool]]  # (from, to, year known) alternatives
    date_fill: str
    places: list[tuple[str, list[str]]]  # (country, named places) alternatives
    place_fill: str
    perps: list[str]
    perp_fill: str
    deaths: tuple[int, int] | None  # (low, high); None when the key's count is not known

    @property
    def counted(self) -> bool:
        """Whether the incident counts in the denominator of incidents found even when missed."""
        return not self.optional and not self.kinds <= NOT_VIOLENCE


def _strip_markers(fill: str) -> str:
    return fill.replace("?", " ").strip()


def _quoted(fill: str) -> list[str]:
    return [q.replace('\\"', '"') for q in QUOTED.findall(fill)]


def _key_date(text: str, year: int | None) -> tuple[date | None, bool]:
    m = KEY_DATE.search(text)
    if m is None:
        return None, False
    if m.group(1):
        day, mon, yr = int(m.group(1)), m.group(2).upper(), m.group(3)
    else:
        day, mon, yr = int(m.group(5)), m.group(4).upper(), None
    if mon not in MONTHS:
        return None, False
    known = yr is not None
    y = (1900 + int(yr) if len(yr) == 2 else int(yr)) if yr else (year or 1900)
    month = MONTHS.index(mon) + 1
    for d in range(day, day - 4, -1):  # "31 NOV 89": the month's last day
        try:
            return date(y, month, d), known
        except ValueError:
            continue
    return None, False


def parse_dates(fill: str) -> list[tuple[date | None, date | None, bool]]:
    """``12 JAN 90``, ``- 13 NOV 89`` (on or before), ``A - B``, alternatives split by ``/``."""
    out = []
    for alt in fill.split("/"):
        alt = alt.strip().strip("()").strip()
        if not alt or alt in ("-", "*"):
            continue
        years = [int(y) for y in re.findall(r"\b(\d{2})\s*$", alt)]
        year = 1900 + years[0] if years else None
        parts = [p.strip() for p in re.split(r"\s+-\s+|^-\s*", alt)]
        if alt.startswith("-"):
            end, known = _key_date(alt, year)
            if end:
                out.append((None, end, known))
        elif len(parts) == 2 and parts[0] and parts[1]:
            start, k1 = _key_date(parts[0], year)
            end, k2 = _key_date(parts[1], year)
            if start and end:
                out.append((start, end, k1 and k2))
        else:
            d, known = _key_date(alt, year)
            if d:
                out.append((d, d, known))
    return out


def parse_places(fill: str) -> list[tuple[str, list[str]]]:
    """``PERU: LIMA (CITY): SAN ISIDRO (NEIGHBORHOOD)`` to ("peru", ["lima", "san isidro"]);
    alternatives split by ``/`` outside parentheses, places between two split by `` - ``."""
    out = []
    for alt in re.split(r"\s/\s", fill):
        alt = _strip_markers(alt).strip("()").strip()
        if not alt or alt in ("-", "*"):
            continue
        pieces = [p.strip() for p in alt.split(":")]
        country = norm(re.sub(r"\([^)]*\)", "", pieces[0]))
        named: list[str] = []
        for piece in pieces[1:]:
            for name in re.split(r"\s+-\s+", piece):
                name = norm(re.sub(r"\([^)]*\)?", "", name))
                if name:
                    named.append(name)
        out.append((country, named))
    return out


def parse_deaths(slots: dict[int, list[str]]) -> tuple[int, int] | None:
    """People the key marks DEATH, their NUMBER slots summed, as (low, high); a target some
    alternatives mark DEATH counts in ``high`` only. None when a number is not given."""
    numbers: list[tuple[set[str], tuple[int, int] | None]] = []
    for line in slots.get(21, []):
        head = _strip_markers(line.split(":", 1)[0])
        m = re.fullmatch(r"(\d+)(?:\s*-\s*(\d+))?", head)
        value = (int(m.group(1)), int(m.group(2) or m.group(1))) if m else None
        numbers.append((set(_quoted(line)), value))
    names = {q for line in slots.get(18, []) for q in _quoted(line)}
    low = high = 0
    for line in slots.get(23, []):
        if ":" not in line:
            continue
        effects = {_strip_markers(e) for e in line.split(":", 1)[0].split("/")}
        if "DEATH" not in effects:
            continue
        targets = set(_quoted(line))
        count = next((v for qs, v in numbers if qs & targets), "missing")
        if count == "missing":
            count = (1, 1) if targets & names else None
        if count is None:
            return None
        if effects == {"DEATH"}:
            low += count[0]
        high += count[1]
    return low, high


def read_templates(path: Path) -> list[dict[int, list[str]]]:
    """Each template's slots: number -> its fill lines (continuation lines appended)."""
    templates: list[dict[int, list[str]]] = []
    current: dict[int, list[str]] | None = None
    slot = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        if raw.startswith(";;;") or not raw.strip():
            continue
        m = SLOT.match(raw)
        if m:
            slot = int(m.group(1))
            if slot == 0:
                current = {}
                templates.append(current)
            if current is not None:
                current[slot] = [m.group(2).strip()] if m.group(2) else []
        elif raw[:1].isspace() and current is not None and slot is not None:
            current.setdefault(slot, []).append(raw.strip())
    return templates


def incidents_of(templates: list[dict[int, list[str]]]) -> dict[str, list[Incident]]:
    """Key incidents by report id; a report whose template is ``*`` has none."""
    out: dict[str, list[Incident]] = {}
    for slots in templates:
        report = (slots.get(0) or [""])[0].split()[0] if slots.get(0) else ""
        out.setdefault(report, [])
        head = " ".join(slots.get(1, ["*"]))
        if head.strip().startswith("*") or not head.strip():
            continue
        kinds = {_strip_markers(k) for k in " ".join(slots.get(4, [])).split("/")} - {"", "*", "-"}
        date_fill = " / ".join(slots.get(2, []))
        place_fill = " / ".join(slots.get(3, []))
        perp_lines = slots.get(10, [])
        out[report].append(Incident(
            report=report, n=len(out[report]) + 1, optional="OPTIONAL" in head, kinds=kinds,
            dates=parse_dates(date_fill), date_fill=date_fill,
            places=parse_places(place_fill), place_fill=place_fill,
            perps=[norm(q) for line in perp_lines for q in _quoted(line) if norm(q)],
            perp_fill=" ".join(perp_lines), deaths=parse_deaths(slots)))
    return out


def read_reports(path: Path) -> list[tuple[str, str]]:
    """(report id, text) pairs; the text keeps the id line, as the file gives it."""
    text = path.read_text(encoding="latin-1")
    starts = [m.start() for m in ID_LINE.finditer(text)]
    reports = []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        chunk = text[a:b].rstrip() + "\n"
        reports.append((ID_LINE.match(chunk).group(1), chunk))
    return reports


def load_split(name: str, limit: int | None) -> tuple[list[tuple[str, str]], dict[str, list[Incident]]]:
    reports: list[tuple[str, str]] = []
    keys: dict[str, list[Incident]] = {}
    for folder in SPLITS[name]:
        d = MUC4 / folder
        for path in sorted(d.iterdir()):
            if path.name.startswith("key"):
                keys.update(incidents_of(read_templates(path)))
            else:
                reports += read_reports(path)
    reports = [r for r in reports if r[0] in keys]
    return (reports[:limit] if limit else reports), keys


# ---------------------------------------------------------------- comparing


def norm(text: str) -> str:
    """Lower-case words without accents or punctuation, single-spaced."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _within(phrase: str, text: str) -> bool:
    return bool(phrase) and f" {phrase} " in f" {text} "


@cache
def synonyms() -> dict[str, set[str]]:
    """Place name -> the names the MUC-4 documentation lists as the same place."""
    groups: dict[str, set[str]] = {}
    path = MUC4 / "doc" / "places-synonyms.v3"
    if not path.exists():
        return groups
    for line in path.read_text(encoding="latin-1").splitlines():
        parts = re.split(r"\s+(?:=|->)\s+", re.sub(r"<-NEW.*$", "", line).strip())
        if len(parts) < 2:
            continue
        names = {norm(p) for p in parts if norm(p)}
        merged = set(names)
        for n in names:
            merged |= groups.get(n, set())
        for n in merged:
            groups[n] = merged
    return groups


def _place_names(event: Event) -> list[str]:
    loc = event.location
    if loc is None:
        return []
    return [norm(x) for x in (loc.name, loc.admin1, loc.admin2, loc.text) if x and norm(x)]


def place_right(event: Event, inc: Incident) -> bool:
    loc = event.location
    if loc is None or not inc.places:
        return False
    ours = _place_names(event)
    for country, named in inc.places:
        if norm(loc.country) != country:
            continue
        if not named:
            return True
        for name in named:
            variants = {name} | synonyms().get(name, set())
            if any(v == o or _within(v, o) or _within(o, v) for v in variants for o in ours):
                return True
    return False


def date_right(event: Event, inc: Incident) -> bool:
    if not event.event_date or not inc.dates:
        return False
    ours = date.fromisoformat(event.event_date)
    for start, end, known in inc.dates:
        if not known:  # the key gives no year: day and month must agree
            if end and (ours.month, ours.day) == (end.month, end.day):
                return True
            continue
        if (start is None or start <= ours) and ours <= end:
            return True
    return False


@cache
def _aliases() -> dict[str, list[str]]:
    return {norm(g["name"]): [norm(str(a)) for a in [*g.get("aliases", []), *g.get("acronyms", []), *g.get("local", [])]]
            for g in load("actors")["groups"]}


def _actor_words(event: Event) -> list[str]:
    if event.actor1 is None:
        return []
    name = norm(event.actor1.name)
    words = [name, *_aliases().get(name, [])]
    if ": " in event.actor1.name:
        words.append(norm(event.actor1.name.split(": ", 1)[1]))
    return [w for w in words if w]


def _without_country(name: str) -> str:
    return re.sub(r" of [A-Z][\w .'-]*$| \([^)]*\)$", "", name)


@cache
def _key_sides(perp: str) -> frozenset[str]:
    """The sides our actor words read in a key's name, without a country: "salvadoran army"
    is the Military Forces (the incident's country is scored as its place)."""
    return frozenset(_without_country(a.canonical("")) for a in find_actors(perp)
                     if a.named or a.kind == "state forces")


def perp_right(event: Event, inc: Incident) -> bool:
    if not inc.perps or event.actor1 is None:
        return False
    names = _actor_words(event)
    said = norm(event.actor1.text)
    ours = _without_country(event.actor1.name)
    return any(p in names or _within(p, said) or ours in _key_sides(p) for p in inc.perps)


def deaths_of(event: Event) -> int:
    """Our deaths as the keys count them: a toll no report gives (None) is 0, since a key
    marks no DEATH where the report tells of none."""
    toll = event.fatalities
    return toll.best if toll is not None else 0


def deaths_right(event: Event, inc: Incident) -> bool:
    return inc.deaths is not None and inc.deaths[0] <= deaths_of(event) <= inc.deaths[1]


def agreements(event: Event, inc: Incident) -> int:
    """How many fields agree; 0 when the kinds differ or nothing agrees."""
    if not muc_kinds(event) & inc.kinds:
        return 0
    deaths = inc.deaths is not None and inc.deaths[1] > 0 and deaths_right(event, inc)
    return (place_right(event, inc) + date_right(event, inc) + perp_right(event, inc) + deaths)


def pair(events: list[Event], incidents: list[Incident]) -> dict[int, int]:
    """Incident index -> event index, one each, the pairs agreeing on most fields first."""
    scored = sorted(((agreements(e, inc), -j, -i, i, j) for i, inc in enumerate(incidents)
                     for j, e in enumerate(events)), reverse=True)
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for score, _, _, i, j in scored:
        if score == 0:
            break
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


# ---------------------------------------------------------------- the table


@dataclass
class Tally:
    reports: int = 0
    seconds: float = 0.0
    counted: int = 0
    found_counted: int = 0
    found_extra: int = 0  # optional or non-violence incidents found
    events: int = 0
    paired: int = 0
    events_no_battles: int = 0
    paired_no_battles: int = 0
    fields: Counter = field(default_factory=Counter)  # field -> right
    scored: Counter = field(default_factory=Counter)  # field -> incidents scored
    misses: dict[str, list[str]] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)  # per incident, for --dump


def describe(event: Event) -> str:
    loc = event.location
    where = f"{loc.name}, {loc.admin1}, {loc.country} [{loc.text}]" if loc else "-"
    actor = f"{event.actor1.name} [{event.actor1.text}]" if event.actor1 else "-"
    return (f"{event.sub_event_type}; {event.event_date or '-'}; {where}; {actor}; "
            f"killed {'unknown' if event.fatalities is None else event.fatalities.best}")


def score_split(name: str, limit: int | None, show: int, batch: int) -> Tally:
    reports, keys = load_split(name, limit)
    t = Tally(reports=len(reports))
    started = time.process_time()
    results = extract_many([Article(id=rid, text=text) for rid, text in reports], batch_size=batch)
    t.seconds = time.process_time() - started
    checks = {"date": (date_right, lambda i: bool(i.dates), lambda i: i.date_fill),
              "place": (place_right, lambda i: bool(i.places), lambda i: i.place_fill),
              "perpetrator": (perp_right, lambda i: bool(i.perps), lambda i: i.perp_fill),
              "deaths": (deaths_right, lambda i: i.deaths is not None, lambda i: str(i.deaths))}
    t.misses = {k: [] for k in ["incident", *checks]}
    for (rid, _), events in zip(reports, results):
        incidents = keys.get(rid, [])
        pairs = pair(events, incidents)
        t.events += len(events)
        t.paired += len(pairs)
        t.events_no_battles += sum(e.event_type != "Battles" for e in events)
        t.paired_no_battles += sum(events[j].event_type != "Battles" for j in pairs.values())
        for i, inc in enumerate(incidents):
            t.counted += inc.counted
            if i not in pairs:
                t.lines.append(f"{rid}\t{inc.n}\tmissed\t-\t-")
                if inc.counted and len(t.misses["incident"]) < show:
                    t.misses["incident"].append(f"{rid} #{inc.n} {'/'.join(sorted(inc.kinds))}; "
                                                f"{inc.date_fill}; {inc.place_fill}")
                continue
            if inc.counted:
                t.found_counted += 1
            else:
                t.found_extra += 1
            event = events[pairs[i]]
            marks = " ".join(f"{f}={'+' if right(event, inc) else 'x'}"
                             for f, (right, applies, _) in checks.items() if applies(inc))
            t.lines.append(f"{rid}\t{inc.n}\tfound\t{marks or '-'}\t{describe(event)}")
            for fname, (right, applies, fill) in checks.items():
                if not applies(inc):
                    continue
                t.scored[fname] += 1
                if right(event, inc):
                    t.fields[fname] += 1
                elif len(t.misses[fname]) < show:
                    t.misses[fname].append(f"{rid} #{inc.n}: key {fill(inc)!r}\n      ours {describe(event)}")
    return t


def share(k: int, n: int) -> str:
    return f"{k / n:.3f} ({k}/{n})" if n else "-"


def print_table(tallies: dict[str, Tally]) -> None:
    names = list(tallies)
    head = {"dev": "dev", "test": "tst1+tst2"}
    rows = [("reports", lambda t: f"{t.reports}  ({t.seconds:.0f} s)"),
            ("incidents found", lambda t: share(t.found_counted + t.found_extra, t.counted + t.found_extra)),
            ("precision", lambda t: share(t.paired, t.events)),
            ("precision, no Battles", lambda t: share(t.paired_no_battles, t.events_no_battles))]
    rows += [(f"{f} (on found)", lambda t, f=f: share(t.fields[f], t.scored[f]))
             for f in ("date", "place", "perpetrator", "deaths")]
    print(f"{'':24}" + "".join(f"{head[n]:>24}" for n in names))
    for label, value in rows:
        print(f"{label:24}" + "".join(f"{value(tallies[n]):>24}" for n in names))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=list(SPLITS), help="one split only")
    parser.add_argument("--limit", type=int, help="first N reports of each split")
    parser.add_argument("--show", type=int, default=0, help="print N misses of each field")
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--dump", type=Path, help="write one tab-separated line per key incident here")
    args = parser.parse_args(argv)
    if not MUC4.is_dir():
        print(f"skipped: no MUC-4 data at {MUC4}")
        return 0
    tallies = {}
    for name in [args.only] if args.only else list(SPLITS):
        tallies[name] = t = score_split(name, args.limit, args.show, args.batch)
        for fname, misses in t.misses.items():
            if misses:
                print(f"-- {name}: {fname} missed")
                for m in misses:
                    print(f"   {m}")
    print_table(tallies)
    if args.dump:
        args.dump.write_text("".join(line + "\n" for t in tallies.values() for line in t.lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
