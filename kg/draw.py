"""Pictures of a network view: a PNG a person can read, and an HTML page that draws offline.

Large views are thinned before drawing (``kg.network.top_subgraph``): parallel edges are
merged, edges under ``min_weight`` dropped, and only the ``top`` nodes by weighted degree
kept; the title says what was left out. In the PNG, labels are placed greedily from the most
connected node down, each beside its node where it overlaps no other label or node; labels
that fit nowhere are left off (the subtitle says how many). Colours follow the node's group
with a legend, edge width grows with the number of sources, arrows show direction.

matplotlib (Agg, without touching pyplot's global backend) and pyvis's bundled vis-network
are imported only when a picture is drawn.
"""
from __future__ import annotations

import html
import json
import math
import os
import textwrap
from pathlib import Path

import networkx as nx

from kg.network import _atomic_write, top_subgraph, weighted_degree

GROUP_COLOURS: dict[str, str] = {
    "person": "#e15759", "government": "#4e79a7", "company": "#f28e2b", "agency": "#76b7b2",
    "organization": "#59a14f", "region": "#edc948", "worker group": "#b07aa1", "award": "#ff9da7",
    "category": "#9c755f", "role": "#d4a6c8", "venue": "#8cd17d", "article": "#d3d3d3",
    "event": "#6f6f6f", "evidence": "#e5e5e5", "other": "#bbbbbb",
}
# Fixed colours for the relations the views make, so that pictures of one view look alike;
# facts about entities (part of, governs, unit of, broader) are pale.
RELATION_COLOURS: dict[str, str] = {
    "presented to": "#c0392b", "received for": "#e67e22", "awarded in": "#b8860b",
    "holds post in": "#1a9850", "same conferral": "#c0392b", "same statement": "#7b3294",
    "same nomination": "#2c7fb8", "covers": "#2c7fb8", "plans to cover": "#9ecae1",
    "governs": "#9fb7d3", "based in": "#9fb7d3", "part of": "#d9cfa5", "unit of": "#b5d6a7", "broader": "#d8c3e0",
    # the full view names edges by predicate
    "presenter": "#c0392b", "recipient": "#b8860b", "receiver": "#e67e22", "member": "#1a9850",
    "partOf": "#d9cfa5", "subOrganizationOf": "#b5d6a7", "wasDerivedFrom": "#cfcfcf",
}
EDGE_PALETTE = ("#c0392b", "#b8860b", "#2c7fb8", "#7b3294", "#1a9850", "#d95f02", "#e7298a", "#66a61e")
EDGE_OTHER = "#9a9a9a"
PNG_TOP = 60
PNG_MAX_EDGES = 200  # beyond this many links a static picture is a hairball: fewer nodes are drawn
HTML_TOP = 500


# --------------------------------------------------------------------------------------- shared

def _layout(g: nx.Graph, *, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Positions in a unit-ish square: each component laid out alone, the components packed in rows.

    Kamada-Kawai for components of up to 150 nodes (even spacing, few crossings), a seeded
    spring layout above that. Deterministic for a seed.
    """
    u = nx.Graph(g.to_undirected()) if g.is_directed() else nx.Graph(g)
    comps = sorted((sorted(c) for c in nx.connected_components(u)), key=lambda c: (-len(c), c[0]))
    blocks = []
    for nodes in comps:
        sub = u.subgraph(nodes)
        n = len(nodes)
        if n == 1:
            pos = {nodes[0]: (0.0, 0.0)}
        elif n == 2:
            pos = {nodes[0]: (-0.5, 0.0), nodes[1]: (0.5, 0.0)}
        elif n <= 150:
            init = nx.circular_layout(sub)  # deterministic start for Kamada-Kawai
            pos = nx.kamada_kawai_layout(sub, pos=init, weight=None)
        else:
            pos = nx.spring_layout(sub, seed=seed, k=1.2 / math.sqrt(n), iterations=80, weight=None)
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        w, h = max(xs) - min(xs), max(ys) - min(ys)
        scale = math.sqrt(n) / max(w, h, 1e-9) if n > 1 else 1.0  # area grows with node count
        pos = {k: ((p[0] - min(xs)) * scale, (p[1] - min(ys)) * scale) for k, p in pos.items()}
        blocks.append((pos, w * scale if n > 1 else 0.0, h * scale if n > 1 else 0.0))
    # shelf packing: rows no wider than the biggest block or sqrt of the total area
    total = sum((bw + 1) * (bh + 1) for _, bw, bh in blocks)
    row_width = max(max((bw for _, bw, _ in blocks), default=1.0), math.sqrt(total) * 1.3)
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pos, bw, bh in blocks:
        if x > 0 and x + bw > row_width:
            x, y, row_h = 0.0, y - row_h - 1.0, 0.0
        for k, (px, py) in pos.items():
            placed[k] = (x + px, y - bh + py)
        x += bw + 1.0
        row_h = max(row_h, bh)
    return placed


def _edge_colours(g: nx.Graph) -> dict[str, str]:
    """A colour for each of the most common edge labels (first label of merged edges)."""
    from collections import Counter

    counts = Counter(_first_label(d) for *_, d in g.edges(data=True))
    ordered = [label for label, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    colours = {label: RELATION_COLOURS[label] for label in ordered if label in RELATION_COLOURS}
    free = [c for c in EDGE_PALETTE if c not in colours.values()]
    for label in ordered:
        if label not in colours and free:
            colours[label] = free.pop(0)
    return colours


def _edge_width(weight: float, max_weight: float) -> float:
    """Line width in points: 0.8 for the weakest links, 5 for the strongest."""
    if max_weight <= 1:
        return 1.2
    return 0.8 + 4.2 * math.sqrt(max(weight - 1, 0) / (max_weight - 1))


def _first_label(data: dict) -> str:
    return str(data.get("label", "")).split("; ")[0] or "link"


def _default_title(g: nx.Graph) -> str:
    """"Who honours whom (conferrals view of awards.ttl)" from the view's graph attributes."""
    from kg.network import VIEW_TITLES

    view = g.graph.get("view", "network")
    source = g.graph.get("source")
    where = f"{view} view of {source}" if source else f"{view} view"
    return f"{VIEW_TITLES.get(view, 'Network')} ({where})"


def _summary(g: nx.Graph) -> str:
    return f"{g.number_of_nodes():,} nodes, {g.number_of_edges():,} links"


# ------------------------------------------------------------------------------------------ PNG

def _new_figure(n: int):
    import matplotlib

    if "matplotlib.pyplot" not in __import__("sys").modules:
        matplotlib.use("Agg")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width = min(24.0, max(12.0, 7.0 + 1.1 * math.sqrt(n)))
    fig = Figure(figsize=(width, width * 0.7), dpi=100)
    FigureCanvasAgg(fig)
    return fig


def _wrap(label: str, width: int = 22, lines: int = 2) -> str:
    text = textwrap.wrap(label, width) or [label]
    if len(text) > lines:
        text = text[:lines]
        text[-1] = text[-1][: width - 1] + "\u2026"
    return "\n".join(text)


def _overlaps(box, boxes) -> bool:
    return any(box.x0 < b.x1 and b.x0 < box.x1 and box.y0 < b.y1 and b.y0 < box.y1 for b in boxes)


def _edge_text(data: dict) -> str | None:
    """The few words an edge gets in a small picture: rank and year, role, count or plan."""
    if data.get("label", "").startswith("awarded in") and "rank" in data:
        return f"#{data['rank']}" + (f" {data['year']}" if data.get("year") else "")
    if "role" in data:
        return ("Pj. " if data.get("acting") else "") + str(data["role"])
    if "status" in data:  # the colour tells realized from planned; the text gives the count
        count = f"{data['count']:,}".replace(",", ".") if "count" in data else ""
        planned = "planned" if data["status"] == "planned" else ""
        return " ".join(filter(None, (count, planned))) or None
    return None


def _place_labels(fig, ax, g: nx.Graph, pos, sizes: dict[str, float], order: list[str],
                  *, max_labels: int | None, edge_texts: bool) -> int:
    """Put labels where they hit no other label and, if possible, no node; returns how many nodes got one.

    Node labels go first, best-connected first, beside their node (eight places tried); a
    second pass lets the still unlabelled ones cover other nodes, never labels. Then, in small
    pictures, short edge texts (rank and year, role, count) at the middle of their edge.
    """
    from matplotlib.transforms import Bbox

    renderer = fig.canvas.get_renderer()
    to_px = ax.transData
    frame = ax.get_window_extent(renderer)
    px_per_pt = fig.dpi / 72.0
    node_boxes = {}
    for n in g.nodes:
        cx, cy = to_px.transform(pos[n])
        r = math.sqrt(sizes[n]) / 2 * px_per_pt
        node_boxes[n] = Bbox([[cx - r, cy - r], [cx + r, cy + r]])
    placed: list = []

    def try_place(xy, text, offsets, avoid, **style) -> bool:
        for offset, ha, va in offsets:
            ann = ax.annotate(text, xy, xytext=offset, textcoords="offset points", ha=ha, va=va, zorder=5, **style)
            box = ann.get_window_extent(renderer).expanded(1.04, 1.1)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not _overlaps(box, placed) and not _overlaps(box, avoid):
                placed.append(box)
                return True
            ann.remove()
        return False

    node_style = {"fontsize": 8, "color": "#222222",
                  "bbox": {"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75}}
    labelled: set[str] = set()
    budget = len(order) if max_labels is None else max_labels
    for strict in (True, False):
        for n in order:
            if len(labelled) >= budget:
                break
            if n in labelled:
                continue
            r = math.sqrt(sizes[n]) / 2
            offsets = (((0, -r - 1), "center", "top"), ((0, r + 1), "center", "bottom"),
                       ((r + 2, 0), "left", "center"), ((-r - 2, 0), "right", "center"),
                       ((r, -r), "left", "top"), ((-r, r), "right", "bottom"),
                       ((r, r), "left", "bottom"), ((-r, -r), "right", "top"))
            avoid = [b for m, b in node_boxes.items() if m != n] if strict else []
            if try_place(pos[n], _wrap(str(g.nodes[n].get("label", n))), offsets, avoid, **node_style):
                labelled.add(n)
    if edge_texts:
        avoid = list(node_boxes.values())
        for u, v, d in g.edges(data=True):
            text = _edge_text(d)
            if text:
                mid = ((pos[u][0] + pos[v][0]) / 2, (pos[u][1] + pos[v][1]) / 2)
                try_place(mid, _wrap(text, 26, 1), (((0, 0), "center", "center"),), avoid,
                          fontsize=7, color="#333333", fontstyle="italic",
                          bbox={"boxstyle": "round,pad=0.1", "fc": "#fbfbf4", "ec": "none", "alpha": 0.85})
    return len(labelled)


def draw_png(g: nx.Graph, path: str | os.PathLike, *, title: str | None = None, top: int | None = PNG_TOP,
             min_weight: float = 0.0, max_edges: int | None = PNG_MAX_EDGES, max_labels: int | None = None,
             dpi: int = 150, seed: int = 0) -> Path:
    """Draw a view to a PNG a person can read; returns the path.

    ``top`` nodes by weighted degree are kept (None or 0: all, and then ``max_edges`` is not
    applied either), fewer when more than ``max_edges`` links would show among them; links
    with fewer than ``min_weight`` sources are dropped; the subtitle says what was left out and how many labels did not fit. Node colour
    shows the group (legend on the right), node size the weighted degree, edge width the
    number of sources, edge colour the relation (second legend).
    """
    from matplotlib.lines import Line2D

    h, note = top_subgraph(g, top=top, min_weight=min_weight, max_edges=max_edges if top else None)
    fig = _new_figure(h.number_of_nodes())
    ax = fig.add_axes((0.01, 0.02, 0.80, 0.86))
    ax.set_axis_off()
    pos = _layout(h, seed=seed)
    deg = weighted_degree(h)
    max_deg = max(deg.values(), default=1.0) or 1.0
    n = max(h.number_of_nodes(), 1)
    base = 700 if n <= 30 else 450 if n <= 80 else 250
    sizes = {v: base * (0.35 + 0.65 * math.sqrt(deg[v] / max_deg)) for v in h.nodes}
    if pos:
        xs = [p[0] for p in pos.values()]
        ys = [p[1] for p in pos.values()]
        pad_x = max((max(xs) - min(xs)) * 0.08, 0.8)
        pad_y = max((max(ys) - min(ys)) * 0.08, 0.8)
        ax.set_xlim(min(xs) - pad_x, max(xs) + pad_x)
        ax.set_ylim(min(ys) - pad_y, max(ys) + pad_y)

    edge_colours = _edge_colours(h)
    nodelist = sorted(h.nodes, key=lambda v: -deg[v])
    edges = list(h.edges(data=True))
    if edges:
        max_w = max(float(d.get("weight", 1.0)) for *_, d in edges)
        widths = [_edge_width(float(d.get("weight", 1.0)), max_w) for *_, d in edges]
        colours = [edge_colours.get(_first_label(d), EDGE_OTHER) for *_, d in edges]
        arrows = h.is_directed() and len(edges) <= 600  # FancyArrowPatch is slow beyond that
        style = {"arrowstyle": "-|>", "arrowsize": 12, "node_size": [sizes[v] for v in h.nodes],
                 "nodelist": list(h.nodes), "connectionstyle": "arc3,rad=0.06", "min_target_margin": 4} if arrows else {}
        nx.draw_networkx_edges(h, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges], width=widths,
                               edge_color=colours, alpha=0.75, arrows=arrows, **style)
    ax.scatter([pos[v][0] for v in nodelist], [pos[v][1] for v in nodelist],
               s=[sizes[v] for v in nodelist], edgecolors="white", linewidths=1.2, zorder=3,
               c=[GROUP_COLOURS.get(h.nodes[v].get("group"), GROUP_COLOURS["other"]) for v in nodelist])
    shown = _place_labels(fig, ax, h, pos, sizes, nodelist, max_labels=max_labels,
                          edge_texts=h.number_of_edges() <= 80)

    groups = sorted({h.nodes[v].get("group", "other") for v in h.nodes})
    node_handles = [Line2D([], [], marker="o", linestyle="", markersize=10, markeredgecolor="white",
                           markerfacecolor=GROUP_COLOURS.get(gr, GROUP_COLOURS["other"]), label=gr) for gr in groups]
    legend = fig.legend(handles=node_handles, title="nodes", loc="upper left", bbox_to_anchor=(0.82, 0.88),
                        frameon=False, fontsize=10, title_fontsize=11, alignment="left")
    fig.add_artist(legend)
    used = {_first_label(d) for *_, d in edges}
    edge_handles = [Line2D([], [], color=c, linewidth=2.5, label=_wrap(label, 24, 1))
                    for label, c in edge_colours.items() if label in used]
    if len(used - set(edge_colours)) > 0:
        edge_handles.append(Line2D([], [], color=EDGE_OTHER, linewidth=2.5, label="other"))
    max_sources = max((int(d.get("sources", 0)) for *_, d in edges), default=0)
    edge_handles.append(Line2D([], [], color="#555555", linewidth=0.8, label="1 source"))
    if max_sources > 1:
        edge_handles.append(Line2D([], [], color="#555555", linewidth=5.0, label=f"{max_sources} sources"))
    fig.legend(handles=edge_handles, title="links", loc="upper left", bbox_to_anchor=(0.82, 0.50),
               frameon=False, fontsize=10, title_fontsize=11, alignment="left")

    fig.suptitle(title or _default_title(g), x=0.41, y=0.975, fontsize=16, fontweight="bold")
    sub = [_summary(h)]
    if note:
        sub = [note]
    if shown < h.number_of_nodes():
        sub.append(f"labels on the {shown} best-connected of {h.number_of_nodes()} nodes (the rest did not fit)")
    fig.text(0.41, 0.925, "\n".join(sub), ha="center", va="top", fontsize=10, color="#444444")

    p = Path(path)
    return _atomic_write(p, lambda t: fig.savefig(t, format="png", dpi=dpi, facecolor="white"))


# ----------------------------------------------------------------------------------------- HTML

def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as bundled in the pyvis package (no web access)."""
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
    if not (lib / "vis-network.min.js").is_file():
        lib = Path(pyvis.__file__).resolve().parent / "lib" / "vis-9.1.2"
    return ((lib / "vis-network.min.js").read_text(encoding="utf-8"),
            (lib / "vis-network.css").read_text(encoding="utf-8"))


def _tooltip(data: dict, keys: tuple[str, ...]) -> str:
    return "\n".join(f"{k}: {data[k]}" for k in keys if k in data and data[k] not in ("", None))


NODE_KEYS = ("label", "class", "iri", "sources")
EDGE_KEYS = ("label", "predicate", "award", "category", "rank", "year", "date", "role", "acting",
             "status", "count", "sources", "edges")

PAGE = """<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
  html, body {{ margin: 0; height: 100%; font-family: system-ui, sans-serif; color: #222; }}
  header {{ padding: 8px 14px; border-bottom: 1px solid #ddd; }}
  header h1 {{ font-size: 18px; margin: 0 0 4px 0; }}
  header p {{ font-size: 13px; margin: 0; color: #555; }}
  #main {{ display: flex; height: calc(100% - 64px); }}
  #network {{ flex: 1; }}
  aside {{ width: 220px; padding: 10px; border-left: 1px solid #ddd; font-size: 13px; overflow: auto; }}
  aside .dot {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 6px; vertical-align: middle; }}
  aside .bar {{ display: inline-block; width: 18px; height: 3px; margin-right: 6px; vertical-align: middle; }}
  aside input {{ width: 100%; box-sizing: border-box; margin-bottom: 10px; }}
  div.vis-tooltip {{ white-space: pre-line; max-width: 420px; font-family: system-ui, sans-serif; font-size: 12px; }}
</style>
<script>{vis_js}</script>
</head>
<body>
<header><h1>{title}</h1><p>{subtitle}</p></header>
<div id="main">
<div id="network"></div>
<aside>
<input id="find" list="labels" placeholder="find a node\u2026">
<datalist id="labels"></datalist>
<b>nodes</b><br>{node_legend}<br><b>links</b><br>{edge_legend}
<p>Drag to pan, scroll to zoom, hover for details, click a node to highlight its links.</p>
</aside>
</div>
<script>
const DATA = {data};
function tip(text) {{ const el = document.createElement("div"); el.innerText = text; return el; }}
DATA.nodes.forEach(n => {{ n.title = tip(n.title); }});
DATA.edges.forEach(e => {{ e.title = tip(e.title); }});
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const network = new vis.Network(document.getElementById("network"), {{nodes, edges}}, {{
  physics: false,
  interaction: {{ hover: true, tooltipDelay: 120, hideEdgesOnDrag: DATA.edges.length > 2000 }},
  nodes: {{ shape: "dot", scaling: {{ min: 6, max: 36, label: {{ enabled: true, min: 10, max: 22, drawThreshold: 7 }} }},
            font: {{ size: 12, face: "system-ui" }}, borderWidth: 1 }},
  edges: {{ smooth: DATA.edges.length > 1500 ? false : {{ type: "continuous" }}, color: {{ inherit: false }},
            scaling: {{ min: 1, max: 8 }}, arrows: {{ to: {{ enabled: DATA.directed, scaleFactor: 0.5 }} }} }}
}});
const list = document.getElementById("labels");
DATA.nodes.forEach(n => {{ const o = document.createElement("option"); o.value = n.label; list.appendChild(o); }});
document.getElementById("find").addEventListener("change", ev => {{
  const hit = DATA.nodes.find(n => n.label === ev.target.value);
  if (hit) {{ network.selectNodes([hit.id]); network.focus(hit.id, {{ scale: 1.4, animation: true }}); }}
}});
</script>
</body>
</html>
"""


def draw_html(g: nx.Graph, path: str | os.PathLike, *, title: str | None = None, top: int | None = HTML_TOP,
              min_weight: float = 0.0, seed: int = 0) -> Path:
    """Write an interactive page (pan, zoom, hover, find) that works offline; returns the path.

    vis-network is inlined from the pyvis package, so the file fetches nothing when opened.
    Positions are computed here (the same layout as the PNG), so even a large page shows at once.
    """
    h, note = top_subgraph(g, top=top, min_weight=min_weight)
    pos = _layout(h, seed=seed)
    deg = weighted_degree(h)
    edge_colours = _edge_colours(h)
    spread = 90.0  # pixels between neighbouring nodes
    nodes = []
    for v, d in h.nodes(data=True):
        x, y = pos.get(v, (0.0, 0.0))
        tip = _tooltip(d, NODE_KEYS) + f"\nlinks: {h.degree(v)}"
        nodes.append({"id": v, "label": str(d.get("label", v))[:60], "title": tip,
                      "color": GROUP_COLOURS.get(d.get("group"), GROUP_COLOURS["other"]),
                      "value": round(deg[v], 3), "x": round(x * spread, 1), "y": round(-y * spread, 1),
                      "group_name": d.get("group", "other")})
    edges = []
    for u, v, d in h.edges(data=True):
        edges.append({"from": u, "to": v, "value": float(d.get("weight", 1.0)), "title": _tooltip(d, EDGE_KEYS),
                      "color": edge_colours.get(_first_label(d), EDGE_OTHER)})
    data = {"nodes": nodes, "edges": edges, "directed": h.is_directed()}
    groups = sorted({n["group_name"] for n in nodes})
    node_legend = "<br>".join(f'<span class="dot" style="background:{GROUP_COLOURS.get(gr, GROUP_COLOURS["other"])}"></span>{html.escape(gr)}'
                              for gr in groups)
    edge_legend = "<br>".join(f'<span class="bar" style="background:{c}"></span>{html.escape(label)}'
                              for label, c in edge_colours.items())
    subtitle = note or _summary(h)
    vis_js, vis_css = _vis_assets()
    page = PAGE.format(
        title=html.escape(title or _default_title(g)), subtitle=html.escape(subtitle),
        vis_css=vis_css, vis_js=vis_js, node_legend=node_legend, edge_legend=edge_legend,
        data=json.dumps(data, ensure_ascii=False).replace("</", "<\\/"))
    p = Path(path)
    return _atomic_write(p, lambda t: t.write_text(page, encoding="utf-8"))


__all__ = ["draw_png", "draw_html", "GROUP_COLOURS", "PNG_TOP", "HTML_TOP"]
