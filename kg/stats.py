"""Figures about a graph: what it holds, who is central, which regions win.

``graph_stats`` is a pure function of an rdflib graph (or Dataset: the union is read) and
returns plain data (JSON-ready); ``stats_tables`` turns that into rich tables for a terminal.

Centralities are computed on the actor network (``kg.network.actor_network``): people and
organizations, linked when they meet in an event or one is a unit of the other.
Betweenness is exact up to ``exact_limit`` actors, and estimated from a seeded sample of
sources above that.
"""
from __future__ import annotations

from collections import Counter, defaultdict

import networkx as nx
from rdflib import Graph, URIRef

from kg.namespaces import AWARD, ORG, RDF, SCHEMA
from kg.network import EVENT_CLASSES, Describer, actor_network, curie, union_view

BETWEENNESS_SAMPLE = 150


def _ranked(scores: dict[str, float], g: nx.Graph, top: int) -> list[dict]:
    order = sorted(scores, key=lambda n: (-scores[n], g.nodes[n].get("label", n), n))[:top]
    return [{"label": g.nodes[n]["label"], "class": g.nodes[n]["class"], "iri": n,
             "score": round(float(scores[n]), 6)} for n in order]


def centrality(actors: nx.Graph, *, top: int = 10, exact_limit: int = 2000, seed: int = 0) -> dict:
    """The ``top`` actors by degree (distinct partners), betweenness and PageRank (weighted)."""
    if actors.number_of_nodes() == 0:
        return {"degree": [], "betweenness": [], "pagerank": [], "betweenness_sample": None}
    degree = dict(actors.degree())
    sample = None
    if actors.number_of_nodes() > exact_limit:
        sample = min(BETWEENNESS_SAMPLE, actors.number_of_nodes())
        between = nx.betweenness_centrality(actors, k=sample, seed=seed)
    else:
        between = nx.betweenness_centrality(actors)
    pagerank = nx.pagerank(actors, weight="weight")
    return {"degree": _ranked(degree, actors, top), "betweenness": _ranked(between, actors, top),
            "pagerank": _ranked(pagerank, actors, top), "betweenness_sample": sample}


def components(actors: nx.Graph) -> dict:
    """How the actor network falls apart: count, sizes of the largest five, single actors."""
    sizes = sorted((len(c) for c in nx.connected_components(actors)), reverse=True)
    return {"count": len(sizes), "largest": sizes[:5], "isolated": sum(1 for s in sizes if s == 1)}


def _province_of(graph: Graph, region: URIRef, describe: Describer) -> URIRef | None:
    seen = set()
    node: URIRef | None = region
    while node is not None and node not in seen:
        seen.add(node)
        if (node, RDF.type, AWARD.Province) in graph:
            return node
        node = next(iter(sorted(graph.objects(node, AWARD.partOf))), None)
    return None


def regions_by_awards(graph: Graph, *, top: int | None = 10) -> list[dict]:
    """Regions ranked by the conferrals their governments (or their units) won.

    Each row: region label, IRI and class, its province, ``awards`` (distinct conferrals),
    ``first_places`` (rank 1), ``best_rank`` and the award ``years``. Sorted by awards, then
    first places, then best rank. Recipients that govern no region (companies) are not counted.
    """
    graph = union_view(graph)
    describe = Describer(graph)
    won: dict[URIRef, dict] = defaultdict(lambda: {"awards": set(), "firsts": set(), "ranks": [], "years": set()})
    for c in set(graph.subjects(RDF.type, AWARD.AwardConferral)):
        ranks = [int(r) for r in graph.objects(c, AWARD.rank) if str(r).isdigit()]
        years = {str(y)[:4] for y in graph.objects(c, AWARD.awardYear)}
        for recipient in graph.objects(c, AWARD.recipient):
            regions = set(graph.objects(recipient, AWARD.governs))
            if not regions:
                for parent in graph.objects(recipient, ORG.subOrganizationOf):
                    regions |= set(graph.objects(parent, AWARD.governs))
            if not regions and describe.class_of(recipient)[1] == "region":
                regions = {recipient}
            for region in regions:
                row = won[region]
                row["awards"].add(c)
                if ranks and min(ranks) == 1:
                    row["firsts"].add(c)
                row["ranks"].extend(ranks)
                row["years"] |= years
    rows = []
    for region, row in won.items():
        province = _province_of(graph, region, describe)
        rows.append({
            "region": describe.label(region), "iri": str(region), "class": describe.class_of(region)[0],
            "province": describe.label(province) if province is not None else None,
            "awards": len(row["awards"]), "first_places": len(row["firsts"]),
            "best_rank": min(row["ranks"]) if row["ranks"] else None, "years": sorted(row["years"]),
        })
    rows.sort(key=lambda r: (-r["awards"], -r["first_places"], r["best_rank"] or 99, r["region"], r["iri"]))
    return rows[:top] if top else rows


def graph_stats(graph: Graph, *, top: int = 10, exact_limit: int = 2000, seed: int = 0) -> dict:
    """Everything ``kg stats`` shows, as JSON-ready data.

    Keys: ``triples``, ``articles``, ``classes`` (instances per class, most first), ``events``
    (per kind), ``actors`` (size of the actor network), ``central`` (degree, betweenness,
    PageRank top lists, and the betweenness sample size or None when exact), ``components``,
    ``regions`` (ranked by awards won).
    """
    graph = union_view(graph)
    classes = Counter(curie(t) for s, t in graph.subject_objects(RDF.type) if isinstance(t, URIRef))
    events = {kind: sum(1 for _ in graph.subjects(RDF.type, cls)) for cls, kind in EVENT_CLASSES.items()}
    actors = actor_network(graph)
    central = centrality(actors, top=top, exact_limit=exact_limit, seed=seed)
    return {
        "triples": len(graph),
        "articles": sum(1 for _ in graph.subjects(RDF.type, SCHEMA.NewsArticle)),
        "classes": [{"class": c, "count": n} for c, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))],
        "events": events,
        "actors": {"nodes": actors.number_of_nodes(), "links": actors.number_of_edges()},
        "central": central,
        "components": components(actors),
        "regions": regions_by_awards(graph, top=top),
    }


def year_spans(years: list[str]) -> str:
    """``["2017", "2018", "2019", "2022"]`` -> ``"2017-2019, 2022"``."""
    nums = sorted({int(y) for y in years if str(y).isdigit()})
    spans: list[list[int]] = []
    for y in nums:
        if spans and y == spans[-1][1] + 1:
            spans[-1][1] = y
        else:
            spans.append([y, y])
    return ", ".join(f"{a}" if a == b else f"{a}\u2013{b}" for a, b in spans)


def stats_tables(stats: dict, *, title: str | None = None) -> list:
    """rich renderables (a heading and tables) showing ``graph_stats`` output in a terminal."""
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    out: list = []
    comp = stats["components"]
    head = Text()
    if title:
        head.append(f"{title}\n", style="bold")
    head.append(f"{stats['triples']:,} triples, {stats['articles']:,} articles; actor network "
                f"{stats['actors']['nodes']:,} actors, {stats['actors']['links']:,} links, "
                f"{comp['count']:,} connected components (largest {', '.join(map(str, comp['largest'])) or '-'}; "
                f"{comp['isolated']:,} alone)")
    out.append(head)

    counts = Table(title="Instances per class", title_justify="left", show_edge=False)
    counts.add_column("class")
    counts.add_column("count", justify="right")
    for row in stats["classes"]:
        counts.add_row(row["class"], f"{row['count']:,}")
    events = Table(title="Events per kind", title_justify="left", show_edge=False)
    events.add_column("kind")
    events.add_column("count", justify="right")
    for kind, n in stats["events"].items():
        events.add_row(kind, f"{n:,}")
    grid = Table.grid(padding=(0, 4))
    grid.add_row(counts, events)
    out.append(grid)

    central = stats["central"]
    sample = central.get("betweenness_sample")
    note = f" (estimated from {sample} sampled actors)" if sample else ""
    table = Table(title=f"Most central actors{note}", title_justify="left", show_edge=False)
    for heading in ("degree (partners)", "betweenness", "PageRank"):
        table.add_column(heading, no_wrap=True, overflow="ellipsis")
    rows = max(len(central["degree"]), len(central["betweenness"]), len(central["pagerank"]))
    fmt = {"degree": lambda s: f"{int(s)}", "betweenness": lambda s: f"{s:.3f}", "pagerank": lambda s: f"{s:.3f}"}
    for i in range(rows):
        cells = []
        for key in ("degree", "betweenness", "pagerank"):
            lst = central[key]
            cells.append(f"[dim]{fmt[key](lst[i]['score'])}[/dim] {escape(lst[i]['label'])}" if i < len(lst) else "")
        table.add_row(*cells)
    out.append(table)

    regions = Table(title="Regions by awards won", title_justify="left", show_edge=False)
    for col, justify in (("#", "right"), ("region", "left"), ("province", "left"), ("awards", "right"),
                         ("1st", "right"), ("best", "right"), ("years", "left")):
        regions.add_column(col, justify=justify)
    for i, r in enumerate(stats["regions"], start=1):
        regions.add_row(str(i), escape(r["region"]), escape(r["province"] or ""), str(r["awards"]), str(r["first_places"]),
                        str(r["best_rank"] or ""), year_spans(r["years"]))
    out.append(regions)
    return out


__all__ = ["graph_stats", "year_spans", "centrality", "components", "regions_by_awards", "stats_tables"]
