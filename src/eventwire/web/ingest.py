"""``POST /api/articles``: add one article and get its events back (``--allow-ingest`` only).

Why it reuses the CLI's path: the body becomes an Article through the same
readers (``article_from_text`` for plain text, ``record_to_article`` for a JSON
object with the JSONL input's fields), and is stored by ``Store.add`` in one
transaction, merging included, exactly as ``eventwire ingest`` does. Posts are
handled one at a time (a lock): spaCy and the DuckDB writer are each used by one
thread, and reads go on meanwhile on their own connections.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from eventwire.errors import EventwireError
from eventwire.ingest import ReadOptions, article_from_text
from eventwire.ingest.problem import Problem
from eventwire.ingest.records import record_to_article
from eventwire.model import Article
from eventwire.web import reads
from eventwire.web.app import WebState, state_of
from eventwire.web.params import invalid

router = APIRouter(prefix="/api", tags=["ingest"])


def article_from_body(body: bytes, content_type: str, *, max_bytes: int,
                      on: date | None = None) -> Article:
    """The article a request body holds: plain text, or a JSON object with ``text``
    and optionally ``title``, ``url``, ``source``, ``published`` (or ``date``), ``id``."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise invalid("body", "the body is not UTF-8 text", None, "body") from exc
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            record = json.loads(text)
        except ValueError as exc:
            raise invalid("body", f"not JSON: {exc}", None, "body") from exc
        if not isinstance(record, dict):
            raise invalid("body", "expected a JSON object with a \"text\" field", None, "body")
        options = ReadOptions(date_override=on, max_bytes=max_bytes)
        found = list(record_to_article(record, "request", options))
        article = next((a for a in found if isinstance(a, Article)), None)
        if article is None:
            problems = "; ".join(p.message for p in found if isinstance(p, Problem))
            raise invalid("body", problems or "no article in this object", None, "body")
        return article
    if kind in ("text/plain", ""):
        try:
            return article_from_text(text, origin="request", date_override=on,
                                     max_bytes=max_bytes)
        except EventwireError as exc:
            raise invalid("body", exc.problem, None, "body") from exc
    raise invalid("content-type", "send text/plain or application/json", kind, "header")


def _store_article(state: WebState, article: Article) -> dict[str, Any]:
    with state.ingest_lock:
        pipeline = state.loaded_pipeline()
        store = state.connection()
        try:
            if store.has_article(article.id):
                new = False
            else:
                new = store.add(article, pipeline.extract(article)).new
            events = reads.article_events(store, article.id)
            facts = reads.fact_of_events(store, [e["event_id"] for e in events])
        finally:
            store.close()
    return {"article_id": article.id, "new": new, "url": f"/articles/{article.id}",
            "events": events, "facts": facts}


@router.post("/articles", summary="Add one article (text/plain or JSON) and return its events",
             status_code=201,
             responses={200: {"description": "Already stored: its events"},
                        413: {"description": "Body over the size cap"}})
async def post_article(
    request: Request,
    on: Annotated[date | None, Query(alias="date",
                                     description="Article date YYYY-MM-DD")] = None,
) -> JSONResponse:
    state = state_of(request)
    body = await request.body()
    article = article_from_body(body, request.headers.get("content-type", ""),
                                max_bytes=state.max_body, on=on)
    result = await run_in_threadpool(_store_article, state, article)
    return JSONResponse(result, status_code=201 if result["new"] else 200)
