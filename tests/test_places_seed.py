"""The seed report's places, with the default store and with a GeoNames dump loaded.

Reads ../shared/seed (not part of the repository); skipped where it is absent.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from eventwire.places import Gazetteer, geonames_dump
from eventwire.places.build import ensure_store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seed" / "000_b542ad107430a3c2.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "geonames"

pytestmark = pytest.mark.skipif(not SEED.is_file(), reason="shared seed report not present")


def _locations():
    from eventwire.pipeline import extract

    events = extract(SEED.read_text(encoding="utf-8"), published="2021-12-07")
    return [e.location for e in events]


def test_seed_places_with_the_default_store():
    dibis, prde, kirkuk, makhmour = _locations()
    assert (dibis.name, dibis.geo_precision, dibis.admin1) == ("Dibis", 1, "Kirkuk")
    assert (prde.geo_precision, prde.admin1, prde.text) == (3, "Kirkuk", "Prde town")
    assert (kirkuk.name, kirkuk.geo_precision) == ("Kirkuk", 1)
    assert (makhmour.admin1, makhmour.geo_precision) == ("Erbil", 2)
    assert makhmour.name in ("Mexmur", "Makhmur")


def test_seed_prde_resolves_to_the_town_once_a_dump_has_it(tmp_path, monkeypatch):
    path = tmp_path / "gazetteer.sqlite"
    shutil.copy(ensure_store(), path)
    geonames_dump.load(path, [FIXTURES / "IQ.txt"], admin1=FIXTURES / "admin1CodesASCII.txt",
                       progress=False)
    monkeypatch.setattr(Gazetteer, "_default", Gazetteer(path))
    prde = _locations()[1]
    assert prde.name == "Pirde" and prde.admin1 == "Kirkuk"
    assert prde.geo_precision in (1, 2)  # rockets landed on its outskirts
