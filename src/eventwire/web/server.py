"""Running the app on uvicorn: in the foreground (``eventwire serve``) or in a
background thread that stops when its ``with`` block ends (browser tests,
screenshots, the load benchmark).

Why one module: the three need the same uvicorn settings (loopback by default, no
access log noise, no reload, no proxy headers), and a background server must
report the port it really bound when asked for port 0.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

LOOPBACK = "127.0.0.1"


def is_loopback(host: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: addresses only this machine reaches."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _config(app: FastAPI, host: str, port: int, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(app, host=host, port=port, log_level=log_level, access_log=False,
                          proxy_headers=False, server_header=False, lifespan="on")


def run(app: FastAPI, *, host: str = LOOPBACK, port: int = 8000,
        log_level: str = "info") -> None:
    """Serve until interrupted (Ctrl-C)."""
    uvicorn.Server(_config(app, host, port, log_level)).run()


def free_port(host: str = LOOPBACK) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


@contextmanager
def background(app: FastAPI, *, host: str = LOOPBACK, port: int = 0,
               timeout: float = 20.0) -> Iterator[str]:
    """Serve ``app`` in a thread; yields its base URL and stops it on exit."""
    port = port or free_port(host)
    server = uvicorn.Server(_config(app, host, port, "warning"))
    thread = threading.Thread(target=server.run, name="eventwire-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
