"""The actor knowledge base: countries, IGOs, memberships, office holders, agents.

Every run needs the same reference knowledge to turn "the Russian president" into
a person on a date, or "Kyrgyz" into KGZ; this module loads it once from the
shipped files (``eventwire/data/kb``, see data/SOURCES.md) plus any user
dictionaries, checks every row, and answers lookups.

User dictionaries (``load_kb(extra_files=[...])``) add actors or override shipped
ones. Either a CSV file with the header::

    name,aliases,code,country,kind,role,start,end
    Wagner Group,Wagner|PMC Wagner,RUSUAF,RUS,militia,,2014,2023-08-23
    Jane Doe,Doe,ARNGOV,,person,foreign minister,2020-01-01,

or a YAML list of mappings with the same keys (``aliases`` may be a list).
``name`` is required, and a ``code`` or a ``country`` (ISO 3166 alpha-3).
``kind`` defaults to "person". Dates are YYYY, YYYY-MM or YYYY-MM-DD; ``end``
is the successor's first day. Rows with the same name are the date-bounded
periods of one actor. A user actor whose id matches a shipped one replaces it,
and its names are looked up before the shipped names.

A ``.txt`` file is read as a PETRARCH dictionary (format: petrarch2's
``dictionaries-format.rst``): an actor dictionary (``PUTIN_ [RUSGOV 080508-]``,
``+`` synonyms, date-bounded codes) or an agent dictionary (``PRESIDENT [~GOV]``),
told apart by their codes.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from eventwire.actors import kbfiles
from eventwire.actors.petrarch import ActorRow, AgentRow
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
    norm,
)

MEMBER_STATUSES = {"member", "state_party", "participating_state", "founding_member"}
ROLE_RANK = {"head of state": 0, "head of government": 1, "foreign minister": 2,
             "head of organization": 3, "defence minister": 4, "ambassador to the UN": 5,
             "spokesperson": 6}
# Title words in text -> (role, preferred title) used by holder().
TITLE_ROLES: dict[str, tuple[str, str | None]] = {
    "president": ("head of state", "president"),
    "prime minister": ("head of government", None),
    "premier": ("head of government", None),
    "pm": ("head of government", None),
    "chancellor": ("head of government", None),
    "foreign minister": ("foreign minister", None),
    "foreign secretary": ("foreign minister", None),
    "secretary of state": ("foreign minister", None),
    "top diplomat": ("foreign minister", None),
    "minister of foreign affairs": ("foreign minister", None),
    "foreign affairs minister": ("foreign minister", None),
    "external affairs minister": ("foreign minister", None),
    "defence minister": ("defence minister", None),
    "defense minister": ("defence minister", None),
    "defence secretary": ("defence minister", None),
    "defense secretary": ("defence minister", None),
    "minister of defence": ("defence minister", None),
    "minister of defense": ("defence minister", None),
    "king": ("head of state", "king"),
    "emperor": ("head of state", "emperor"),
    "crown prince": ("head of government", None),
    "supreme leader": ("head of state", "supreme leader"),
    "leader": ("head of state", None),
}


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing a name can mean: kind is country, org, person, place, metonym."""

    kind: str
    key: str


class KnowledgeBase:
    """Read-only lookups over the loaded reference data. Build it with load_kb()."""

    def __init__(self, countries: dict[str, Country], aliases: Iterable[tuple[str, str, str]],
                 orgs: dict[str, Org], memberships: Sequence[Membership],
                 entries: Sequence[Entry], metonyms: Sequence[Metonym],
                 places: Sequence[Place], agents: Sequence[Agent],
                 user_entries: Sequence[Entry] = (),
                 descriptions: OrgDescriptions | None = None) -> None:
        self.countries = countries
        self.orgs = orgs
        self.descriptions = descriptions or OrgDescriptions({}, {}, ())
        self.metonyms = {norm(m.alias): m for m in metonyms}
        self.places = {norm(p.name): p for p in places}
        self.agents = {a.phrase: a for a in agents}
        self.max_agent_words = max((len(a.phrase.split()) for a in agents), default=1)
        self.agent_heads = frozenset(a.phrase.split()[-1] for a in agents if a.phrase)
        self.agent_firsts = frozenset(a.phrase.split()[0] for a in agents if a.phrase)
        self._members: dict[tuple[str, str], list[Membership]] = defaultdict(list)
        for m in memberships:
            self._members[(m.org, m.iso3)].append(m)
        self._member_orgs = {m.org for m in memberships}
        self._un_members = {m.iso3 for m in memberships if m.org == "UN"}
        self.entries: dict[str, Entry] = {}
        for e in (*entries, *user_entries):  # a user actor replaces a shipped one
            self.entries[e.actor_id] = e
        self.user_ids = frozenset(e.actor_id for e in user_entries)
        self._holders: dict[str, list[Entry]] | None = None
        self._names: dict[str, list[Hit]] = defaultdict(list)
        self._country_names: dict[str, str] = {}
        self._cities: set[str] = set()  # capitals and cities that name a country's place
        self._index(aliases, places, user_entries)

    # -- index -------------------------------------------------------------------
    def _add(self, name: str, hit: Hit) -> None:
        key = norm(name)
        if key and hit not in self._names[key]:
            self._names[key].append(hit)

    def _index(self, aliases: Iterable[tuple[str, str, str]], places: Sequence[Place],
               user_entries: Sequence[Entry]) -> None:
        """Name -> hits, in the order lookups prefer them: user actors, IGOs,
        countries, places, curated people, PETRARCH people, named groups, metonyms."""
        for e in user_entries:
            for n in (e.name, *e.aliases):
                self._add(n, Hit("person" if e.kind == "person" else "actor", e.actor_id))
        for o in self.orgs.values():
            for n in (o.key, o.name, *o.aliases):
                self._add(n, Hit("org", o.key))
        # UN member states first: a shared demonym ("French") names the state,
        # not a territory (French Southern Territories) that shares it.
        for c in sorted(self.countries.values(), key=lambda c: c.iso3 not in self._un_members):
            for n in (c.name, c.official_name, *c.variants, *c.demonyms, *c.capitals):
                self._add(n, Hit("country", c.iso3))
                self._country_names.setdefault(norm(n), c.iso3)
        for iso3, alias, kind in aliases:
            self._country_names.setdefault(norm(alias), iso3)
            if kind in {"city", "capital", "subplace"}:
                self._cities.add(norm(alias))
        for c in self.countries.values():
            self._cities.update(norm(n) for n in c.capitals)
        for p in places:
            for n in (p.name, *p.aliases):
                self._add(n, Hit("place", norm(p.name)))
        people = sorted(self.entries.values(),
                        key=lambda e: not (e.periods and e.periods[0].curated))
        for e in people:
            if e.kind == "person":
                for n in (e.name, *e.aliases):
                    self._add(n, Hit("person", e.actor_id))
        for e in self.entries.values():  # shipped named groups, after everything else
            if e.kind != "person" and e.actor_id not in self.user_ids:
                for n in (e.name, *e.aliases):
                    self._add(n, Hit("actor", e.actor_id))
        for m in self.metonyms.values():
            self._add(m.alias, Hit("metonym", norm(m.alias)))

    # -- names -------------------------------------------------------------------
    def lookup(self, name: str) -> list[Hit]:
        """Everything ``name`` can mean, most specific first (case-insensitive)."""
        return list(self._names.get(norm(name), ()))

    def find(self, text: str, max_words: int = 8) -> list[tuple[int, int, Hit]]:
        """Longest-match scan of ``text`` words: (first word, end word, best hit)."""
        words = text.replace("\u2019", "'").split()
        found, i = [], 0
        while i < len(words):
            for n in range(min(max_words, len(words) - i), 0, -1):
                hits = self.lookup(" ".join(words[i:i + n]).strip(".,;:!?\"()"))
                if hits:
                    found.append((i, i + n, hits[0]))
                    i += n
                    break
            else:
                i += 1
        return found

    def country_of(self, name: str) -> str | None:
        """ISO3 for a country name, variant, demonym, capital or known alias."""
        key = norm(name)
        iso3 = self._country_names.get(key)
        if iso3 is None and key.endswith("s"):  # "Armenians"
            iso3 = self._country_names.get(key[:-1])
        return iso3

    def is_city(self, name: str) -> bool:
        """A capital, city or province: a place in a state, not the state itself."""
        return norm(name) in self._cities

    def state_code(self, name: str, on: date | None = None) -> str | None:
        """ISO3 of a country name, or the three-letter code a user dictionary gives a
        country of its own ("Gondor" -> GON in the PETRARCH validation suite): what a
        role noun's code is built on ("Gondor government" -> GONGOV)."""
        iso3 = self.country_of(name)
        if iso3 is not None:
            return iso3
        for hit in self.lookup(name):
            entry = self.entries.get(hit.key) if hit.kind in {"person", "actor"} else None
            period = self.period_on(entry, on) if entry is not None else None
            code = period.code if period else None
            if code and self.is_state_code(code):
                return code
        return None

    def is_state_code(self, code: str) -> bool:
        """Whether a code is a bare state code, as a user dictionary gives its own
        countries (GON for Gondor): three capitals and no organisation's key. Role
        nouns compose with it ("Gondor government" -> GONGOV)."""
        return len(code) == 3 and code.isupper() and code not in self.orgs

    def org_of(self, alias: str) -> str | None:
        return next((h.key for h in self.lookup(alias) if h.kind == "org"), None)

    def seat_of(self, org_or_alias: str) -> tuple[str, str | None] | None:
        """(city, ISO3) of an IGO's seat, for metonymy such as "Brussels"."""
        key = org_or_alias if org_or_alias in self.orgs else self.org_of(org_or_alias)
        org = self.orgs.get(key) if key else None
        if org is None or not org.seat_city:
            return None
        return org.seat_city, org.seat_iso3

    def metonym(self, name: str) -> Metonym | None:
        return self.metonyms.get(norm(name))

    def place(self, name: str) -> Place | None:
        hit = next((h for h in self.lookup(name) if h.kind == "place"), None)
        return self.places.get(hit.key) if hit else None

    def agent(self, phrase: str) -> Agent | None:
        return self.agents.get(phrase.lower())

    # -- people and offices -------------------------------------------------------
    def entry(self, actor_id: str) -> Entry | None:
        return self.entries.get(actor_id)

    def user_entry(self, name: str) -> Entry | None:
        """An actor of the user's own dictionaries: it wins over every shipped meaning."""
        return next((self.entries[h.key] for h in self.lookup(name)
                     if h.key in self.user_ids and h.key in self.entries), None)

    def named_actor(self, name: str) -> Entry | None:
        """A named group from a user dictionary (kind other than person)."""
        return next((self.entries[h.key] for h in self.lookup(name)
                     if h.kind == "actor" and h.key in self.entries), None)

    def person(self, name: str, on: date | None = None) -> Entry | None:
        """The person a name means on a date: an office holder on that day beats
        a namesake (two Japarovs, two Aliyevs); else the first known."""
        people = [self.entries[h.key] for h in self.lookup(name)
                  if h.kind == "person" and h.key in self.entries]
        if not people:
            return None

        def rank(e: Entry) -> tuple[int, int]:
            roles = self.person_roles(e.actor_id, on)
            best = min((ROLE_RANK.get(p.role or "", 5) for p in roles if p.curated), default=9)
            return (best, 0 if any(p.curated for p in e.periods) else 1)

        return min(people, key=rank)

    def person_roles(self, person_id: str, on: date | None = None) -> list[Period]:
        """Dated periods covering ``on`` (the current ones when ``on`` is None)."""
        e = self.entries.get(person_id)
        if e is None:
            return []
        if on is None:
            return [p for p in e.periods if p.dated and p.end is None]
        return [p for p in e.periods if p.dated and p.covers(on)]

    def period_on(self, entry: Entry, on: date | None) -> Period | None:
        """The period that codes ``entry`` on ``on``: curated, then PETRARCH, then the
        undated default; with no date, the latest curated term."""
        if on is None:
            dated = sorted((p for p in entry.periods if p.dated),
                           key=lambda p: (p.curated, p.start or date.min), reverse=True)
            return dated[0] if dated else next(iter(entry.periods), None)
        covering = [p for p in entry.periods if p.dated and p.covers(on)]
        curated_from = min((p.start for p in entry.periods if p.curated and p.start),
                           default=None)
        if curated_from is not None and on >= curated_from:
            # our terms are the authority from the first one on; PETRARCH's
            # open-ended codes (frozen in 2014) would keep people in office forever
            covering = [p for p in covering if p.curated]
        covering.sort(key=lambda p: (not p.curated, ROLE_RANK.get(p.role or "", 5)))
        if covering:
            return covering[0]
        return next((p for p in entry.periods if not p.dated), None)

    def holder(self, iso3: str, role: str, on: date | None = None) -> Entry | None:
        """Who held an office: ``role`` is "head of state" (or "head_of_state") or a
        title word such as "president", "prime minister", "foreign minister"."""
        wanted_role, title = TITLE_ROLES.get(role.lower(), (role.replace("_", " "), None))
        best: tuple[int, Entry] | None = None
        for e in self._office_holders().get(f"{iso3}GOV", ()):
            for p in e.periods:
                if not p.curated or p.code != f"{iso3}GOV":
                    continue
                if on is not None and not (p.dated and p.covers(on)):
                    continue
                if on is None and p.end is not None:
                    continue
                exact_title = title is not None and (p.title or "").lower() == title
                if p.role == wanted_role or exact_title:
                    score = 0 if exact_title else 1
                    if best is None or score < best[0]:
                        best = (score, e)
        return best[1] if best else None

    def _office_holders(self) -> dict[str, list[Entry]]:
        """People with a curated term, by the code of that term: built once, since
        holder() is asked for every "the president" of every article."""
        if self._holders is None:
            found: dict[str, list[Entry]] = defaultdict(list)
            for e in self.entries.values():
                if e.kind == "person":
                    for code in dict.fromkeys(p.code for p in e.periods if p.curated and p.code):
                        found[code].append(e)
            self._holders = dict(found)
        return self._holders

    def org_holder(self, org: str, title: str, on: date | None = None) -> Entry | None:
        """The head of an organisation whose title ends with ``title`` words
        ("prosecutor", "secretary-general"), in office on ``on``."""
        words = norm(title).replace("-", " ").split()
        for e in self._office_holders().get(org, ()):
            for p in e.periods:
                if not p.curated or p.code != org or (on is not None and not p.covers(on)):
                    continue
                if on is None and p.end is not None:
                    continue
                if words and words[-1] in norm(p.title or "").replace("-", " ").split():
                    return e
        return None

    # -- memberships --------------------------------------------------------------
    def is_member(self, org: str, iso3: str, on: date | None = None) -> bool | None:
        """True/False when eventwire has membership data for ``org``; None when not.

        A state with no row for an org we track is not a member (the lists are
        complete for the orgs they cover); rows without dates count as members.
        """
        key = org if org in self.orgs else (self.org_of(org) or org)
        if key not in self._member_orgs:
            return None
        for m in self._members.get((key, iso3), ()):
            if m.status not in MEMBER_STATUSES:
                continue
            if on is None:
                if m.end is None:
                    return True
            elif (m.start is None or m.start <= on) and (m.end is None or on < m.end):
                return True
        return False


def load_kb(extra_files: Sequence[Path] = (), *, defaults: bool = True) -> KnowledgeBase:
    """Load and check the shipped knowledge base plus user dictionaries.

    With ``defaults=False`` only the countries, orgs and agents are loaded from the
    shipped files (they are the vocabulary user files refer to) and every actor
    comes from ``extra_files``: handy for tests with fictional actors. A PETRARCH
    agent dictionary among ``extra_files`` then replaces the shipped agents too.
    """
    folder = kbfiles.kb_dir()
    kbfiles.check_manifest(folder)
    countries = kbfiles.read_countries(folder / "countries.csv")
    iso3s = set(countries)
    orgs = kbfiles.read_orgs(folder / "orgs.csv", iso3s)
    agents = kbfiles.read_agents(folder / "agents.csv")
    aliases: list[tuple[str, str, str]] = []
    memberships: list[Membership] = []
    entries: list[Entry] = []
    metonyms: list[Metonym] = []
    places: list[Place] = []
    if defaults:
        aliases = kbfiles.read_aliases(folder / "country_aliases.csv", iso3s)
        memberships = kbfiles.read_memberships(folder / "memberships.csv", iso3s, set(orgs))
        igo_codes = {code: o.key for o in orgs.values() for code in o.petrarch_codes}
        entries = kbfiles.read_petrarch_persons(folder / "petrarch_persons.csv", iso3s,
                                                igo_codes)
        entries += kbfiles.read_leaders(folder / "leaders.csv", iso3s, set(orgs))
        entries = _merge_people(entries)
        entries += kbfiles.read_user_file(folder / "groups.csv", iso3s, set(orgs))
        metonyms = kbfiles.read_metonyms(folder / "metonyms.csv", iso3s, set(orgs))
        places = kbfiles.read_places(folder / "regions.csv", iso3s, regions=True)
        places += kbfiles.read_places(folder / "places.csv", iso3s, regions=False)
    user, user_agents = _user_dictionaries([Path(p) for p in extra_files], iso3s, set(orgs))
    if user_agents:
        agents = [*(agents if defaults else ()), *user_agents]  # later phrases win
    descriptions = kbfiles.read_org_descriptions(folder / "org_descriptions.json", set(orgs))
    return KnowledgeBase(countries, aliases, orgs, memberships, entries, metonyms, places,
                         agents, user, descriptions)


def _user_dictionaries(paths: Sequence[Path], iso3s: set[str], orgs: set[str]
                       ) -> tuple[list[Entry], list[Agent]]:
    """Entries and agents of the user's files: CSV/YAML in our format, or
    PETRARCH ``.txt`` actor and agent dictionaries read as they are."""
    entries: list[Entry] = []
    petrarch_actors: list[ActorRow] = []
    petrarch_agents: list[AgentRow] = []
    for path in paths:
        if kbfiles.is_petrarch_file(path):
            found = kbfiles.read_petrarch_dictionary(path)
            petrarch_actors += found.actors
            petrarch_agents += found.agents
        else:
            entries += kbfiles.read_user_file(path, iso3s, orgs)
    # "Gondor government" is GON + ~GOV = GONGOV: composed when a mention is
    # resolved (actors/people.py), never spelled out here for every actor and agent
    entries += kbfiles.petrarch_entries(petrarch_actors)
    return entries, kbfiles.petrarch_agents(petrarch_agents)


@functools.lru_cache(maxsize=1)
def default_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process (reset with cache_clear())."""
    return load_kb()


def _merge_people(entries: list[Entry]) -> list[Entry]:
    """Curated leaders keep their terms and gain PETRARCH's spellings and old codes."""
    by_id: dict[str, Entry] = {}
    for e in entries:
        old = by_id.get(e.actor_id)
        if old is None:
            by_id[e.actor_id] = e
            continue
        curated, other = (e, old) if e.periods and e.periods[0].curated else (old, e)
        aliases = tuple(dict.fromkeys((*curated.aliases, *other.aliases)))
        by_id[e.actor_id] = Entry(curated.actor_id, curated.name, aliases,
                                  curated.country or other.country, curated.kind,
                                  curated.org or other.org, (*curated.periods, *other.periods))
    return list(by_id.values())
