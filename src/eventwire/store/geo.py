"""Great-circle distance for merge decisions and ``--near`` queries.

Uses the gazetteer's ``distance_km`` when it exists so the whole package agrees
on one formula; a small haversine stands in until then.
"""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


try:  # the gazetteer's function, once it is written
    from eventwire.places import distance_km as _places_distance_km
except ImportError:  # pragma: no cover - depends on the gazetteer's progress
    _places_distance_km = None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Kilometres between two points on the Earth's surface."""
    if _places_distance_km is not None:
        return float(_places_distance_km(lat1, lon1, lat2, lon2))
    return _haversine_km(lat1, lon1, lat2, lon2)


def bounding_box(lat: float, lon: float, km: float) -> tuple[float, float, float, float]:
    """(min_lat, max_lat, min_lon, max_lon) enclosing a circle, to pre-filter in SQL."""
    dlat = km / 111.0
    coslat = max(math.cos(math.radians(lat)), 0.01)
    dlon = min(180.0, km / (111.0 * coslat))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon
