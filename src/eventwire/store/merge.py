"""Merging across articles: many reports of one fact become one merged event.

Why: ten outlets reporting one visit are one visit, not ten. Event counts only
mean something once reports of the same fact are merged; the per-article events
stay in the ``events`` table untouched, so a merge can always be recomputed
(``eventwire merge --rebuild``) and undone.

The rule (a pair of per-article events is *compatible* when all of these hold):

1. **Parties.** Same party on each side: the actor's ISO3 country, else its code
   (IGO key), else its text. When both events name a known person on the same side
   (``person:...`` ids), the ids must be equal (Putin's visit and Lavrov's visit
   to the same country are two facts). A person and his government are the same
   party ("Putin" and "the Kremlin" both give RUS).
2. **Direction.** Same source and target. A reversed dyad merges only when both
   codes are undirected: 040 consult, 044 meet at a third location, 046 negotiate,
   057 sign an agreement, 061/062 cooperate economically/militarily.
3. **Codes.** The same CAMEO root (the block key), and then the same code, or one
   code is the generic parent of the other (040 with 042; 190 with 193; 121 with
   1211). Two different specific codes (042 visit, 043 host) stay apart.
4. **Dates.** The date intervals overlap: ``day`` is that day, ``week`` the seven
   days from its Monday, ``month`` and ``year`` the whole period, and ``article``
   (no date in the sentence, so the article date was used) the 7 days up to the
   article date. An undated *planned* event ("Putin will visit Kyrgyzstan") covers
   the 31 days from its article's date and merges only with the very same code.
   Any other undated event merges with nothing.
5. **Places.** Same location country, or at least one unknown.
6. **Status.** asserted, reported and planned merge with each other (a plan and
   its report are one fact); negated and hypothetical events merge only with their
   own kind, since a denial does not confirm a visit.

Clustering is complete-linkage: an event joins a merged event only if it is
compatible with every member, so a month-precision report cannot chain two
different days together. Events are taken in a content order (finest date
precision first, then date, specific before generic codes, then event id) and
each joins the first merged event it fits, so the result depends only on the set
of events, never on the order articles were ingested in.

The merged event keeps the output contract's fields, taken from the most
precise member; ``status`` is asserted if any member asserts it, else reported,
else planned; ``mentions`` counts evidences, ``sources`` distinct outlets (the
article's ``source`` field, else its URL's domain, else the article id),
``articles`` distinct articles. ``members`` lists the per-article event ids and
``status_history`` records each report in article-date order ("planned on
2023-10-11 from <article>"). Its ``event_id`` is a hash of the member ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

from eventwire.model import content_hash
from eventwire.when.interval import precision_interval

PRECISION_RANK: dict[str, int] = {"day": 0, "week": 1, "month": 2, "year": 3, "article": 4}
UNDATED_RANK = 5
ARTICLE_WINDOW_DAYS = 7
PLANNED_WINDOW_DAYS = 31
FACTUAL_STATUSES = frozenset({"asserted", "reported", "planned"})
STATUS_RANK: dict[str, int] = {"asserted": 0, "reported": 1, "planned": 2, "negated": 3,
                               "hypothetical": 4}
UNDIRECTED_CODES = frozenset({"040", "044", "046", "057", "061", "062"})
NO_PARTY = "-"

Span = tuple[date, date]


@dataclass(frozen=True, slots=True)
class Member:
    """One per-article event as the merge sees it: its record plus what the
    rule needs (article date, outlet, parties, date interval)."""

    event_id: str
    article_id: str
    article_date: date | None
    outlet: str
    record: Mapping[str, Any]
    cameo: str
    source_party: str
    target_party: str
    source_person: str | None
    target_person: str | None
    status: str
    precision_rank: int
    span: Span | None
    place: str | None

    @property
    def block(self) -> str:
        """Events that may merge share a block: CAMEO root and unordered party pair."""
        first, second = sorted((self.source_party, self.target_party))
        return f"{self.cameo[:2]}|{first}|{second}"


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One report in a merged event's history: what it said, when and where."""

    status: str
    article_date: date | None
    article_id: str
    outlet: str
    event_id: str

    def note(self) -> str:
        when = self.article_date.isoformat() if self.article_date else "an undated day"
        if self.outlet == self.article_id:
            return f"{self.status} on {when} from article {self.article_id}"
        return f"{self.status} on {when} from {self.outlet} (article {self.article_id})"

    def to_record(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "article_date": self.article_date.isoformat() if self.article_date else None,
            "article_id": self.article_id,
            "outlet": self.outlet,
            "event_id": self.event_id,
            "note": self.note(),
        }


@dataclass(frozen=True, slots=True)
class Fact:
    """A merged event: its members, its record (the output contract plus
    ``articles``, ``members`` and ``status_history``) and the block it belongs to."""

    fact_id: str
    block: str
    members: tuple[Member, ...]
    history: tuple[StatusChange, ...]
    record: dict[str, Any]


# -- building members ------------------------------------------------------------

def outlet_of(source: str | None, url: str | None, article_id: str) -> str:
    """The outlet that published an article: its ``source`` field, else the URL's
    domain without ``www.``, else the article id (each unknown article its own outlet)."""
    if source and source.strip():
        return source.strip()
    if url:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
        if host.startswith("www."):
            host = host[4:]
        if host:
            return host
    return article_id


def party_of(actor: Mapping[str, Any] | None) -> str:
    """Party level of an actor: ISO3 country, else code (IGOs), else its text."""
    if not actor:
        return NO_PARTY
    return str(actor.get("country") or actor.get("code") or actor.get("text") or NO_PARTY)


def _person_of(actor: Mapping[str, Any] | None) -> str | None:
    actor_id = (actor or {}).get("actor_id")
    return str(actor_id) if actor_id and str(actor_id).startswith("person:") else None


def span_of(date_text: str | None, precision: str | None, status: str,
            article_date: date | None) -> Span | None:
    """The days an event may have happened on, given its date precision."""
    if date_text is None:
        if status == "planned" and article_date is not None:
            return article_date, article_date + timedelta(days=PLANNED_WINDOW_DAYS)
        return None
    day = date.fromisoformat(date_text)
    if precision == "article":
        return day - timedelta(days=ARTICLE_WINDOW_DAYS), day
    return precision_interval(day, precision or "day") or (day, day)


def member_from_record(record: Mapping[str, Any], article_id: str, article_date: date | None,
                       outlet: str) -> Member:
    status = str(record.get("status") or "asserted")
    precision = record.get("date_precision")
    rank = UNDATED_RANK if record.get("date") is None else PRECISION_RANK.get(precision or "", 0)
    return Member(
        event_id=str(record["event_id"]),
        article_id=article_id,
        article_date=article_date,
        outlet=outlet,
        record=record,
        cameo=str(record.get("cameo") or ""),
        source_party=party_of(record.get("source")),
        target_party=party_of(record.get("target")),
        source_person=_person_of(record.get("source")),
        target_person=_person_of(record.get("target")),
        status=status,
        precision_rank=rank,
        span=span_of(record.get("date"), precision, status, article_date),
        place=(record.get("location") or {}).get("country"),
    )


# -- the rule --------------------------------------------------------------------

def code_ancestors(code: str) -> frozenset[str]:
    """Generic codes a code refines: 0421 -> {042, 040, 04}; 042 -> {040, 04}."""
    root = code[:2]
    found = {root, f"{root}0"}
    if len(code) == 4:
        found.add(code[:3])
    found.discard(code)
    return frozenset(found)


def codes_compatible(a: str, b: str) -> bool:
    return a == b or a in code_ancestors(b) or b in code_ancestors(a)


def is_generic(code: str) -> bool:
    return len(code) <= 2 or (len(code) == 3 and code.endswith("0"))


def _status_group(status: str) -> str:
    return "factual" if status in FACTUAL_STATUSES else status


def _overlap(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] <= b[1] and b[0] <= a[1]


def compatible(a: Member, b: Member) -> bool:
    """True when two per-article events may report the same fact (the module rule)."""
    if _status_group(a.status) != _status_group(b.status):
        return False
    same = a.source_party == b.source_party and a.target_party == b.target_party
    if same:
        persons = ((a.source_person, b.source_person), (a.target_person, b.target_person))
    elif a.cameo in UNDIRECTED_CODES and b.cameo in UNDIRECTED_CODES:
        if not (a.source_party == b.target_party and a.target_party == b.source_party):
            return False
        persons = ((a.source_person, b.target_person), (a.target_person, b.source_person))
    else:
        return False
    if any(x is not None and y is not None and x != y for x, y in persons):
        return False
    undated = a.precision_rank == UNDATED_RANK or b.precision_rank == UNDATED_RANK
    if not (a.cameo == b.cameo if undated else codes_compatible(a.cameo, b.cameo)):
        return False
    if not _overlap(a.span, b.span):
        return False
    return a.place is None or b.place is None or a.place == b.place


def _order(m: Member) -> tuple[Any, ...]:
    lower = m.span[0] if m.span else date.max
    return (m.precision_rank, lower, is_generic(m.cameo), STATUS_RANK.get(m.status, 9),
            m.event_id)


def cluster(members: Iterable[Member]) -> list[tuple[Member, ...]]:
    """Complete-linkage groups in content order (see the module docstring)."""
    groups: list[list[Member]] = []
    for m in sorted(members, key=_order):
        for group in groups:
            if all(compatible(m, other) for other in group):
                group.append(m)
                break
        else:
            groups.append([m])
    return [tuple(g) for g in groups]


# -- the merged record -----------------------------------------------------------

def _history_key(m: Member) -> tuple[str, str, str]:
    return (m.article_date.isoformat() if m.article_date else "9999", m.article_id, m.event_id)


def merged_status(statuses: Iterable[str]) -> str:
    """asserted beats reported beats planned: a later report confirms a plan."""
    return min(statuses, key=lambda s: STATUS_RANK.get(s, 9))


def build_fact(group: Sequence[Member]) -> Fact:
    """The merged record of one group of compatible events."""
    members = tuple(sorted(group, key=_order))
    head = members[0]  # finest date, specific code: the representative
    rep = min(members, key=lambda m: (is_generic(m.cameo), m.precision_rank, m.event_id))
    history = tuple(StatusChange(m.status, m.article_date, m.article_id, m.outlet, m.event_id)
                    for m in sorted(members, key=_history_key))
    article_ids = list(dict.fromkeys(h.article_id for h in history))
    article_order = {a: i for i, a in enumerate(article_ids)}
    evidence = sorted(
        (ev for m in members for ev in m.record.get("evidence") or ()),
        key=lambda ev: (article_order.get(ev.get("article_id"), len(article_order)),
                        ev.get("start") or 0, ev.get("trigger_start") or 0),
    )
    placed = [m for m in members if (m.record.get("location") or {}).get("country")]
    location = (placed[0] if placed else head).record.get("location")
    ids = sorted(m.event_id for m in members)
    fact_id = content_hash("fact", *ids)
    record: dict[str, Any] = {
        "event_id": fact_id,
        "article_ids": article_ids,
        "date": head.record.get("date"),
        "date_precision": head.record.get("date_precision"),
        "source": rep.record.get("source"),
        "target": rep.record.get("target"),
        "cameo": rep.record.get("cameo"),
        "cameo_root": rep.record.get("cameo_root"),
        "cameo_name": rep.record.get("cameo_name"),
        "quad_class": rep.record.get("quad_class"),
        "goldstein": rep.record.get("goldstein"),
        "plover": rep.record.get("plover"),
        "status": merged_status(m.status for m in members),
        "location": location,
        "mentions": len(evidence),
        "sources": len({m.outlet for m in members}),
        "articles": len(article_ids),
        "evidence": evidence,
        "members": ids,
        "status_history": [h.to_record() for h in history],
    }
    return Fact(fact_id, head.block, members, history, record)


def merge(members: Iterable[Member]) -> list[Fact]:
    """Every member into merged facts, block by block; sorted by fact id."""
    blocks: dict[str, list[Member]] = defaultdict(list)
    for m in members:
        blocks[m.block].append(m)
    facts = [build_fact(g) for key in sorted(blocks) for g in cluster(blocks[key])]
    return sorted(facts, key=lambda f: f.fact_id)
