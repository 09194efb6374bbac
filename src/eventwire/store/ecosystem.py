"""Event records in the ecosystem's formats: GDELT 2.0 event rows and PLOVER JSON.

Why: analysts already have tools for GDELT tables and PLOVER records; giving
them eventwire's (merged) events in those shapes lets the tools work unchanged.
Both are pure functions of one event record plus the metadata of its articles.

**GDELT** (``GDELT_COLUMNS``): the 61 columns of the GDELT 2.0 event table, in
their order, tab-separated, with a header row of the column names (GDELT's own
files have none). Filled from what eventwire knows:

- ``GlobalEventID``: the first 15 hex digits of ``event_id`` read as an integer
  (GDELT ids are integers; 60 bits fit a signed 64-bit int).
- ``Day`` (YYYYMMDD), ``MonthYear`` (YYYYMM), ``Year``, ``FractionDate``
  (year + day of year / 365, 4 decimals). A month-precision date gives its first
  day, as eventwire's record does; an undated event leaves all four empty.
- ``Actor1Code``/``Name``/``CountryCode``/``Type1Code`` (the sector: the code's
  letters after the ISO3, e.g. GOV), ``Actor1KnownGroupCode`` (the IGO key for
  IGOs: eventwire's ``ICC``, ``CIS``..., not GDELT's ``IGO...`` codes); Actor2 the same.
- ``IsRootEvent``: 1 when an evidence sentence starts in the article's first
  paragraph (GDELT: the lead paragraph), else 0.
- ``EventCode``, ``EventBaseCode`` (3 digits), ``EventRootCode``, ``QuadClass``,
  ``GoldsteinScale``, ``NumMentions``/``NumSources``/``NumArticles`` (the merged
  counts).
- ``ActionGeo_FullName``, ``ActionGeo_Lat``, ``ActionGeo_Long`` from the location.
  ``ActionGeo_CountryCode`` stays empty: GDELT uses FIPS 10-4 codes, eventwire
  knows ISO 3166 only, and a wrong code is worse than none.
- ``SOURCEURL``: the URL of the earliest article with one, else the outlet name,
  else the article id.
- Empty: ethnic and religion codes, ``AvgTone``, actor geography, ADM codes,
  feature ids, ``ActionGeo_Type`` and ``DATEADDED`` (an export of the same store
  is the same file whenever it is made).

**PLOVER** (the "JSON data fields" chapter of the PLOVER manual): ``id``,
``date``, ``source`` and ``recipient`` (lists of actor objects with ``code``
(ISO3 or IGO key), ``sector``, ``actor_text``, ``identifier_id`` (eventwire's
actor id), ``identifier_text`` and ``office``), ``event`` (list of PLOVER event
types), ``mode``, ``quad_code``, ``event_scale`` (Goldstein), ``event_loc``
(``name``, ``latitude``, ``longitude``, ``cc3``), ``event_text`` (evidence
sentences), ``cite_info`` (``url``, ``publication`` of the first article, and
``coder`` and ``codebook``), ``coder``, plus eventwire's own fields under names
PLOVER does not use: ``cameo``, ``status``, ``date_precision``, ``aux_mode``
(PLOVER's auxiliary modes: ``future`` for planned, ``hypothetical``),
``mentions``, ``sources``, ``articles``, ``article_ids``. Events whose CAMEO code
PLOVER drops (roots 01 and 02, no event type) are not exported in this format.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
    "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
    "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
    "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code",
    "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)
PLOVER_CODEBOOK = "PLOVER 0.7b1 (mapped from CAMEO)"
CODER = "eventwire"

ArticleMeta = Mapping[str, Mapping[str, Any]]


def gdelt_event_id(event_id: str) -> int:
    """GDELT wants an integer id: the first 15 hex digits of eventwire's id."""
    return int(event_id[:15], 16)


def _sector(actor: Mapping[str, Any]) -> str | None:
    code, country = actor.get("code") or "", actor.get("country") or ""
    if country and code.startswith(country) and len(code) > len(country):
        return str(code[len(country):len(country) + 3])
    return None


def _gdelt_actor(actor: Mapping[str, Any] | None) -> list[Any]:
    a = actor or {}
    igo = a.get("code") if a and not a.get("country") else None  # IGOs and their people
    return [a.get("code"), a.get("name") or a.get("text"), a.get("country"), igo,
            None, None, None, _sector(a) if a else None, None, None]


def _first_article(record: Mapping[str, Any], meta: ArticleMeta) -> Mapping[str, Any]:
    for article_id in record.get("article_ids") or ():
        if (meta.get(article_id) or {}).get("url"):
            return meta[article_id]
    first = (record.get("article_ids") or [None])[0]
    return meta.get(first or "", {}) if first else {}


def _source_url(record: Mapping[str, Any], meta: ArticleMeta) -> str | None:
    article = _first_article(record, meta)
    if article.get("url") or article.get("source"):
        return str(article.get("url") or article.get("source"))
    ids = record.get("article_ids") or []
    return str(ids[0]) if ids else None


def _is_root(record: Mapping[str, Any], meta: ArticleMeta) -> int:
    for ev in record.get("evidence") or ():
        lead_end = (meta.get(ev.get("article_id") or "") or {}).get("lead_end")
        if lead_end is not None and (ev.get("start") or 0) < lead_end:
            return 1
    return 0


def gdelt_row(record: Mapping[str, Any], meta: ArticleMeta) -> list[Any]:
    """One GDELT 2.0 event row (values in GDELT_COLUMNS order, None when unknown)."""
    day = date.fromisoformat(record["date"]) if record.get("date") else None
    when: list[Any] = [None] * 4
    if day is not None:
        fraction = round(day.year + day.timetuple().tm_yday / 365, 4)
        when = [day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year, fraction]
    code = str(record.get("cameo") or "")
    loc = record.get("location") or {}
    row = [
        gdelt_event_id(record["event_id"]), *when,
        *_gdelt_actor(record.get("source")), *_gdelt_actor(record.get("target")),
        _is_root(record, meta), code, code[:3], record.get("cameo_root") or code[:2],
        record.get("quad_class"), record.get("goldstein"),
        record.get("mentions"), record.get("sources"),
        record.get("articles", len(record.get("article_ids") or ())), None,
        *([None] * 8), *([None] * 8),
        None, loc.get("name"), None, None, None, loc.get("lat"), loc.get("lon"), None,
        None, _source_url(record, meta),
    ]
    return row


def _plover_actor(actor: Mapping[str, Any] | None) -> list[dict[str, Any]]:
    if not actor:
        return []
    return [{
        "code": actor.get("country") or actor.get("code"),
        "sector": _sector(actor),
        "actor_text": actor.get("text"),
        "identifier_id": actor.get("actor_id"),
        "identifier_text": actor.get("name"),
        "office": actor.get("role"),
    }]


AUX_MODES = {"planned": "future", "hypothetical": "hypothetical"}


def plover_record(record: Mapping[str, Any], meta: ArticleMeta) -> dict[str, Any] | None:
    """The PLOVER JSON record of an event; None when PLOVER has no type for its code."""
    plover = record.get("plover") or {}
    if not plover.get("event_type"):
        return None
    loc = record.get("location")
    article = _first_article(record, meta)
    return {
        "id": record["event_id"],
        "date": record.get("date"),
        "source": _plover_actor(record.get("source")),
        "recipient": _plover_actor(record.get("target")),
        "event": [plover["event_type"]],
        "mode": [plover["mode"]] if plover.get("mode") else [],
        "quad_code": record.get("quad_class"),
        "event_scale": record.get("goldstein"),
        "event_loc": None if not loc else {
            "name": loc.get("name"), "latitude": loc.get("lat"), "longitude": loc.get("lon"),
            "cc3": loc.get("country"),
        },
        "event_text": [ev.get("sentence") for ev in record.get("evidence") or ()],
        "cite_info": {"url": article.get("url"), "publication": article.get("source"),
                      "coder": CODER, "codebook": PLOVER_CODEBOOK},
        "coder": CODER,
        "cameo": record.get("cameo"),
        "status": record.get("status"),
        "date_precision": record.get("date_precision"),
        "aux_mode": AUX_MODES.get(str(record.get("status"))),
        "mentions": record.get("mentions"),
        "sources": record.get("sources"),
        "articles": record.get("articles", len(record.get("article_ids") or ())),
        "article_ids": list(record.get("article_ids") or ()),
    }
