"""The JSON API: every page's twin under ``/api``, with the CLI's filters.

Each route validates its parameters (FastAPI answers a bad one with 422),
calls the builder in ``views.py`` that its page also calls, and returns
``to_json()``. Event records are the output contract of DESIGN.md, unchanged.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request

from eventwire.store import aggregate
from eventwire.web import reads, views
from eventwire.web.app import StoreDep, state_of
from eventwire.web.params import (
    ACTOR_ID,
    HEX_ID,
    Cursor,
    DyadBy,
    FilterParams,
    Limit,
    ListLimit,
    MinEvents,
    Offset,
    Org,
    PerArticle,
    Person,
    Search,
    Since,
    Sort,
    TimelineBy,
    TimelineGroup,
    filter_params,
)

router = APIRouter(prefix="/api", tags=["api"])
Filters = Annotated[FilterParams, Depends(filter_params)]
EventId = Annotated[str, Path(pattern=HEX_ID, description="Merged or per-article event id")]
ArticleId = Annotated[str, Path(pattern=HEX_ID, description="Article id (content hash)")]
ActorId = Annotated[str, Path(pattern=ACTOR_ID, description="KB actor id, e.g. state:KGZ")]


@router.get("", summary="Store overview: row counts, latest articles, busiest actors")
def overview(store: StoreDep) -> dict[str, Any]:
    return views.overview(store)


@router.get("/events", summary="Events with the CLI's filters, cursor-paginated")
def events(store: StoreDep, params: Filters, sort: Sort = "date", limit: Limit = 50,
           cursor: Cursor = None, per_article: PerArticle = False) -> dict[str, Any]:
    """Merged events (one per fact) by default; per_article=true for the events as
    each article coded them. Follow "next" until it is null."""
    return views.events_view(store, params, sort=sort, limit=limit, cursor=cursor or None,
                             per_article=per_article).to_json()


@router.get("/events/{event_id}", summary="One event with all its evidence")
def event(store: StoreDep, event_id: EventId) -> dict[str, Any]:
    found = views.event_view(store, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    return found.to_json()


@router.get("/articles", summary="Stored articles, newest first")
def articles(store: StoreDep, q: Search = None, limit: ListLimit = 50,
             offset: Offset = 0) -> dict[str, Any]:
    found = reads.articles(store, q=q or None, limit=limit, offset=offset)
    return {"q": q, "limit": limit, "offset": offset, "articles": found}


@router.get("/articles/{article_id}",
            summary="One article with its events and the evidence offsets to highlight")
def article(store: StoreDep, article_id: ArticleId) -> dict[str, Any]:
    found = views.article_view(store, article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return found.to_json()


@router.get("/actors", summary="Known actors seen in the store; q searches name, id, code")
def actors(store: StoreDep, q: Search = None, limit: ListLimit = 100) -> dict[str, Any]:
    found = reads.actors(store, q=q or None, limit=limit)
    return {"q": q, "actors": [a.to_record() for a in found]}


@router.get("/actors/{actor_id}", summary="One actor: KB terms and how its mentions resolved")
def actor(request: Request, store: StoreDep, actor_id: ActorId) -> dict[str, Any]:
    found = views.actor_view(store, state_of(request).resources, actor_id)
    if found is None:
        raise HTTPException(404, f"no actor {actor_id} in this store")
    return found.to_json()


@router.get("/dyads", summary="Merged events per dyad and period (as eventwire dyads)")
def dyads(store: StoreDep, params: Filters, by: DyadBy = "all",
          min_events: MinEvents = 1) -> dict[str, Any]:
    rows = aggregate.dyads(store, params.to_filter(), by=by, min_events=min_events)
    return {"filter": params.to_record(), "by": by, "min_events": min_events,
            "rows": aggregate.as_records(rows)}


@router.get("/timeline", summary="Merged events per period and group (as eventwire timeline)")
def timeline(request: Request, store: StoreDep, params: Filters, by: TimelineBy = "month",
             group: TimelineGroup = "root") -> dict[str, Any]:
    return views.timeline_view(store, state_of(request).resources, params, by=by,
                               group=group).to_json()


@router.get("/map", summary="Merged events per place and per location country")
def world_map(store: StoreDep, params: Filters) -> dict[str, Any]:
    return views.map_view(store, params).to_json()


@router.get("/network", summary="Actor network: parties, dyad edges, layout coordinates")
def actor_network(request: Request, store: StoreDep, params: Filters,
                  min_events: MinEvents = 1) -> dict[str, Any]:
    return views.network_view(store, state_of(request).resources, params,
                              min_events=min_events).to_json()


@router.get("/travel", summary="A person's trips with host membership and warrant flags")
def travel(request: Request, store: StoreDep, person: Person = None, org: Org = "ICC",
           since: Since = None) -> dict[str, Any]:
    return views.travel_view(store, state_of(request).resources, person or None, org=org,
                             since=since).to_json()
