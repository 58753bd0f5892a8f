"""``kg stats``: counts, central actors, components and the regions that win most."""
from __future__ import annotations

from pathlib import Path

import click


@click.command("stats")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: for people, in the terminal; json: for programs.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many central actors and regions to list.")
def stats(graph: Path, fmt: str, top: int) -> None:
    """Show what GRAPH (a file from `kg build`) holds and who is central in it.

    Instances per class and events per kind; the most central actors (people and
    organizations linked through the events they share) by degree, betweenness and
    PageRank; the connected components; the regions whose governments won most.

    \b
    Examples:
      kg stats awards.ttl
      kg stats awards.trig --top 20
      kg stats awards.ttl --format json | jq '.regions[0]'
    """
    import json

    from kg.network import read_graph
    from kg.stats import graph_stats

    data = graph_stats(read_graph(graph), top=top)
    data = {"graph": str(graph), **data}
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    import shutil

    from rich.console import Console

    from kg.stats import stats_tables

    console = Console(width=max(100, shutil.get_terminal_size((120, 40)).columns), soft_wrap=False)
    for i, part in enumerate(stats_tables(data, title=str(graph))):
        if i:
            console.print()
        console.print(part)
