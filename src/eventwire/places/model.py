"""The plain data the gazetteer hands out: a place, and a place as mentioned."""

from __future__ import annotations

from dataclasses import dataclass

CITY = "city"
ADMIN1 = "admin1"
ADMIN2 = "admin2"
COUNTRY = "country"
AREA = "area"  # a section of a town (GeoNames PPLX): a neighbourhood


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a populated place, an administrative unit or a country.

    ``id`` is the store's key (the GeoNames id for GeoNames places, negative for
    units derived from pycountry); ``geonameid`` is None when GeoNames has no id
    for it. ``population`` 0 means "small or unknown", never "big".
    """

    id: int
    name: str
    kind: str
    country: str
    admin1_code: str = ""
    admin1: str = ""
    admin2: str = ""
    admin2_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0
    geonameid: int | None = None
    country_name: str = ""
    match: str = ""  # how the looked-up name matched: "name", "alt" or "phonetic"


@dataclass
class PlaceMention:
    """A place name in an article, as the extractor found it."""

    text: str  # the name exactly as written, e.g. "Prde" or "Kirkuk province"
    start: int  # character span of text in the article
    end: int
    qualifier: str = ""  # "" | "near" | "district" | "province" | "area" | "town" (a country's name)
    weak: bool = False  # a dateline or outlet place: used only when the text names nothing else
    aside: bool = False  # the place of another act the sentence tells of ("in response to an attack in X")
    inside: str = ""  # the place the words make this one a part of: "Tripoli" in "X district of Tripoli"
    route: bool = False  # an end of a way named for two places ("the Dhaka-Barisal highway")
