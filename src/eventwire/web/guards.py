"""ASGI middleware that guards every request: a body size cap and security headers.

Why middleware and not per route: a cap checked inside a route runs after the
body has been read into memory; this one refuses a declared Content-Length over
the cap before reading anything, and stops a chunked body as soon as it passes
the cap. The headers forbid inline and foreign scripts (``script-src 'self'``),
so even text that escaped escaping could not run, and keep pages out of frames.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
       " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
       " frame-ancestors 'none'")
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)


class BodyTooLarge(Exception):
    """Raised inside ``receive`` when a streamed body passes the cap."""


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"detail": message}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or ()).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await _refuse(send, 400, "Content-Length is not a number")
                return
            if int(declared) > self.max_bytes:
                await _refuse(send, 413, f"request body over {self.max_bytes} bytes")
                return
        seen = 0
        started = False

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body") or b"")
                if seen > self.max_bytes:
                    raise BodyTooLarge
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except BodyTooLarge:
            if not started:
                await _refuse(send, 413, f"request body over {self.max_bytes} bytes")


class SecurityHeaders:
    """Add ``SECURITY_HEADERS`` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers") or ()}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = [*(message.get("headers") or ()), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


class DropEmptyQuery:
    """Remove ``name=`` pairs with an empty value from the query string.

    Why: an HTML form sends every field, filled or not; an empty field means "no
    filter", as an option left out on the CLI. Dropping them before routing lets
    the parameters keep strict types (a date, a pattern) for the values that are given.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = scope["query_string"].split(b"&")
            kept = [p for p in pairs if p and not p.endswith(b"=")]
            if len(kept) != len(pairs):
                scope = dict(scope)
                scope["query_string"] = b"&".join(kept)
        await self.app(scope, receive, send)
