"""The actor network: parties as nodes, dyads as edges, laid out by a small force model.

Why a force layout: parties that act on each other should sit close together and
unrelated clusters apart; with a few dozen nodes a deterministic
Fruchterman-Reingold run (fixed start on a circle, fixed number of steps) takes
milliseconds with numpy and gives the same picture for the same data every time.
Edges are the rows of ``aggregate.dyads`` (merged events, period "all"); an edge's
width grows with its event count and its colour is its mean Goldstein score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from eventwire.store.aggregate import DyadRow
from eventwire.web.charts import goldstein_colour

WIDTH, HEIGHT, MARGIN = 900, 600, 60
MAX_NODES = 60
STEPS = 150
GRAVITY = 0.02


@dataclass(frozen=True, slots=True)
class Node:
    party: str
    label: str
    events: int
    x: float
    y: float
    r: float
    is_country: bool

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    events: int
    mentions: int
    mean_goldstein: float | None
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    colour: str

    def to_record(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Network:
    width: int
    height: int
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    dropped_nodes: int  # parties left out to keep the picture readable


def _layout(count: int, links: Sequence[tuple[int, int, float]]) -> np.ndarray:
    """Positions in [0, 1]² for ``count`` nodes; ``links`` are (i, j, weight)."""
    if count == 0:
        return np.zeros((0, 2))
    angles = np.linspace(0, 2 * math.pi, count, endpoint=False)
    pos = np.stack([np.cos(angles), np.sin(angles)], axis=1) * 0.5
    if count == 1:
        return np.full((1, 2), 0.5)
    k = math.sqrt(1.0 / count)
    temperature = 0.1
    if links:
        src = np.array([i for i, _, _ in links])
        dst = np.array([j for _, j, _ in links])
        strength = np.sqrt(np.minimum(np.array([w for _, _, w in links]), 4.0))[:, None]
    for _ in range(STEPS):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=2), 1e-3)
        force = (delta / dist[:, :, None] * (k * k / dist)[:, :, None]).sum(axis=1)
        if links:
            d = pos[src] - pos[dst]
            n = np.maximum(np.linalg.norm(d, axis=1), 1e-3)[:, None]
            pull = d * (n / k) * strength
            np.subtract.at(force, src, pull)
            np.add.at(force, dst, pull)
        force -= pos * (GRAVITY * count)  # keeps separate components in view
        length = np.maximum(np.linalg.norm(force, axis=1), 1e-9)
        pos += force / length[:, None] * np.minimum(length, temperature)[:, None]
        temperature *= 0.97
    low, high = pos.min(axis=0), pos.max(axis=0)
    span = np.where(high - low > 1e-9, high - low, 1.0)
    return np.asarray((pos - low) / span)


def network(rows: Sequence[DyadRow], names: dict[str, str], countries: set[str]) -> Network:
    """Nodes and edges with screen coordinates; self-dyads are dropped (no loops)."""
    weight: dict[str, int] = {}
    for r in rows:
        if r.source == r.target:
            continue
        weight[r.source] = weight.get(r.source, 0) + r.events
        weight[r.target] = weight.get(r.target, 0) + r.events
    ranked = sorted(weight, key=lambda p: (-weight[p], p))
    kept = ranked[:MAX_NODES]
    index = {p: i for i, p in enumerate(sorted(kept))}
    order = sorted(kept)
    dyads = [r for r in rows if r.source in index and r.target in index and r.source != r.target]
    pos = _layout(len(order), [(index[r.source], index[r.target], float(r.events))
                               for r in dyads])
    xy = {p: (MARGIN + float(pos[i][0]) * (WIDTH - 2 * MARGIN),
              MARGIN + float(pos[i][1]) * (HEIGHT - 2 * MARGIN)) for p, i in index.items()}
    top = max(weight.values(), default=1)
    nodes = tuple(Node(p, names.get(p, p), weight[p], round(xy[p][0], 1), round(xy[p][1], 1),
                       round(6 + 14 * math.sqrt(weight[p] / top), 1), p in countries)
                  for p in order)
    peak = max((r.events for r in dyads), default=1)
    edges = tuple(Edge(r.source, r.target, r.events, r.mentions, r.mean_goldstein,
                       round(xy[r.source][0], 1), round(xy[r.source][1], 1),
                       round(xy[r.target][0], 1), round(xy[r.target][1], 1),
                       round(1 + 7 * r.events / peak, 1), goldstein_colour(r.mean_goldstein))
                  for r in sorted(dyads, key=lambda r: (r.events, r.source, r.target)))
    return Network(WIDTH, HEIGHT, nodes, edges, len(ranked) - len(kept))
