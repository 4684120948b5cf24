"""Where each state goes in the picture: a small layered (Sugiyama-style) layout, computed in Python.

Why not a JavaScript graph library: the page must work offline and open instantly, and positions computed here
are deterministic, so the page can be tested without a browser. Layers are the breadth-first depth from the start
(the order in which a customer meets the states); within a layer, a few barycentric sweeps put each state near the
states it is linked to, which removes most crossings. Wide layers wrap onto several rows so the page never turns
into a ribbon.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

NODE_W = 176
NODE_H = 50
GAP_X = 40
GAP_Y = 76          # between rows: room for edge labels and badges
MARGIN = 48
MAX_PER_ROW = 8
SWEEPS = 4


@dataclass
class Layout:
    pos: dict[str, tuple[float, float]] = field(default_factory=dict)    # top-left corner of each state's box
    layer: dict[str, int] = field(default_factory=dict)
    width: float = 0
    height: float = 0


def layers(nodes: list[str], edges: list[tuple[str, str]], roots: list[str]) -> dict[str, int]:
    """Breadth-first depth from the roots; parts the roots never reach start their own search at depth 0 from
    the state with the fewest incoming links (so an orphaned branch is still drawn top-down)."""
    out_adj, indeg = _adjacency(nodes, edges)
    depth: dict[str, int] = {}
    _bfs([r for r in roots if r in out_adj], out_adj, depth)
    while len(depth) < len(nodes):
        rest = [n for n in nodes if n not in depth]
        seed = min(rest, key=lambda n: indeg[n])     # min() keeps the first of equals: deterministic
        _bfs([seed], out_adj, depth)
    return depth


def _adjacency(nodes, edges):
    out_adj: dict[str, list[str]] = {n: [] for n in nodes}
    indeg = dict.fromkeys(nodes, 0)
    for s, d in edges:
        if s in out_adj and d in out_adj and s != d:
            out_adj[s].append(d)
            indeg[d] += 1
    return out_adj, indeg


def _bfs(seeds: list[str], out_adj: dict[str, list[str]], depth: dict[str, int]) -> None:
    queue = deque()
    for s in seeds:
        if s not in depth:
            depth[s] = 0
            queue.append(s)
    while queue:
        n = queue.popleft()
        for d in out_adj[n]:
            if d not in depth:
                depth[d] = depth[n] + 1
                queue.append(d)


def order(nodes: list[str], edges: list[tuple[str, str]], depth: dict[str, int]) -> list[list[str]]:
    """States of each layer, ordered to cut crossings: alternate down and up sweeps, each placing a state at the
    mean position of its linked states in the layers above (down) or below (up). Ties keep the previous order, so
    the result depends only on the input order."""
    rows: list[list[str]] = [[] for _ in range(max(depth.values(), default=-1) + 1)]
    for n in nodes:
        rows[depth[n]].append(n)
    preds: dict[str, list[str]] = {n: [] for n in nodes}
    succs: dict[str, list[str]] = {n: [] for n in nodes}
    for s, d in edges:
        if s in preds and d in preds and depth[s] != depth[d]:
            (succs if depth[s] < depth[d] else preds)[s].append(d)
            (preds if depth[s] < depth[d] else succs)[d].append(s)
    for sweep in range(SWEEPS):
        down = sweep % 2 == 0
        index = _positions(rows)
        seq = range(1, len(rows)) if down else range(len(rows) - 2, -1, -1)
        for i in seq:
            rows[i] = _sorted_by_barycenter(rows[i], preds if down else succs, index)
            index.update({n: k / max(1, len(rows[i])) for k, n in enumerate(rows[i])})
    return rows


def _positions(rows: list[list[str]]) -> dict[str, float]:
    """Relative position (0..1) within its layer, so layers of different sizes compare."""
    return {n: k / max(1, len(row)) for row in rows for k, n in enumerate(row)}


def _sorted_by_barycenter(row: list[str], nbrs: dict[str, list[str]], index: dict[str, float]) -> list[str]:
    def key(item):
        k, n = item
        linked = [index[m] for m in nbrs[n] if m in index]
        return (sum(linked) / len(linked) if linked else k / max(1, len(row)), k)
    return [n for _, n in sorted(enumerate(row), key=key)]


def layout(nodes: list[str], edges: list[tuple[str, str]], roots: list[str]) -> Layout:
    """Positions for every state: one band of rows per layer, top to bottom, each row centred."""
    depth = layers(nodes, edges, roots)
    rows = order(nodes, edges, depth)
    result = Layout(layer=depth)
    widest = max((min(len(r), MAX_PER_ROW) for r in rows), default=1)
    full = widest * NODE_W + (widest - 1) * GAP_X
    y = MARGIN
    for row in rows:
        for start in range(0, len(row), MAX_PER_ROW):
            chunk = row[start:start + MAX_PER_ROW]
            used = len(chunk) * NODE_W + (len(chunk) - 1) * GAP_X
            x = MARGIN + (full - used) / 2
            for n in chunk:
                result.pos[n] = (round(x, 1), round(y, 1))
                x += NODE_W + GAP_X
            y += NODE_H + GAP_Y
    result.width = full + 2 * MARGIN
    result.height = y - GAP_Y + MARGIN
    return result
