"""Explain how a name resolves on a date: ``eventwire actor NAME --date D``.

Why: when an event gets a surprising source or target, the user needs to see
what eventwire knows about the name and which rule picked the actor. The name is
resolved by the real resolver, placed as the subject of a one-word clause
("NAME said."), so the answer is the one an article sentence would get when the
name acts; the facts listed are the knowledge-base rows that rule relied on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.language import Language

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.records import Entry, Period
from eventwire.actors.resolve import resolve_mentions
from eventwire.model import Actor

FRAME = "{name} said."


@dataclass(frozen=True, slots=True)
class Explanation:
    query: str
    on: date | None
    actor: Actor | None
    rule: str | None
    facts: tuple[str, ...]

    def to_record(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "date": self.on.isoformat() if self.on else None,
            "actor": self.actor.to_record() if self.actor else None,
            "rule": self.rule,
            "facts": list(self.facts),
        }


def explain(name: str, on: date | None, nlp: Language, kb: KnowledgeBase) -> Explanation:
    """Resolve ``name`` as of ``on`` and collect the knowledge behind the answer."""
    name = " ".join(name.split())
    doc = nlp(FRAME.format(name=name))
    end = len(name)
    covering = [m for m in resolve_mentions(doc, on, kb) if m.start_char < end]
    mention = max(covering, key=lambda m: m.end_char - m.start_char, default=None)
    actor = mention.actor if mention else None
    facts = [*_name_facts(name, on, kb)]
    if actor is not None:
        facts += [f for f in _actor_facts(actor, on, kb) if f not in facts]
    return Explanation(name, on, actor, mention.rule if mention else None, tuple(facts))


def _name_facts(name: str, on: date | None, kb: KnowledgeBase) -> list[str]:
    """What the knowledge base lists under the name itself, most specific first."""
    facts: list[str] = []
    for hit in kb.lookup(name.removeprefix("the ").removeprefix("The ")):
        if hit.kind == "org":
            org = kb.orgs[hit.key]
            seat = f", seat {org.seat_city}" if org.seat_city else ""
            facts.append(f"organisation {org.key}: {org.name}{seat}")
        elif hit.kind == "country":
            c = kb.countries[hit.key]
            facts.append(f"country {c.iso3}: {c.name}, capital {', '.join(c.capitals) or '?'}")
        elif hit.kind == "place":
            place = kb.places[hit.key]
            facts.append(f"{place.kind} {place.name} in {place.iso3}")
        elif hit.kind == "metonym":
            m = kb.metonyms[hit.key]
            when = " when the organisation is named in the article" if m.condition else ""
            facts.append(f"metonym: {m.alias} stands for {m.target} ({m.kind}){when}")
        elif hit.kind in {"person", "actor"}:
            entry = kb.entry(hit.key)
            if entry is not None:
                facts.append(f"{entry.kind} {entry.actor_id}: {entry.name}")
    return facts


def _actor_facts(actor: Actor, on: date | None, kb: KnowledgeBase) -> list[str]:
    facts: list[str] = []
    entry = kb.entry(actor.actor_id) if actor.actor_id else None
    if entry is not None:
        facts += [_term(entry, p, on) for p in _terms(entry)]
    if actor.kind == "state" and actor.country:
        orgs = sorted(k for k in kb.orgs if kb.is_member(k, actor.country, on))
        when = f"on {on.isoformat()}" if on else "today"
        facts.append(f"member of {', '.join(orgs) or 'no tracked organisation'} {when}")
    return facts


def _terms(entry: Entry) -> list[Period]:
    """Curated office terms first, then PETRARCH's dated codes, latest first."""
    dated = [p for p in entry.periods if p.dated]
    if any(p.curated for p in dated):  # PETRARCH's codes only fill what we lack
        dated = [p for p in dated if p.curated]
    return sorted(dated, key=lambda p: (not p.curated, -(p.start or date.min).toordinal()))


def _term(entry: Entry, p: Period, on: date | None) -> str:
    start = p.start.isoformat() if p.start else "…"
    end = p.end.isoformat() if p.end else "…"
    what = p.title or p.role or "code"
    mark = " <- on the date" if on is not None and p.covers(on) else ""
    origin = "" if p.curated else " (PETRARCH)"
    return f"{entry.name}: {what} {p.code} from {start} to {end}{origin}{mark}"
