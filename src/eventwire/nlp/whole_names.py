"""Whole names: the small model cuts some longer personal names in two.

"Foreign Minister Ana Cecilia Gervasi" comes out as two PERSON entities, "Ana
Cecilia" and "Gervasi", so neither is preceded by the title that says whose
minister she is, and neither matches the knowledge base's full name. Two
PERSON entities with nothing between them are one name, unless the knowledge
base's entity ruler pinned either (its names are whole already).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

COMPONENT = "eventwire_names"


@Language.component(COMPONENT)
def join_names(doc: Doc) -> Doc:
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == ent.label_ == "PERSON" \
                and last.end == ent.start and doc[last.end - 1].whitespace_ \
                and not last.ent_id_ and not ent.ent_id_:
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    if len(joined) != len(ents):
        doc.ents = joined
    return doc
