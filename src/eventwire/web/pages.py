"""The HTML pages: the same builders as the API, drawn with escaping templates.

Every value reaches the page through Jinja2 with autoescaping on, so article
text and actor names are shown as text whatever they contain. Pages take the
same query parameters as their JSON twins (``/api`` + the same path), and each
page links to its twin.
"""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, Response

from eventwire.model import STATUSES
from eventwire.store.query import DEFAULT_STATUSES, SORTS
from eventwire.web import geo, reads, views
from eventwire.web.app import StoreDep, render, state_of
from eventwire.web.charts import QUAD_NAMES, goldstein_colour
from eventwire.web.params import (
    ACTOR_ID,
    HEX_ID,
    Cursor,
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
    link,
)

router = APIRouter(include_in_schema=False)
Filters = Annotated[FilterParams, Depends(filter_params)]
EventId = Annotated[str, Path(pattern=HEX_ID)]
ArticleId = Annotated[str, Path(pattern=HEX_ID)]
ActorId = Annotated[str, Path(pattern=ACTOR_ID)]


def _form(params: FilterParams) -> dict[str, object]:
    """What the shared filter form needs: current values and the choices."""
    return {"f": params, "statuses": STATUSES, "quads": QUAD_NAMES,
            "default_statuses": DEFAULT_STATUSES}


@router.get("/", response_class=HTMLResponse)
def index(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "index.html", {"title": "eventwire", "data": views.overview(store)})


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, store: StoreDep, params: Filters, sort: Sort = "date",
           limit: Limit = 100, cursor: Cursor = None,
           per_article: PerArticle = False) -> HTMLResponse:
    view = views.events_view(store, params, sort=sort, limit=limit, cursor=cursor or None,
                             per_article=per_article)
    return render(request, "events.html", {
        "title": "Events", "view": view, "sorts": list(SORTS), **_form(params),
        "next_url": view.page_link("/events", view.next_cursor) if view.next_cursor else None,
        "first_url": view.page_link("/events", None) if cursor else None,
    })


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event(request: Request, store: StoreDep, event_id: EventId) -> HTMLResponse:
    view = views.event_view(store, event_id)
    if view is None:
        raise HTTPException(404, f"no event {event_id}")
    return render(request, "event.html", {"title": f"Event {event_id}", "view": view,
                                          "record_json": json.dumps(view.record, indent=1,
                                                                    ensure_ascii=False)})


@router.get("/articles", response_class=HTMLResponse)
def articles(request: Request, store: StoreDep, q: Search = None, limit: ListLimit = 50,
             offset: Offset = 0) -> HTMLResponse:
    found = reads.articles(store, q=q or None, limit=limit, offset=offset)
    more = link("/articles", [("q", q or ""), ("limit", str(limit)),
                              ("offset", str(offset + limit))]) if len(found) == limit else None
    return render(request, "articles.html", {"title": "Articles", "articles": found, "q": q,
                                             "more": more})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(request: Request, store: StoreDep, article_id: ArticleId) -> HTMLResponse:
    view = views.article_view(store, article_id)
    if view is None:
        raise HTTPException(404, f"no article {article_id}")
    records = {e["event_id"]: json.dumps(e, ensure_ascii=False) for e in view.events}
    return render(request, "article.html", {
        "title": view.article.get("title") or f"Article {article_id}", "view": view,
        "records": records})


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, store: StoreDep, q: Search = None,
           limit: ListLimit = 100) -> HTMLResponse:
    return render(request, "actors.html", {"title": "Actors", "q": q,
                                           "actors": reads.actors(store, q=q or None,
                                                                  limit=limit)})


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, store: StoreDep, actor_id: ActorId) -> HTMLResponse:
    view = views.actor_view(store, state_of(request).resources, actor_id)
    if view is None:
        raise HTTPException(404, f"no actor {actor_id} in this store")
    return render(request, "actor.html", {"title": view.actor.name or actor_id, "view": view})


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, store: StoreDep, params: Filters, by: TimelineBy = "month",
             group: TimelineGroup = "root") -> HTMLResponse:
    view = views.timeline_view(store, state_of(request).resources, params, by=by, group=group)
    return render(request, "timeline.html", {"title": "Timeline", "view": view,
                                             "by": by, "group": group, **_form(params)})


@router.get("/map", response_class=HTMLResponse)
def world_map(request: Request, store: StoreDep, params: Filters) -> HTMLResponse:
    view = views.map_view(store, params)
    base = [(k, v) for k, v in params.query_items() if k != "place"]
    world = state_of(request).resources.world
    peak = max(view.countries.values(), default=0)
    shapes = [(c, geo.shade(view.countries.get(c.iso3, 0), peak),
               link("/events", [*base, ("place", c.iso3)]) if view.countries.get(c.iso3)
               else None, view.countries.get(c.iso3, 0)) for c in world]
    names = {iso3: state_of(request).resources.party_name(iso3) for iso3 in view.countries}
    return render(request, "map.html", {"title": "Map", "view": view, "shapes": shapes,
                                        "names": names,
                                        "width": geo.WIDTH, "height": geo.HEIGHT,
                                        "shades": geo.SHADES, **_form(params)})


@router.get("/network", response_class=HTMLResponse)
def actor_network(request: Request, store: StoreDep, params: Filters,
                  min_events: MinEvents = 1) -> HTMLResponse:
    res = state_of(request).resources
    view = views.network_view(store, res, params, min_events=min_events)
    base = params.query_items()
    node_links = {n.party: link("/events", [*base, *res.party_filter(n.party)])
                  for n in view.graph.nodes}
    edge_links = {(e.source, e.target): link("/events", [*base, ("dyad",
                                                                 f"{e.source}-{e.target}")])
                  for e in view.graph.edges}
    legend = [(score, goldstein_colour(score)) for score in (-10, -5, 0, 5, 10)]
    return render(request, "network.html", {"title": "Network", "view": view,
                                            "node_links": node_links, "edge_links": edge_links,
                                            "legend": legend, "min_events": min_events,
                                            **_form(params)})


@router.get("/travel", response_class=HTMLResponse)
def travel(request: Request, store: StoreDep, person: Person = None, org: Org = "ICC",
           since: Since = None) -> HTMLResponse:
    res = state_of(request).resources
    view = views.travel_view(store, res, person or None, org=org, since=since)
    shapes = [(c, view.hosts.get(c.iso3, geo.EMPTY)) for c in res.world]
    return render(request, "travel.html", {
        "title": f"Travel of {view.person}" if view.person else "Travel watch", "view": view,
        "shapes": shapes, "width": geo.WIDTH, "height": geo.HEIGHT, "orgs": sorted(res.kb.orgs),
        "colours": [(views.FLAGGED, "flagged: under warrant, host a member"),
                    (views.MEMBER, "host a member"), (views.NOT_MEMBER, "host not a member"),
                    (views.UNKNOWN, "membership unknown")]})


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    """The API reference, drawn from the OpenAPI schema: no CDN, no script."""
    schema = request.app.openapi()
    operations = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            operations.append({"path": path, "method": method.upper(),
                               "summary": op.get("summary") or "",
                               "description": op.get("description") or "",
                               "parameters": [_parameter(p) for p in op.get("parameters", ())],
                               "body": "requestBody" in op or method == "post"})
    return render(request, "docs.html", {"title": "API", "operations": operations,
                                         "info": schema.get("info", {})})


def _parameter(p: dict[str, object]) -> dict[str, object]:
    schema = p.get("schema") if isinstance(p.get("schema"), dict) else {}
    assert isinstance(schema, dict)
    kind = schema.get("type") or "/".join(str(s.get("type")) for s in schema.get("anyOf", ())
                                          if isinstance(s, dict) and s.get("type"))
    return {"name": p.get("name"), "in": p.get("in"), "required": bool(p.get("required")),
            "type": kind, "pattern": schema.get("pattern"),
            "description": p.get("description") or schema.get("description") or "",
            "default": schema.get("default")}


@router.get("/favicon.ico", include_in_schema=False)
def favicon() -> Response:
    return Response(status_code=204)


@router.get("/static/{name}", include_in_schema=False)
async def static(request: Request, name: Annotated[str, Path(pattern=r"^[a-z0-9-]+\.[a-z]+$")]
           ) -> Response:
    """A file shipped in the package, looked up by name in memory."""
    found = state_of(request).static.get(name)
    if found is None:
        raise HTTPException(404, "no such static file")
    body, media_type = found
    return Response(body, media_type=media_type, headers={"cache-control": "max-age=300"})
