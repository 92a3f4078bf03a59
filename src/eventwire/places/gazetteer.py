"""The gazetteer: find place names in a parsed report and resolve them to coordinates.

One object over one store file (store.py) that does three jobs, each in a module
of its own: *spot* the proper-noun runs of an article that name a known place
(spotting.py), read what the article says about where it is (scene.py), and
*resolve* the place mentions of one event to the candidate that best fits it
(choice.py), as a :class:`Location` with ACLED's geo_precision (precision.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from eventwire.record import Location

from . import choice
from .build import ensure_store
from .candidates import Lookup
from .model import PlaceMention
from .precision import to_location
from .scene import HINT_VOTE, Context, build_context
from .spotting import Spotter


class Gazetteer(Lookup):
    """Lookups, spotting and resolution over one store file; cheap to share."""

    _default: Gazetteer | None = None

    def __init__(self, path: Path | str) -> None:
        super().__init__(path)
        self._spotter = Spotter(self)
        self._article = lru_cache(maxsize=64)(self._context)  # one per article, reused by its events

    @classmethod
    def default(cls) -> Gazetteer:
        """The store at the default path, built from package data on first use."""
        if cls._default is None:
            cls._default = cls(ensure_store())
        return cls._default

    def country_location(self, iso: str, text: str = "") -> Location | None:
        """A country as a location: its capital's position, precision 3."""
        place = self.country_place(iso)
        if place is None or place.latitude is None:
            return None
        return to_location(place, "", text or place.name)

    def spot(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of proper-noun runs that name a place (spotting.Spotter.spot)."""
        return self._spotter.spot(doc)

    def places_in_name(self, text: str) -> list[str]:
        """Towns and provinces an outlet's name carries (spotting.Spotter.places_in_name)."""
        return self._spotter.places_in_name(text)

    def place_votes(self, names: Iterable[str]) -> Counter[str]:
        """The country votes of an article's place names (scene.country_votes), one name once."""
        return Counter(self._article(tuple(dict.fromkeys(names)), ()).countries)

    def resolve(self, mentions: Sequence[PlaceMention], context: Iterable[str] = (),
                country_hint: str | Mapping[str, float] | None = None) -> Location | None:
        """The most precise location the place mentions of one event support.

        ``context`` are the other place names of the article; ``country_hint`` the
        ISO code of the country the article names, or the country votes of all it
        says besides its places (country_hints.py).
        """
        said = {country_hint: HINT_VOTE} if isinstance(country_hint, str) else dict(country_hint or {})
        names = tuple(dict.fromkeys(context))
        return choice.resolve(self, mentions, self._article(names, tuple(sorted(said.items()))))

    def _context(self, names: tuple[str, ...], said: tuple[tuple[str, float], ...]) -> Context:
        return build_context(self, names, dict(said))
