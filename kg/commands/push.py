"""``kg push``: load a built graph into a SPARQL 1.1 store as one named graph, replacing it."""
from __future__ import annotations

from pathlib import Path

import click

from kg.remote import BATCH_SIZE, MAIN_GRAPH, METHODS


@click.command(name="push")
@click.argument("source", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, metavar="URL", help="The store's SPARQL query URL.")
@click.option("--graph", "graph", default=MAIN_GRAPH, show_default=True, metavar="IRI",
              help="The named graph to replace.")
@click.option("--update-endpoint", metavar="URL", help="SPARQL Update URL (derived from --endpoint when not given).")
@click.option("--store-endpoint", metavar="URL",
              help="Graph Store Protocol URL (derived from --endpoint for Oxigraph, Fuseki and Virtuoso).")
@click.option("--method", type=click.Choice(METHODS), default="auto", show_default=True,
              help="gsp: Graph Store PUT; update: INSERT DATA batches; auto: GSP where offered, else updates.")
@click.option("--batch-size", type=click.IntRange(min=1), default=BATCH_SIZE, show_default=True,
              help="Triples per INSERT DATA request.")
@click.option("--user", help="User name for the store.")
@click.option("--password", help="Password for the store.")
@click.option("--auth", type=click.Choice(["basic", "digest"]), default="basic", show_default=True,
              help="HTTP authentication scheme (Virtuoso's /sparql-auth wants digest).")
@click.option("--timeout", type=float, default=600.0, show_default=True, metavar="SECONDS",
              help="Give up on a request after this long (loading and swapping a million triples "
                   "takes Oxigraph a few minutes).")
def push(source: Path, endpoint: str, graph: str, update_endpoint: str | None, store_endpoint: str | None,
         method: str, batch_size: int, user: str | None, password: str | None, auth: str,
         timeout: float) -> None:
    """Replace a named graph of a SPARQL store with SOURCE (a graph file or an Oxigraph store).

    The triples go to a temporary graph first, and replace the target graph in one MOVE once
    they are all there: a failure leaves the target as it was. All graphs of SOURCE are
    merged into the one named graph.

    \b
    Endpoints (query URL; the update and Graph Store URLs are derived):
      Oxigraph  http://localhost:7878/query
      Fuseki    http://localhost:3030/ds/query
      Virtuoso  http://localhost:8890/sparql

    \b
    Example:
      kg push awards.ttl --endpoint http://localhost:7878/query
      kg query top_presenters --endpoint http://localhost:7878/query \\
          --default-graph https://w3id.org/awardkg/graph/main
    """
    from kg.remote import push as push_graph

    report = push_graph(source, endpoint=endpoint, graph=graph, update_endpoint=update_endpoint,
                        store_endpoint=store_endpoint, user=user, password=password, auth=auth,
                        timeout=timeout, batch_size=batch_size, method=method)
    click.echo(f"Pushed {report.triples:,} triples to <{report.graph}> at {report.endpoint} "
               f"in {report.seconds:.2f} s ({report.method}, {report.requests} requests).")
    click.echo(f"Query it: kg query NAME --endpoint {report.endpoint} --default-graph {report.graph}")
