"""Where the work runs: ``--dask local``, ``local:N`` or a scheduler address.

``local[:N]`` starts a ``LocalCluster`` of N worker *processes* (one thread
each): spaCy holds the GIL while it parses, so threads would not run in
parallel. Anything else must be the address of a running Dask scheduler
(``tcp://host:8786``; a bare ``host:port`` means tcp), which the caller keeps
running: we connect a client to it and leave the cluster as we found it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from eventwire.errors import InputError

if TYPE_CHECKING:
    from distributed import Client

OPTION = "--dask"
SCHEMES = ("tcp", "tls", "ws", "wss", "ucx", "inproc")
MAX_LOCAL_WORKERS = 256


@dataclass(frozen=True, slots=True)
class ClusterAddress:
    """A parsed ``--dask`` value: a local cluster of ``workers`` processes, or
    the ``url`` of a scheduler someone else runs."""

    workers: int | None = None
    url: str | None = None

    @property
    def local(self) -> bool:
        return self.url is None

    def __str__(self) -> str:
        return self.url if self.url is not None else f"local:{self.workers}"


def default_local_workers() -> int:
    """One worker per core the process may use; each holds its own model."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def parse_address(text: str) -> ClusterAddress:
    """``local`` / ``local:N`` / ``tcp://host:port`` (or ``host:port``), checked.

    Raises InputError naming ``--dask`` with what was expected, so the CLI can
    print one line instead of a connection timeout a minute later.
    """
    value = text.strip()
    if value == "local":
        return ClusterAddress(workers=default_local_workers())
    if value.startswith("local:"):
        return ClusterAddress(workers=_worker_count(value.removeprefix("local:")))
    scheme, sep, rest = value.partition("://")
    if not sep:
        scheme, rest = "tcp", value
    if scheme not in SCHEMES:
        raise InputError(OPTION, f"unknown scheme {scheme!r} in {text!r}; use local, local:N"
                                 f" or {'/'.join(SCHEMES)}://host:port")
    if scheme != "inproc":
        _check_host_port(rest, text)
    return ClusterAddress(url=f"{scheme}://{rest}")


def _worker_count(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_LOCAL_WORKERS:
        raise InputError(OPTION, f"local:N needs a worker count from 1 to {MAX_LOCAL_WORKERS},"
                                 f" not {text!r}")
    return int(text)


def _check_host_port(rest: str, original: str) -> None:
    host, sep, port = rest.rstrip("/").rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise InputError(OPTION, f"expected host:port (the scheduler, e.g."
                                 f" tcp://10.0.0.5:8786), got {original!r}")


@contextmanager
def open_client(address: ClusterAddress, *, timeout_s: float = 30.0) -> Iterator[Client]:
    """A connected ``distributed.Client``; a local cluster lives as long as it.

    distributed is imported here, not at module level, so ``eventwire --help``
    and single-process runs do not pay for importing it.
    """
    from distributed import Client, LocalCluster

    if address.local:
        cluster = LocalCluster(
            n_workers=address.workers, threads_per_worker=1, processes=True,
            dashboard_address=None, silence_logs=logging.ERROR,
        )
        try:
            with Client(cluster, timeout=timeout_s) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(address.url, timeout=timeout_s)
    except OSError as exc:
        raise InputError(OPTION, f"cannot reach the Dask scheduler at {address.url}:"
                                 f" {exc}") from exc
    with client:
        yield client
