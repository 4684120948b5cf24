"""The layered layout: depth from the start as the row, no overlapping boxes, same input → same picture."""
from __future__ import annotations

import random

from linter.report.layout import MAX_PER_ROW, NODE_H, NODE_W, layers, layout, order

CHAIN = (["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")])


def boxes_overlap(p, q) -> bool:
    return abs(p[0] - q[0]) < NODE_W and abs(p[1] - q[1]) < NODE_H


def test_layers_are_bfs_depth_from_the_start():
    nodes = ["s", "x", "y", "z", "end"]
    edges = [("s", "x"), ("s", "y"), ("x", "z"), ("y", "z"), ("z", "end"), ("z", "s")]
    assert layers(nodes, edges, ["s"]) == {"s": 0, "x": 1, "y": 1, "z": 2, "end": 3}


def test_unreachable_parts_get_their_own_search():
    nodes, edges = ["s", "t", "orphan", "child"], [("s", "t"), ("orphan", "child")]
    assert layers(nodes, edges, ["s"]) == {"s": 0, "t": 1, "orphan": 0, "child": 1}


def test_rows_go_down_with_the_layer():
    lay = layout(*CHAIN, ["a"])
    ys = [lay.pos[n][1] for n in ["a", "b", "c", "d"]]
    assert ys == sorted(ys) and len(set(ys)) == 4


def test_barycentric_ordering_removes_a_crossing():
    # a1→b2 and a2→b1 cross when b keeps its input order; the sweep swaps b1 and b2
    nodes = ["r", "a1", "a2", "b1", "b2"]
    edges = [("r", "a1"), ("r", "a2"), ("a1", "b2"), ("a2", "b1")]
    rows = order(nodes, edges, layers(nodes, edges, ["r"]))
    assert rows[2] == ["b2", "b1"]


def random_graph(n: int, m: int, seed: int):
    rnd = random.Random(seed)
    nodes = [f"s{i}" for i in range(n)]
    edges = [(rnd.choice(nodes), rnd.choice(nodes)) for _ in range(m)]
    return nodes, edges


def test_no_two_boxes_overlap_and_all_fit_in_the_canvas():
    nodes, edges = random_graph(120, 260, seed=7)
    lay = layout(nodes, edges, ["s0"])
    pos = list(lay.pos.values())
    assert len(pos) == len(nodes)
    for i, p in enumerate(pos):
        assert 0 <= p[0] and p[0] + NODE_W <= lay.width and 0 <= p[1] and p[1] + NODE_H <= lay.height
        for q in pos[i + 1:]:
            assert not boxes_overlap(p, q)


def test_wide_layers_wrap_onto_rows():
    nodes = ["hub"] + [f"leaf{i}" for i in range(MAX_PER_ROW * 2 + 1)]
    lay = layout(nodes, [("hub", n) for n in nodes[1:]], ["hub"])
    leaf_rows = {lay.pos[n][1] for n in nodes[1:]}
    assert len(leaf_rows) == 3
    assert lay.width <= (MAX_PER_ROW + 1) * (NODE_W + 60) + 200


def test_deterministic():
    nodes, edges = random_graph(80, 160, seed=3)
    first = layout(nodes, edges, ["s0"])
    again = layout(list(nodes), list(edges), ["s0"])
    assert first.pos == again.pos and (first.width, first.height) == (again.width, again.height)
