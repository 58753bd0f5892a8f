"""``kg network``: a networkx view of a graph, written as GraphML, GEXF, JSON, HTML or PNG."""
from __future__ import annotations

from pathlib import Path

import click


@click.command("network")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--view", type=click.Choice(["conferrals", "officials", "coverage", "full"]),
              default="conferrals", show_default=True,
              help="conferrals: presenter -> recipient -> region/scope; officials: people and their posts, "
                   "people at one event; coverage: providers -> worker groups; full: everything.")
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write; its ending picks the format: .graphml .gexf .json (node-link) .html .png")
@click.option("--top", type=click.IntRange(min=0), default=None,
              help="Pictures only: keep the N best-connected nodes [default: 60 for .png, 500 for .html; 0: all].")
@click.option("--min-sources", type=click.IntRange(min=0), default=0, show_default=True,
              help="Pictures only: hide links backed by fewer articles (facts about entities count as 1).")
@click.option("--receivers", is_flag=True, help="conferrals view: also link who took the award in hand to the recipient.")
@click.option("--title", help="Title of the picture [default: the view and the graph's file name].")
def network(graph: Path, view: str, output: Path, top: int | None, min_sources: int, receivers: bool,
            title: str | None) -> None:
    """Write a network view of GRAPH (a file from `kg build`: .ttl .trig .nt .jsonld) to OUTPUT.

    Nodes carry their IRI, label, class and group; links their predicate (or the path
    through the event they stand for), how many articles back them, and in the conferrals
    view the award, rank and year. GraphML, GEXF and JSON hold the whole view; a picture of
    a large view keeps the --top best-connected nodes and says in its title what it left out.

    \b
    Examples:
      kg network awards.ttl --view conferrals --output who-honours-whom.png
      kg network awards.ttl --view officials --output officials.html
      kg network awards.trig --view full --output awards.graphml
      kg network awards.ttl --output big.png --top 40 --min-sources 2
    """
    from kg.network import NETWORK_FORMATS, network_view, read_graph, write_network

    if output.suffix.lower() not in NETWORK_FORMATS:
        raise click.BadParameter(f"unknown ending {output.suffix!r}; use one of {', '.join(NETWORK_FORMATS)}",
                                 param_hint="--output")
    options = {"receivers": True} if receivers and view == "conferrals" else {}
    g = network_view(read_graph(graph), view, **options)
    g.graph["source"] = graph.name
    write_network(g, output, title=title, top=top, min_weight=float(min_sources))
    click.echo(f"wrote {output}: {view} view, {g.number_of_nodes():,} nodes, {g.number_of_edges():,} links")
