"""The world map: country shapes as SVG paths, points projected, shading by count.

Why server-side paths: the geometry ships in the package
(``eventwire/data/map/countries-110m.geojson``, world-atlas / Natural Earth, see
data/SOURCES.md) and is turned once per app into SVG path strings in a plain
equirectangular projection, so a map page needs no script, no tiles and no
network; each country with events is a link to them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

WIDTH = 1000.0
NORTH, SOUTH = 84.0, -58.0  # latitudes shown: Antarctica and the far north cut away
SCALE = WIDTH / 360.0
HEIGHT = round((NORTH - SOUTH) * SCALE, 1)
SHADES = ("#dbe9f6", "#b6d4ec", "#86b8de", "#5499c9", "#2f79b5", "#155a93")
EMPTY = "#eeeeee"


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    name: str
    path: str


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular: x grows east from the antimeridian, y grows south from NORTH."""
    return round((lon + 180.0) * SCALE, 1), round((NORTH - lat) * SCALE, 1)


def _pieces(ring: Sequence[Sequence[float]]) -> list[list[tuple[float, float]]]:
    """A ring as (lon, lat) runs that never jump across the antimeridian.

    Russia and Fiji cross it: joining their points straight would draw a line
    across the whole map. The ring is rotated to start just after a jump and cut
    at every jump, so each run stays on one side and is filled on its own.
    """
    points = [(float(p[0]), float(p[1])) for p in ring]
    jumps = [i for i in range(1, len(points)) if abs(points[i][0] - points[i - 1][0]) > 180]
    if not jumps:
        return [points]
    start = jumps[0]
    rotated = points[start:] + points[1:start]  # drop the closing duplicate of points[0]
    runs: list[list[tuple[float, float]]] = [[rotated[0]]]
    for prev, here in zip(rotated, rotated[1:], strict=False):
        if abs(here[0] - prev[0]) > 180:
            runs.append([])
        runs[-1].append(here)
    return runs


def _ring_path(ring: Sequence[Sequence[float]]) -> str:
    out = []
    for run in _pieces(ring):
        points: list[tuple[float, float]] = []
        for lon, lat in run:
            p = project(lon, lat)
            if not points or p != points[-1]:
                points.append(p)
        if len(points) < 3:
            continue
        head, *rest = points
        out.append(f"M{head[0]},{head[1]}" + "".join(f"L{x},{y}" for x, y in rest) + "Z")
    return "".join(out)


def _polygons(geometry: Mapping[str, Any]) -> Iterable[Sequence[Sequence[Sequence[float]]]]:
    if geometry["type"] == "Polygon":
        yield geometry["coordinates"]
    elif geometry["type"] == "MultiPolygon":
        yield from geometry["coordinates"]


def countries_from_geojson(data: Mapping[str, Any]) -> tuple[Country, ...]:
    """Every feature with an ``iso3`` property (or its name when it has none) as a path."""
    out = []
    for feature in data.get("features") or ():
        props = feature.get("properties") or {}
        if props.get("iso3") == "ATA" or not feature.get("geometry"):
            continue
        path = "".join(_ring_path(ring) for polygon in _polygons(feature["geometry"])
                       for ring in polygon)
        if path:
            out.append(Country(str(props.get("iso3") or ""), str(props.get("name") or ""), path))
    return tuple(out)


def load_world() -> tuple[Country, ...]:
    """The shipped country shapes (read from the package, never from a request path)."""
    source = resources.files("eventwire") / "data" / "map" / "countries-110m.geojson"
    return countries_from_geojson(json.loads(source.read_text(encoding="utf-8")))


def shade(count: int, peak: int) -> str:
    """A sequential blue for ``count`` out of ``peak`` (log scale: one busy country
    should not wash out the rest)."""
    if count <= 0 or peak <= 0:
        return EMPTY
    level = math.log1p(count) / math.log1p(peak)
    return SHADES[min(len(SHADES) - 1, int(level * (len(SHADES) - 1) + 0.5))]


@dataclass(frozen=True, slots=True)
class Point:
    x: float
    y: float
    r: float
    label: str
    href: str
    colour: str


def radius(count: int, peak: int) -> float:
    return round(3 + 9 * math.sqrt(count / max(peak, 1)), 1)
