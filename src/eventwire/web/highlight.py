"""An article's text cut into segments, each knowing which events' evidence covers it.

Why segments: several events often share one sentence, and one event's sentence
can overlap another's; nesting HTML marks cannot express overlaps. Cutting the
text at every evidence and trigger boundary gives flat pieces, each tagged with
the events that cover it, so the page can wrap each piece in one ``<mark>`` and
the highlight of an event is exactly the union of its pieces: the characters
``text[start:end]`` the store recorded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """One stretch of the article an event points at (evidence or trigger)."""

    event_id: str
    start: int
    end: int
    trigger: bool


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str
    event_ids: tuple[str, ...]  # events whose evidence covers this piece
    trigger_ids: tuple[str, ...]  # events whose trigger word is this piece

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "event_ids": list(self.event_ids),
                "trigger_ids": list(self.trigger_ids)}


def spans_of(records: Iterable[Mapping[str, Any]], article_id: str) -> list[Span]:
    """The evidence and trigger spans of events that lie in this article."""
    spans = []
    for record in records:
        for ev in record.get("evidence") or ():
            if ev.get("article_id") != article_id:
                continue
            spans.append(Span(record["event_id"], int(ev["start"]), int(ev["end"]), False))
            if ev.get("trigger_start") is not None and ev.get("trigger_end") is not None:
                spans.append(Span(record["event_id"], int(ev["trigger_start"]),
                                  int(ev["trigger_end"]), True))
    return spans


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """The whole text as consecutive segments; spans outside the text are clipped."""
    size = len(text)
    clipped = [s for s in spans if 0 <= s.start < s.end and s.start < size]
    cuts = {0, size}
    for s in clipped:
        cuts.add(s.start)
        cuts.add(min(s.end, size))
    bounds = sorted(cuts)
    out = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        covering = sorted({s.event_id for s in clipped
                           if not s.trigger and s.start <= start and end <= s.end})
        triggers = sorted({s.event_id for s in clipped
                           if s.trigger and s.start <= start and end <= s.end})
        out.append(Segment(start, end, text[start:end], tuple(covering), tuple(triggers)))
    return out
