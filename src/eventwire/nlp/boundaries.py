"""Sentence boundaries the parser cannot see: datelines and line breaks.

A dateline ("MOSCOW, April 18 (Agency) -") is not part of the lead sentence,
but the small model parses "MOSCOW" as its subject, and a headline line runs
into the next paragraph. Marking those starts before the parser runs lets it
parse each real sentence on its own (spaCy's parser keeps preset boundaries).

The component also keeps the text on the doc (``text_of``): ``Doc.text`` joins
every token again on each access, about a millisecond an article, and the
actor and date stages each need it once more.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.ingest import find_dateline

COMPONENT = "eventwire_boundaries"
TEXT_KEY = "eventwire.text"
_BREAK = re.compile("\n")


def text_of(doc: Doc) -> str:
    """The doc's text, as kept by the boundaries component (else joined anew)."""
    kept = doc.user_data.get(TEXT_KEY)
    return kept if isinstance(kept, str) else doc.text


@Language.component(COMPONENT)
def mark_boundaries(doc: Doc) -> Doc:
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    dateline = find_dateline(text[:300])
    if dateline is not None:
        span = doc.char_span(dateline.end, len(text), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    # a token whose text or trailing space holds a line break ends a line: the
    # next word starts a sentence (found from the breaks, not by reading every token)
    breaks = [m.start() for m in _BREAK.finditer(text)]
    starts = doc.to_array("IDX").tolist() if breaks else []
    ended = {bisect_right(starts, at) - 1 for at in breaks}
    for i in sorted(ended):
        if 0 <= i < len(doc) - 1:
            nxt = doc[i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc
