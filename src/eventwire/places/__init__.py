"""Places: an offline gazetteer (GeoNames data in SQLite), name matching and resolution."""

from .gazetteer import Gazetteer
from .geo import distance_km
from .model import Place, PlaceMention

__all__ = ["Gazetteer", "Place", "PlaceMention", "distance_km"]
