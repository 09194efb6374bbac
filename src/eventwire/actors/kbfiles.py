"""Readers for the knowledge-base files: one function per file, rows to records.

The shipped files live in ``eventwire/data/kb`` (built by tools/build_kb.py);
user dictionaries use the format documented in kb.py. Every reader checks its
rows (required columns, known ISO3 codes, parseable dates, start <= end) and
raises DataFileError("FILE:ROW", problem) on the first bad one.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.petrarch import (
    ActorRow,
    AgentRow,
    parse_actor_dictionary,
    parse_agent_dictionary,
)
from eventwire.actors.records import (
    Agent,
    Country,
    Entry,
    Membership,
    Metonym,
    Org,
    OrgDescriptions,
    Period,
    Place,
    RowReader,
    check_iso3,
    check_span,
    parse_date,
    parse_float,
    slug,
    split_list,
)
from eventwire.errors import DataFileError

KB_VERSION = 1
USER_COLUMNS = ("name", "aliases", "code", "country", "kind", "role", "start", "end")
ROLE_WORDS = {"head_of_state": "head of state", "head_of_government": "head of government",
              "foreign_minister": "foreign minister",
              "defence_minister": "defence minister",
              "spokesperson": "spokesperson", "un_ambassador": "ambassador to the UN",
              "head_of_organization": "head of organization"}


def kb_dir() -> Path:
    """The shipped data folder, found through importlib.resources (works when installed)."""
    return Path(str(resources.files("eventwire") / "data" / "kb"))


def check_manifest(folder: Path) -> None:
    path = folder / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(str(path), f"cannot be read as JSON: {exc}") from exc
    if manifest.get("version") != KB_VERSION:
        raise DataFileError(str(path), f"version {manifest.get('version')!r} is not "
                            f"{KB_VERSION}; rebuild with tools/build_kb.py")


def read_countries(path: Path) -> dict[str, Country]:
    out: dict[str, Country] = {}
    for where, r in RowReader(path, ("iso3", "name", "demonyms", "capitals")).rows():
        if len(r["iso3"]) != 3 or not r["iso3"].isupper():
            raise DataFileError(where, f"iso3 {r['iso3']!r} is not three capital letters")
        out[r["iso3"]] = Country(
            r["iso3"], r.get("iso2", ""), r["name"], r.get("official_name", ""),
            split_list(r.get("variants")), split_list(r["demonyms"]), split_list(r["capitals"]),
            parse_float(r.get("capital_lat", ""), where, "capital_lat"),
            parse_float(r.get("capital_lng", ""), where, "capital_lng"))
    return out


def read_aliases(path: Path, iso3s: set[str]) -> list[tuple[str, str, str]]:
    """(ISO3, alias, kind): kind "city" or "capital" marks a place, not the state."""
    out = []
    for where, r in RowReader(path, ("iso3", "alias", "kind")).rows():
        out.append((check_iso3(r["iso3"], iso3s, where, "iso3") or "", r["alias"], r["kind"]))
    return out


def read_orgs(path: Path, iso3s: set[str]) -> dict[str, Org]:
    out: dict[str, Org] = {}
    for where, r in RowReader(path, ("key", "name", "aliases", "seat_city", "seat_iso3")).rows():
        out[r["key"]] = Org(r["key"], r["name"], split_list(r["aliases"]), r["seat_city"] or None,
                            check_iso3(r["seat_iso3"], iso3s, where, "seat_iso3"),
                            parse_date(r.get("founded"), where, "founded"),
                            tuple(c for c in split_list(r.get("petrarch_codes")) if len(c) > 3))
    return out


def read_memberships(path: Path, iso3s: set[str], orgs: set[str]) -> list[Membership]:
    out = []
    cols = ("org", "iso3", "status", "start_date", "end_date")
    for where, r in RowReader(path, cols).rows():
        if r["org"] not in orgs:
            raise DataFileError(where, f"org {r['org']!r} is not in orgs.csv")
        start = parse_date(r["start_date"], where, "start_date")
        end = parse_date(r["end_date"], where, "end_date", end=True)
        check_span(start, end, where)
        out.append(Membership(r["org"], check_iso3(r["iso3"], iso3s, where, "iso3") or "",
                              r["status"], start, end))
    return out


def read_leaders(path: Path, iso3s: set[str], orgs: Collection[str] = ()) -> list[Entry]:
    """Curated office terms grouped into one Entry per person: code ISO3 + GOV for
    a state's office, the IGO key for an organisation's head (``iso3`` = "EU")."""
    periods: dict[str, list[Period]] = defaultdict(list)
    info: dict[str, tuple[str, str | None, str | None, list[str]]] = {}
    cols = ("iso3", "person", "aliases", "role", "title", "start", "end")
    for where, r in RowReader(path, cols).rows():
        org = r["iso3"] if r["iso3"] in orgs else None
        iso3 = None if org else check_iso3(r["iso3"], iso3s, where, "iso3")
        if not (iso3 or org) or not r["person"]:
            raise DataFileError(where, "iso3 (or an organisation key) and person are required")
        if r["role"] not in ROLE_WORDS:
            raise DataFileError(where, f"role {r['role']!r} is not one of "
                                f"{', '.join(sorted(ROLE_WORDS))}")
        start = parse_date(r["start"], where, "start")
        end = parse_date(r["end"], where, "end", end=True)
        check_span(start, end, where)
        pid = f"person:{slug(r['person'])}"
        code = org or f"{iso3}GOV"
        periods[pid].append(Period(code, ROLE_WORDS[r["role"]], r["title"] or None, start, end))
        first = info.setdefault(pid, (r["person"], iso3, org, []))
        first[3].extend(a for a in split_list(r["aliases"]) if a not in first[3])
    return [Entry(pid, name, tuple(aliases), iso3, "person", org, tuple(periods[pid]))
            for pid, (name, iso3, org, aliases) in info.items()]


def read_petrarch_persons(path: Path, iso3s: set[str],
                          igo_codes: dict[str, str]) -> list[Entry]:
    """PETRARCH person entries (frozen ~2014): the long tail behind the curated leaders."""
    periods: dict[str, list[Period]] = defaultdict(list)
    info: dict[str, tuple[str, str | None, tuple[str, ...], str | None]] = {}
    cols = ("entry", "name", "aliases", "code", "country", "start", "end")
    for where, r in RowReader(path, cols).rows():
        start = parse_date(r["start"], where, "start")
        end = parse_date(r["end"], where, "end", end=True)
        check_span(start, end, where)
        country = check_iso3(r["country"], iso3s, where, "country")
        code, org = r["code"], None
        if code.startswith("IGO"):
            org = next((k for c, k in igo_codes.items() if code.startswith(c)), None)
            code = org or code
        key = f"person:{slug(r['name'])}"
        periods[key].append(Period(code, None, None, start, end, curated=False))
        if key not in info:
            info[key] = (r["name"], country, split_list(r["aliases"]), org)
    return [Entry(k, n, a, c, "person", o, tuple(periods[k])) for k, (n, c, a, o) in info.items()]


def read_metonyms(path: Path, iso3s: set[str], orgs: set[str]) -> list[Metonym]:
    out = []
    for where, r in RowReader(path, ("alias", "target", "kind", "condition")).rows():
        if r["kind"] == "government":
            check_iso3(r["target"], iso3s, where, "target")
        elif r["kind"] == "igo":
            if r["target"] not in orgs:
                raise DataFileError(where, f"target {r['target']!r} is not in orgs.csv")
        else:
            raise DataFileError(where, f"kind {r['kind']!r} is not government or igo")
        out.append(Metonym(r["alias"], r["target"], r["kind"], r["condition"]))
    return out


def read_places(path: Path, iso3s: set[str], *, regions: bool) -> list[Place]:
    cols = ("name", "aliases", "iso3") if regions else ("name", "iso3", "kind")
    out = []
    for where, r in RowReader(path, cols).rows():
        iso3 = check_iso3(r["iso3"], iso3s, where, "iso3")
        out.append(Place(r["name"], split_list(r.get("aliases")), iso3,
                         "region" if regions else r["kind"] or "town"))
    return out


def read_agents(path: Path) -> list[Agent]:
    out = []
    for where, r in RowReader(path, ("phrase", "code")).rows():
        code = r["code"]
        if code.count("~") != 1 or len(code.strip("~")) < 3:
            raise DataFileError(where, f"code {code!r} is not ~SECTOR or SECTOR~")
        out.append(Agent(r["phrase"].lower(), code.strip("~")[:3], code.endswith("~")))
    return out


def _user_rows(path: Path) -> list[tuple[str, dict[str, str]]]:
    if path.suffix.lower() in {".yaml", ".yml"}:
        try:
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise DataFileError(str(path), f"cannot be read as YAML: {exc}") from exc
        if not isinstance(data, list):
            raise DataFileError(str(path), "must be a YAML list of actors")
        rows = []
        for i, item in enumerate(data, start=1):
            if not isinstance(item, dict):
                raise DataFileError(f"{path}:{i}", "each item must be a mapping")
            unknown = set(item) - set(USER_COLUMNS)
            if unknown:
                raise DataFileError(f"{path}:{i}", f"unknown key(s) {', '.join(sorted(unknown))}")
            aliases = item.get("aliases") or ""
            if isinstance(aliases, list):
                aliases = "|".join(str(a) for a in aliases)
            row = {k: "" if item.get(k) is None else str(item.get(k)) for k in USER_COLUMNS}
            row["aliases"] = str(aliases)
            rows.append((f"{path}:{i}", row))
        return rows
    return list(RowReader(path, ("name", "code")).rows())


def read_user_file(path: Path, iso3s: set[str], orgs: set[str]) -> list[Entry]:
    """A user dictionary: rows with the same name are periods of one actor."""
    periods: dict[str, list[Period]] = defaultdict(list)
    info: dict[str, tuple[str, tuple[str, ...], str | None, str, str | None]] = {}
    for where, r in _user_rows(path):
        if not r.get("name"):
            raise DataFileError(where, "name is required")
        if not r.get("code") and not r.get("country"):
            raise DataFileError(where, "give a code or a country")
        country = check_iso3(r.get("country"), iso3s, where, "country")
        start = parse_date(r.get("start"), where, "start")
        end = parse_date(r.get("end"), where, "end", end=True)
        check_span(start, end, where)
        kind = r.get("kind") or "person"
        code = r.get("code") or country
        org = code if code in orgs else None
        key = f"{'person' if kind == 'person' else 'actor'}:{slug(r['name'])}"
        periods[key].append(Period(code, r.get("role") or None, None, start, end))
        info.setdefault(key, (r["name"], split_list(r.get("aliases")), country, kind, org))
    return [Entry(k, n, a, c, kind, o, tuple(periods[k]))
            for k, (n, a, c, kind, o) in info.items()]


@dataclass(frozen=True, slots=True)
class PetrarchDictionary:
    """A PETRARCH-format text file given as ``--actors``: actors or agents."""

    actors: tuple[ActorRow, ...] = ()
    agents: tuple[AgentRow, ...] = ()


def is_petrarch_file(path: Path) -> bool:
    return path.suffix.lower() == ".txt"


def read_petrarch_dictionary(path: Path) -> PetrarchDictionary:
    """Actor or agent rows of a PETRARCH dictionary; which one it is comes from
    its codes: an agent dictionary codes role nouns as ``[~GOV]`` or ``[NGO~]``."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise DataFileError(str(path), f"cannot be read: {exc.strerror}") from exc
    codes = re.findall(r"\[([^\]\s]*)", text)
    if not codes:
        raise DataFileError(str(path), "has no [CODE] entries; is it a PETRARCH dictionary?")
    if sum("~" in c for c in codes) * 2 > len(codes):
        agents = parse_agent_dictionary(text)
        if not agents:
            raise DataFileError(str(path), "has no usable agent entries like PRESIDENT [~GOV]")
        return PetrarchDictionary(agents=tuple(agents))
    actors = parse_actor_dictionary(text)
    if not actors:
        raise DataFileError(str(path), "has no usable actor entries like NAME [CODE]")
    return PetrarchDictionary(actors=tuple(actors))


def petrarch_entries(rows: Sequence[ActorRow]) -> list[Entry]:
    """User entries from PETRARCH actor rows. A phrase heads one actor: the first
    entry with it keeps it, as PETRARCH's first match would; date-bounded codes
    (``[EGYGOV 770101-120812]``) become dated periods of that actor."""
    periods: dict[str, list[Period]] = defaultdict(list)
    info: dict[str, tuple[str, tuple[str, ...]]] = {}
    first_code: dict[str, str] = {}
    for row in rows:
        key = f"person:{slug(row.name)}"
        first = first_code.setdefault(key, row.code)
        if first != row.code and not (row.start or row.end) and any(
                not p.dated for p in periods[key]):
            continue  # a later duplicate entry with another default code
        start = date.fromisoformat(row.start) if row.start else None
        end = date.fromisoformat(row.end) if row.end else None
        periods[key].append(Period(row.code, None, None, start, end))
        info.setdefault(key, (row.name, tuple(a for a in row.aliases if "|" not in a)))
    # "person" is the kind the entity ruler pins by name: PETRARCH phrases are names.
    return [Entry(k, name, aliases, None, "person", None, tuple(periods[k]))
            for k, (name, aliases) in info.items()]


def petrarch_agents(rows: Sequence[AgentRow]) -> list[Agent]:
    return [Agent(r.phrase, r.code.strip("~")[:3], r.code.endswith("~"))
            for r in dict.fromkeys(rows)]


def read_org_descriptions(path: Path, orgs: Collection[str]) -> OrgDescriptions:
    """The hand-written descriptions of organisations, checked: every key must be
    in orgs.csv and every pattern must compile, or a typo would silently stop
    "the 27-nation bloc" from resolving."""
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataFileError(where, f"cannot be read as JSON: {exc}") from None
    if not isinstance(data, dict):
        raise DataFileError(where, "must be a JSON object")

    def org(value: Any, what: str) -> str:
        if not isinstance(value, str) or value not in orgs:
            raise DataFileError(where, f"{what}: {value!r} is not an organisation of orgs.csv")
        return value

    def nouns(value: Any, what: str) -> frozenset[str]:
        if not isinstance(value, list) or not value or not all(
                isinstance(w, str) and w and w == w.lower() for w in value):
            raise DataFileError(where, f"{what} must be a list of lower-case words")
        return frozenset(value)

    regions = data.get("regions")
    if not isinstance(regions, dict):
        raise DataFileError(where, "regions must map region words to organisations")
    counts: dict[str, dict[int, str]] = {}
    for i, group in enumerate(data.get("member_counts") or []):
        table: dict[int, str] = {}
        for key, value in (group.get("counts") or {}).items():
            low, _, high = str(key).partition("-")
            if not low.isdigit() or (high and not high.isdigit()):
                raise DataFileError(where, f"member_counts[{i}]: {key!r} is no count or range")
            table.update(dict.fromkeys(range(int(low), int(high or low) + 1),
                                       org(value, f"member_counts[{i}]")))
        for noun in nouns(group.get("nouns"), f"member_counts[{i}].nouns"):
            counts[noun] = table
    described = []
    for i, row in enumerate(data.get("described") or []):
        try:
            words = re.compile(str(row.get("words")))
        except re.error as exc:
            raise DataFileError(where, f"described[{i}].words: {exc}") from None
        described.append((words, nouns(row.get("nouns"), f"described[{i}].nouns"),
                          org(row.get("org"), f"described[{i}].org")))
    return OrgDescriptions(
        regions={str(k): None if v is None else org(v, f"regions[{k!r}]")
                 for k, v in regions.items()},
        member_counts=counts, described=tuple(described))
