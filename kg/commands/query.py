"""``kg query``: run a bundled query, a .rq file or SPARQL text on a graph file, a store or an endpoint."""
from __future__ import annotations

import sys
from pathlib import Path

import click

DEFAULT_STORE = Path("kg-store")


@click.command(name="query")
@click.argument("query_", metavar="QUERY", required=False)
@click.option("--graph", "graph", type=click.Path(path_type=Path, dir_okay=False),
              help="A graph file (.ttl .trig .nt .nq .jsonld), loaded into memory.")
@click.option("--store", "store", type=click.Path(path_type=Path, file_okay=False),
              help="An Oxigraph store (kg build --store DIR); default ./kg-store when it exists.")
@click.option("--endpoint", metavar="URL", help="A SPARQL endpoint's query URL.")
@click.option("--default-graph", "default_graphs", metavar="IRI", multiple=True,
              help="Query this named graph as the default graph (repeatable), e.g. the graph "
                   "kg push wrote. Default: the union of all graphs locally, the endpoint's own default remotely.")
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True, help="Output format.")
@click.option("--param", "params", metavar="NAME=VALUE", multiple=True,
              help="Fill the query's VALUES/BIND placeholder ?NAME (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the bundled queries and their questions.")
@click.option("--timeout", type=float, default=60.0, show_default=True, metavar="SECONDS",
              help="Give up on an endpoint after this long.")
@click.option("--user", help="User name for the endpoint.")
@click.option("--password", help="Password for the endpoint.")
def query(query_: str | None, graph: Path | None, store: Path | None, endpoint: str | None,
          default_graphs: tuple[str, ...], output_format: str, params: tuple[str, ...], list_: bool,
          timeout: float, user: str | None, password: str | None) -> None:
    """Answer a research question with SPARQL.

    QUERY is the name of a bundled query (see --list), a path to a .rq file, or SPARQL text
    (the project's prefixes award:, org:, foaf:, skos:, schema: ... need no PREFIX lines).

    \b
    Examples:
      kg query --list
      kg query who_handed_what_to_whom --graph awards.ttl
      kg query region_record --store kg-store --param region_label="Kabupaten Bekasi"
      kg query 'SELECT ?name WHERE { ?p a foaf:Person ; foaf:name ?name }' --format csv
      kg query top_presenters --endpoint http://127.0.0.1:7878/query
    """
    from kg import query as q
    from kg.errors import QueryError

    if list_:
        _print_list(q.bundled_queries(), output_format)
        return
    if query_ is None:
        raise click.UsageError("give a QUERY (a bundled name, a .rq file or SPARQL text), or --list")
    if graph is None and store is None and endpoint is None:
        if not DEFAULT_STORE.is_dir():
            raise QueryError("nothing to query: give --graph FILE, --store DIR or --endpoint URL "
                             f"(./{DEFAULT_STORE} does not exist)")
        store = DEFAULT_STORE
    label, text = q.prepare_query(query_, params=q.parse_params(params))
    result = q.run_query(text, graph=graph, store=store, endpoint=endpoint, default_graphs=default_graphs,
                         timeout=timeout, user=user, password=password, label=label)
    if output_format == "csv":
        sys.stdout.write(q.to_csv(result))
    elif output_format == "json":
        sys.stdout.write(q.to_json(result))
    else:
        q.print_table(result, title=label if label != "query" else None)


def _print_list(queries: list, output_format: str) -> None:
    """The bundled queries as a table, CSV or JSON: name, question, parameters."""
    from kg.query import QueryResult, print_table, to_csv, to_json

    rows = [(b.name, b.question, ", ".join(b.params)) for b in queries]
    result = QueryResult(("query", "question", "parameters"), rows)
    if output_format == "csv":
        sys.stdout.write(to_csv(result))
    elif output_format == "json":
        sys.stdout.write(to_json(result))
    else:
        print_table(result, title="Bundled queries (kg query NAME)")
