"""Named people: who "Prime Minister Donald Tusk", "former president X" or
"Michael Kovrig, a former Canadian diplomat" is on the article's date.

Apart from the resolver because a person is the one kind of actor whose code
changes with the date (the office held that day; once a curated term has ended,
the elite code: KGZELI, not KGZGOV), and the only one where the knowledge base's
dated terms are weighed against the article's own words: a title before the
name, "former", an apposition, an office the knowledge base has not caught up
with. The resolver asks here who a name is, and remembers the title and surname
for a later "the president" or a bare "Tusk".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Span

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.memory import Memory, retext
from eventwire.actors.ownership import official_country
from eventwire.actors.phrases import Candidate, agent_at, modifier_country, modifier_org
from eventwire.actors.records import Agent, Entry, norm
from eventwire.model import Actor


def person_actor(text: str, entry: Entry, on: date | None, kb: KnowledgeBase,
                 kind: str = "person") -> Actor:
    """The person's code on ``on``: the office then held; after a curated term has
    ended and nothing else covers the date, the CAMEO elite code ("a former
    president" is KGZELI, not KGZGOV)."""
    period = kb.period_on(entry, on)
    code = period.code if period else entry.country
    country = entry.country or (code[:3] if code and code[:3] in kb.countries else None)
    org = entry.org
    if code in kb.orgs:  # Ban Ki-moon as UN Secretary-General speaks for the UN
        country, org = None, code
    role = (period.role or None) if period else None
    if period is None and on is not None and entry.country:
        ended = [p for p in entry.periods if p.curated and p.end is not None and p.end <= on]
        if ended:
            last = max(ended, key=lambda p: p.end or on)
            code, role = f"{entry.country}ELI", f"former {last.title or last.role}".lower()
    return Actor(text, entry.actor_id, entry.name, code, country, kind, role, org)


def person_ent(span: Span, cand: Candidate) -> Span | None:
    if cand.ent is not None and cand.ent.label_ == "PERSON":
        return cand.ent
    if not any(t.ent_type_ == "PERSON" for t in span):
        return None  # span.ents builds a list each time: most phrases have no person
    return next((e for e in span.ents if e.label_ == "PERSON"), None)


def named_person(text: str, ent: Span, span: Span, cand: Candidate, on: date | None,
                 kb: KnowledgeBase, memory: Memory) -> tuple[Actor, str]:
    name = ent.text.replace("\u2019", "'").removesuffix("'s")
    if len(ent) == 1 and norm(name) in memory.surnames:
        known = memory.surnames[norm(name)]
        return retext(known, text), "coref.surname"
    entry = kb.person(name, on)
    if entry is not None:
        actor = person_actor(text, entry, on, kb)
        state = own_state(actor, kb) or (
            actor.code if actor.code and actor.code in kb.countries else None)
        role = title_before(span, ent, kb)
        if state is not None and role is not None:  # "Bree President Romendacil"
            return replace(actor, code=f"{state}{role.sector}"), "person.titled"
        if _former(span, ent) and actor.country:  # "former president X" is elite
            return replace(actor, code=f"{actor.country}ELI"), "person.former"
        stated = _stated_office(span, ent, cand, actor, on, kb, entry)
        if stated is not None:
            return stated, "person.stated"
        composed = _with_agent(actor, ent, cand, kb)
        if composed is not None:
            return composed, "person.agent"
        return actor, "person.kb"
    iso3 = modifier_country(span.doc, cand, kb, ent)
    title = agent_at(kb, span.doc, span.doc[ent.start - 1]) if ent.start > span.start else None
    sector = title[0].sector if title else None
    rule = "person.unknown"
    if iso3 is None:
        found = _apposition(ent, kb)
        if found is not None:  # "Michael Kovrig, a former Canadian diplomat"
            iso3, sector = found[0], sector or found[1]
            rule = "person.apposition"
    org = modifier_org(span.doc, cand, kb) if iso3 is None and title else None
    if org is not None:  # "U.N. envoy Matthew Nimetz" speaks for the organisation
        return Actor(text, None, name, org, None, "person", title[1] if title else None,
                     org), "person.org_title"
    if iso3 is None and sector is not None:  # "Defence Minister Sergei Shoigu" in a Russian story
        iso3, rule = official_country(span.doc[cand.head], ent, memory, kb), "person.context"
    code = f"{iso3}{sector or ''}" if iso3 else sector
    return Actor(text, None, name, code, iso3, "person", title[1] if title else None,
                 None), rule


def _with_agent(actor: Actor, ent: Span, cand: Candidate, kb: KnowledgeBase) -> Actor | None:
    """PETRARCH's composition, "Gondor government" = GON + ~GOV = GONGOV, for an
    actor with a bare three-letter code (a state of the user's dictionaries, or a
    country the dictionaries spell as an actor) named before a role noun. Done here,
    per mention, because spelling out every actor-agent phrase in advance grows as
    their product: PETRARCH2's own Phoenix dictionaries would need millions."""
    if cand.agent is None or cand.head < ent.end or actor.code is None \
            or not kb.is_state_code(actor.code):
        return None
    return replace(actor, code=cand.agent.code_for(actor.code))


def _apposition(ent: Span, kb: KnowledgeBase) -> tuple[str, str | None] | None:
    """Country (and sector) an apposition says a person belongs to: "Kovrig, a former
    Canadian diplomat", "Meng Wanzhou, the chief financial officer of China's
    Huawei" (the first country named in it)."""
    for appos in ent.root.children:
        if appos.dep_ != "appos":
            continue
        for tok in appos.subtree:
            if tok.ent_type_ in ("NORP", "GPE"):
                iso3 = kb.state_code(tok.text) or kb.country_of(tok.text)
                if iso3:
                    role = agent_at(kb, ent.doc, appos)
                    return iso3, role[0].sector if role else None
    return None


def _stated_office(span: Span, ent: Span, cand: Candidate, actor: Actor, on: date | None,
                   kb: KnowledgeBase, entry: Entry) -> Actor | None:
    """"Polish Prime Minister Donald Tusk" in 2024 when the knowledge base holds no
    office of his on that day: the article's own words are fresher than our terms,
    so the stated country and title win over a former-office (ELI) code. An office
    the knowledge base does hold on the day is kept (the text may be loose)."""
    role = title_before(span, ent, kb)
    iso3 = modifier_country(span.doc, cand, kb, ent) if role is not None else None
    if role is None or iso3 is None:
        return None
    period = kb.period_on(entry, on) if on is not None else None
    contradicted = actor.country is not None and actor.country != iso3
    if not contradicted and (on is None or (
            period is not None and not (period.code or "").endswith("ELI"))):
        return None
    return replace(actor, code=f"{iso3}{role.sector}", country=iso3, org=None,
                   role=role.phrase)


def title_before(span: Span, ent: Span, kb: KnowledgeBase) -> Agent | None:
    """The role noun just before a name ("Prime Minister" in "Bree Prime Minister X"),
    whatever entity label the model gave those words."""
    doc = span.doc
    for n in (3, 2, 1):
        if ent.start - n < span.start:
            continue
        agent = kb.agent(doc[ent.start - n: ent.start].text.lower())
        if agent is not None:
            return agent
    return None


def _former(span: Span, ent: Span) -> bool:
    return any(t.lower_ in {"former", "ex", "ex-", "then"} or t.lower_.startswith("ex-")
               for t in span if t.i < ent.start)


def office_title(actor: Actor, on: date | None, kb: KnowledgeBase) -> str:
    """The title of the office a known person holds on the day ("chancellor")."""
    entry = kb.entry(actor.actor_id) if actor.actor_id and actor.kind == "person" else None
    period = kb.period_on(entry, on) if entry is not None else None
    return (period.title or "").lower() if period is not None else ""


def own_state(actor: Actor, kb: KnowledgeBase) -> str | None:
    """A user dictionary's country of its own: a bare three-letter code (GON)."""
    code = actor.code
    if code and len(code) == 3 and code.isupper() and code not in kb.orgs:
        return code
    return None
