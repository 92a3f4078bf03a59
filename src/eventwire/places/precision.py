"""ACLED's geo_precision for a chosen place, and the place as a record's location."""

from __future__ import annotations

from eventwire.record import Location

from .model import ADMIN1, ADMIN2, AREA, COUNTRY, Place


def precision(place: Place, qualifier: str) -> int:
    """ACLED's geo_precision for a resolved place and the words around it."""
    if place.kind in (ADMIN1, COUNTRY):
        return 3
    if place.kind in (ADMIN2, AREA) or qualifier in ("near", "district", "area"):
        return 2
    return 1


def to_location(place: Place, qualifier: str, text: str) -> Location:
    admin1 = place.admin1
    if not admin1 and place.kind == ADMIN1:
        admin1 = place.name
    return Location(
        name=place.name, country=place.country_name, iso=place.country, admin1=admin1,
        admin2=place.admin2 if place.kind != ADMIN2 else place.name,
        latitude=place.latitude, longitude=place.longitude,
        geo_precision=precision(place, qualifier), geonameid=place.geonameid, text=text,
    )
