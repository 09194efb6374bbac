"""Query parameters of the web API: validated, then turned into the library's EventFilter.

Why here and not in the routes: the events page, its JSON twin, the timeline, the
map and the network all take the same filters as ``eventwire events``; declaring
them once keeps one meaning per name, and FastAPI's checks (patterns, ranges,
dates) answer a bad value with a 422 that names the parameter. Checks FastAPI
cannot express (a code outside its root, a malformed cursor) raise the same kind
of 422 through ``invalid``.

Cursor pagination is keyset pagination: a cursor holds the sort name and the
sort-key values of the last row served, and the next page is the rows strictly
after it in the same order. Unlike an offset it does not skip or repeat rows when
articles are ingested between two pages, and a deep page costs no more than the
first. The sort orders themselves stay in ``store/query.py`` (``SORTS``); this
module only knows which record fields each one sorts by.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import Query
from fastapi.exceptions import RequestValidationError

from eventwire.store.query import DEFAULT_STATUSES, EventFilter, parse_dyad

StatusName = Literal["asserted", "planned", "negated", "reported", "hypothetical"]
SortName = Literal["date", "-date", "mentions", "-mentions", "sources", "-sources",
                   "articles", "-articles", "goldstein", "-goldstein", "code", "-code"]
MAX_TEXT = 200  # longest free-text filter value

# sort name -> (column, descending) keys before the final event_id; mirrors query.SORTS
SORT_KEYS: dict[str, tuple[tuple[str, bool], ...]] = {
    "date": (("date", False),),
    "-date": (("date", True),),
    "mentions": (("mentions", False), ("date", False)),
    "-mentions": (("mentions", True), ("date", False)),
    "sources": (("sources", False), ("date", False)),
    "-sources": (("sources", True), ("date", False)),
    "articles": (("articles", False), ("date", False)),
    "-articles": (("articles", True), ("date", False)),
    "goldstein": (("goldstein", False), ("date", False)),
    "-goldstein": (("goldstein", True), ("date", False)),
    "code": (("cameo", False), ("date", False)),
    "-code": (("cameo", True), ("date", False)),
}


def invalid(name: str, message: str, value: Any = None, where: str = "query") -> Exception:
    """A 422 in FastAPI's own error shape, for checks made after parsing."""
    return RequestValidationError([{"type": "value_error", "loc": (where, name),
                                    "msg": message, "input": value}])


@dataclass(frozen=True, slots=True)
class FilterParams:
    """The filter as the request gave it: kept to echo back and to build links."""

    actor: str | None = None
    country: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: str | None = None
    code: str | None = None
    root: str | None = None
    quad: int | None = None
    status: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    place: str | None = None
    text: str | None = None

    def to_filter(self) -> EventFilter:
        """The library's EventFilter, exactly as ``eventwire events`` builds it."""
        if self.code and self.root and not self.code.startswith(self.root):
            raise invalid("code", f"code {self.code} is not in root {self.root}", self.code)
        if self.since and self.until and self.since > self.until:
            raise invalid("until", "until is before since", self.until.isoformat())
        return EventFilter(
            actor=self.actor, country=self.country, source=self.source, target=self.target,
            dyad=parse_dyad(self.dyad) if self.dyad else None,
            code=self.code or self.root, quad=self.quad,
            statuses=self.status or DEFAULT_STATUSES,
            since=self.since, until=self.until, place=self.place, text=self.text,
        )

    def query_items(self) -> list[tuple[str, str]]:
        """The filter as query-string pairs (repeated ``status``), for links."""
        items: list[tuple[str, str]] = []
        for name in ("actor", "country", "source", "target", "dyad", "code", "root", "quad",
                     "since", "until", "place", "text"):
            value = getattr(self, name)
            if value is not None and value != "":
                items.append((name, value.isoformat() if isinstance(value, date) else str(value)))
        items += [("status", s) for s in self.status]
        return items

    def to_record(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, value in self.query_items():
            if name == "status":
                out.setdefault("status", []).append(value)
            else:
                out[name] = value
        return out


Words = Annotated[str | None, Query(max_length=MAX_TEXT)]
Party = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,12}$",
                                    description="Actor code or ISO3 country, e.g. RUS, KGZGOV, EU")]


def filter_params(
    actor: Annotated[str | None, Query(max_length=MAX_TEXT,
                                       description="Actor name, id or code, either side")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$",
                                         description="ISO3 country, either side")] = None,
    source: Party = None,
    target: Party = None,
    dyad: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,12}[-,>][A-Za-z]{2,12}$",
                                      description="SOURCE-TARGET parties, e.g. RUS-KGZ")] = None,
    code: Annotated[str | None, Query(pattern=r"^[0-9]{2,4}$",
                                      description="CAMEO code or prefix (04 = the root)")] = None,
    root: Annotated[str | None, Query(pattern=r"^(0[1-9]|1[0-9]|20)$",
                                      description="CAMEO root, 01-20")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="QuadClass 1-4")] = None,
    status: Annotated[list[StatusName] | None, Query(
        description="Statuses (repeat); default asserted, planned, reported")] = None,
    since: Annotated[date | None, Query(description="From date YYYY-MM-DD")] = None,
    until: Annotated[date | None, Query(description="To date YYYY-MM-DD")] = None,
    place: Annotated[str | None, Query(max_length=MAX_TEXT,
                                       description="Place name words or its ISO3 country")] = None,
    text: Annotated[str | None, Query(max_length=MAX_TEXT,
                                      description="Words in the evidence sentence")] = None,
) -> FilterParams:
    """FastAPI dependency: the CLI's event filters as validated query parameters.

    An empty form field arrives as ``""``; it means "no filter", as on the CLI.
    """
    return FilterParams(
        actor=actor or None, country=country or None, source=source or None,
        target=target or None, dyad=dyad or None, code=code or None, root=root or None,
        quad=quad, status=tuple(status or ()), since=since, until=until,
        place=place or None, text=text or None,
    )


# -- cursors ----------------------------------------------------------------------
def encode_cursor(sort: str, record: dict[str, Any]) -> str:
    """An opaque cursor after ``record`` in ``sort`` order (URL-safe base64 JSON)."""
    keys = [record.get(column) for column, _ in SORT_KEYS[sort]]
    payload = json.dumps({"s": sort, "k": keys, "id": record["event_id"]}, separators=(",", ":"))
    return base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str) -> tuple[list[Any], str]:
    """The key values and event id a cursor holds; a 422 when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        keys, event_id, made_for = data["k"], data["id"], data["s"]
    except (binascii.Error, ValueError, KeyError, TypeError) as exc:
        raise invalid("cursor", "not a cursor from this API", cursor) from exc
    if made_for != sort:
        raise invalid("cursor", f"cursor was made for sort {made_for!r}, not {sort!r}", cursor)
    columns = SORT_KEYS[sort]
    if not isinstance(keys, list) or len(keys) != len(columns) or not isinstance(event_id, str):
        raise invalid("cursor", "not a cursor from this API", cursor)
    return [_key_value(col, v, cursor) for (col, _), v in zip(columns, keys, strict=True)], event_id


def _key_value(column: str, value: Any, cursor: str) -> Any:
    if value is None:
        return None
    if column == "date":
        try:
            return date.fromisoformat(str(value))
        except ValueError as exc:
            raise invalid("cursor", "not a cursor from this API", cursor) from exc
    if column == "cameo":
        return str(value)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise invalid("cursor", "not a cursor from this API", cursor)
    return value


def after_cursor(sort: str, keys: list[Any], event_id: str) -> tuple[str, list[Any]]:
    """SQL condition for rows strictly after the cursor row in ``sort`` order.

    Every order in ``query.SORTS`` puts NULLs last and ends with ``event_id``, so
    the order is total: a row is after the cursor when, for some key, all earlier
    keys are equal and this one comes later (a NULL comes after every value).
    """
    columns = SORT_KEYS[sort]
    alternatives: list[str] = []
    params: list[Any] = []
    equal: list[str] = []
    equal_params: list[Any] = []
    for (column, descending), value in zip(columns, keys, strict=True):
        if value is not None:
            later = f"({column} {'<' if descending else '>'} ? OR {column} IS NULL)"
            alternatives.append(" AND ".join([*equal, later]))
            params += [*equal_params, value]
            equal.append(f"{column} = ?")
            equal_params.append(value)
        else:
            equal.append(f"{column} IS NULL")  # nothing sorts after NULL on this key
    alternatives.append(" AND ".join([*equal, "event_id > ?"]))
    params += [*equal_params, event_id]
    return "(" + " OR ".join(f"({a})" for a in alternatives) + ")", params


def link(path: str, items: list[tuple[str, str]]) -> str:
    """A local URL with a query string (values encoded)."""
    query = urlencode(items)
    return f"{path}?{query}" if query else path


# -- other parameters shared by pages and their JSON twins --------------------------
Sort = Annotated[SortName, Query(description="Sort order; prefix - for descending")]
Limit = Annotated[int, Query(ge=1, le=500, description="Events per page")]
Cursor = Annotated[str | None, Query(max_length=1000, pattern=r"^[A-Za-z0-9_-]*$",
                                     description="next_cursor of the previous page")]
PerArticle = Annotated[bool, Query(description="Per-article events instead of merged ones")]
TimelineBy = Annotated[Literal["day", "week", "month", "year"], Query(description="Period")]
TimelineGroup = Annotated[Literal["root", "quad", "plover"],
                          Query(description="Count per CAMEO root, QuadClass or PLOVER type")]
DyadBy = Annotated[Literal["all", "year", "month", "week", "day"], Query(description="Period")]
MinEvents = Annotated[int, Query(ge=1, le=100_000, description="Only dyads with this many")]
Search = Annotated[str | None, Query(max_length=MAX_TEXT, description="Search words")]
ListLimit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
HEX_ID = r"^[0-9a-f]{6,64}$"
ACTOR_ID = r"^[A-Za-z0-9][\w:.'-]{0,199}$"
Person = Annotated[str | None, Query(max_length=MAX_TEXT,
                                     description="A person's name or KB id (person:...)")]
Org = Annotated[str, Query(max_length=40, pattern=r"^[\w .'-]+$",
                           description="Organisation whose membership is checked")]
Since = Annotated[date | None, Query(description="Trips ending on or after YYYY-MM-DD")]
