"""The web app factory: ``create_app(db_path, allow_ingest=False)``.

Why a factory and no module-level app: the store path, the ingest switch and the
loaded knowledge live in the app's own state, so tests, ``eventwire serve`` and
the load benchmark each build the app they need and two apps never share state.

Read-only by default, like Datasette: the store is opened read-only, so no
request can change it; ``allow_ingest`` opens it for writing and adds
``POST /api/articles``. Every page under ``/X`` has a JSON twin under ``/api/X``
with the same query parameters. FastAPI's own ``/docs`` loads Swagger UI from a
CDN, so it is switched off: ``/docs`` is our own page, drawn from the OpenAPI
schema that stays at ``/openapi.json``. Static files are read from the package
into memory when the app is built, so no request path ever reaches the file system.
"""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import jinja2
from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from eventwire.actors.kb import default_kb
from eventwire.errors import EventwireError, StoreError
from eventwire.events.cameo import load_codebook
from eventwire.store.database import Store
from eventwire.travel.warrants import load_index
from eventwire.web import geo
from eventwire.web.guards import BodyLimit, DropEmptyQuery, SecurityHeaders
from eventwire.web.reads import open_view
from eventwire.web.views import Resources

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

DEFAULT_MAX_BODY = 1_000_000  # bytes; a long news article is well under 100 kB
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                ".svg": "image/svg+xml"}


@dataclass
class WebState:
    """Everything the routes share, held by one app."""

    root: Store
    resources: Resources
    templates: jinja2.Environment
    static: dict[str, tuple[bytes, str]]
    allow_ingest: bool
    max_body: int
    pipeline: Pipeline | None = None
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    connect_lock: threading.Lock = field(default_factory=threading.Lock)

    def connection(self) -> Store:
        """A new connection to the root store's database; creating one is serialised
        because a DuckDB connection object is not meant to be shared across threads."""
        with self.connect_lock:
            return open_view(self.root)

    def loaded_pipeline(self) -> Pipeline:
        """The extraction pipeline, loaded on the first POST (it takes seconds)."""
        if self.pipeline is None:
            from eventwire.pipeline import Pipeline

            self.pipeline = Pipeline.load()
        return self.pipeline


def state_of(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def request_store(request: Request) -> Iterator[Store]:
    """Dependency: a store connection of its own for one request."""
    view = state_of(request).connection()
    try:
        yield view
    finally:
        view.close()


StoreDep = Annotated[Store, Depends(request_store)]


def _static_files() -> dict[str, tuple[bytes, str]]:
    folder = resources.files("eventwire.web") / "static"
    out = {}
    for item in folder.iterdir():
        suffix = Path(item.name).suffix
        if item.is_file() and suffix in STATIC_TYPES:
            out[item.name] = (item.read_bytes(), STATIC_TYPES[suffix])
    return out


def _templates() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("eventwire.web", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined,
                             trim_blocks=True, lstrip_blocks=True)
    return env


def _resources() -> Resources:
    kb = default_kb()
    roots = {c.code: c.name.capitalize() for c in load_codebook() if len(c.code) == 2}
    return Resources(kb, load_index(kb), geo.load_world(), roots)


def wants_json(request: Request) -> bool:
    path = request.url.path
    return path == "/api" or path.startswith("/api/") or path == "/openapi.json"


def render(request: Request, name: str, context: dict[str, Any], status: int = 200
           ) -> HTMLResponse:
    """A page from its template; ``twin`` is the page's JSON twin (same query)."""
    path = request.url.path
    twin = "/api" + ("" if path == "/" else path)
    if request.url.query:
        twin += "?" + request.url.query
    if path == "/docs":
        twin = "/openapi.json"
    template = state_of(request).templates.get_template(name)
    html = template.render(**context, twin=twin, path=path,
                           allow_ingest=state_of(request).allow_ingest)
    return HTMLResponse(html, status_code=status)


def _error_page(request: Request, status: int, title: str,
                problems: list[str]) -> HTMLResponse:
    return render(request, "error.html", {"title": title, "status": status,
                                          "problems": problems}, status)


async def _on_validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if wants_json(request):
        return await request_validation_exception_handler(request, exc)
    problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:])}: {e.get('msg')}"
                for e in exc.errors()]
    return _error_page(request, 422, "Invalid request", problems)


async def _on_http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if wants_json(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=exc.headers)
    return _error_page(request, exc.status_code, "Not found" if exc.status_code == 404
                       else "Request refused", [str(exc.detail)])


async def _on_library(request: Request, exc: Exception) -> Response:
    """A library error from user input is a 422; a store problem is a 503."""
    assert isinstance(exc, EventwireError)
    status = 503 if isinstance(exc, StoreError) else 422
    if wants_json(request):
        detail = ([{"type": "value_error", "loc": ["query", exc.where.lstrip("-")],
                    "msg": exc.problem}] if status == 422 else str(exc))
        return JSONResponse({"detail": detail}, status_code=status)
    return _error_page(request, status, "Invalid request" if status == 422
                       else "Store unavailable", [str(exc)])


def create_app(db_path: Path | str, allow_ingest: bool = False, *,
               max_body: int = DEFAULT_MAX_BODY, pipeline: Pipeline | None = None) -> FastAPI:
    """The eventwire web app over the DuckDB store at ``db_path``.

    Raises StoreError when the store cannot be opened (read-only mode needs an
    existing store). ``pipeline`` lets a caller that already loaded one share it.
    """
    from eventwire.web import api, ingest, pages

    root = Store(db_path, read_only=not allow_ingest)
    state = WebState(root, _resources(), _templates(), _static_files(), allow_ingest,
                     max_body, pipeline)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        root.close()

    app = FastAPI(title="eventwire", version="0.1.0", docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json", lifespan=lifespan,
                  description="Political events coded from news articles (CAMEO/PLOVER),"
                              " each traceable to its evidence.")
    app.state.web = state
    app.include_router(api.router)
    if allow_ingest:
        app.include_router(ingest.router)
    app.include_router(pages.router)
    app.add_exception_handler(RequestValidationError, _on_validation)
    app.add_exception_handler(HTTPException, _on_http)
    app.add_exception_handler(EventwireError, _on_library)
    app.add_middleware(DropEmptyQuery)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(BodyLimit, max_bytes=max_body)
    return app
