"""An ACLED-style one-sentence summary of an event, generated from its fields."""

from __future__ import annotations

from datetime import date

from eventwire.record import Event

_VERBS = {
    "Armed clash": "clashed with",
    "Government regains territory": "regained territory from",
    "Non-state actor overtakes territory": "took territory from",
    "Air/drone strike": "carried out an air or drone strike on",
    "Shelling/artillery/missile attack": "fired shells, rockets or missiles at",
    "Remote explosive/landmine/IED": "set off an explosive device against",
    "Suicide bomb": "carried out a suicide bombing against",
    "Grenade": "threw a grenade at",
    "Chemical weapon": "used a chemical weapon against",
    "Attack": "attacked",
    "Abduction/forced disappearance": "abducted",
    "Sexual violence": "sexually assaulted",
}


def _day(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def describe(event: Event) -> str:
    """ "On 7 December 2021, Islamic State attacked Military Forces of Iraq in Dibis (Kirkuk, Iraq). 2 fatalities." """
    parts: list[str] = []
    if event.event_date:
        parts.append(("Around " if event.time_precision > 1 else "On ") + _day(event.event_date) + ",")
    actor1 = event.actor1.name if event.actor1 else "an unidentified group"
    verb = _VERBS.get(event.sub_event_type, "was involved in " + event.sub_event_type.lower() + " with")
    clause = f"{actor1} {verb}"
    clause += f" {event.actor2.name}" if event.actor2 else " a target"
    if event.location:
        loc = event.location
        near = "near " if loc.geo_precision == 2 else ""
        within = ", ".join(x for x in (loc.admin1, loc.country) if x and x != loc.name)
        clause += f" {'in' if not near else ''}{near} {loc.name}".replace("  ", " ")
        if within:
            clause += f" ({within})"
    if event.attribution in ("claimed", "suspected", "denied", "unclaimed"):
        clause += f" [{event.attribution}]"
    parts.append(clause[0].upper() + clause[1:] if not parts else clause)
    sentence = " ".join(parts) + "."
    f = event.fatalities
    if f is None:
        sentence += " Fatalities not reported"
    else:
        sentence += f" {f.best} fatalit{'y' if f.best == 1 else 'ies'}"
        if f.low != f.high:
            sentence += f" (reports range {f.low}-{f.high})"
    if event.injuries is not None and event.injuries.best:
        sentence += f", {event.injuries.best} injured"
    return sentence + "."
