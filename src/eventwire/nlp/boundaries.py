"""Sentence boundaries the parser cannot see: datelines and line breaks.

A dateline ("MOSCOW, April 18 (Agency) -") is not part of the lead sentence,
but the small model parses "MOSCOW" as its subject, and a headline line runs
into the next paragraph. Marking those starts before the parser runs lets it
parse each real sentence on its own (spaCy's parser keeps preset boundaries).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.ingest import find_dateline

COMPONENT = "eventwire_boundaries"


@Language.component(COMPONENT)
def mark_boundaries(doc: Doc) -> Doc:
    dateline = find_dateline(doc.text[:300])
    if dateline is not None:
        span = doc.char_span(dateline.end, len(doc.text), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    for tok in doc[:-1]:
        if "\n" in tok.text_with_ws:
            nxt = doc[tok.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc
