"""``kg serve``: serve an Oxigraph store over HTTP (SPARQL endpoint and a query page for the browser)."""
from __future__ import annotations

import sys
from pathlib import Path

import click


@click.command(name="serve")
@click.option("--store", "store", type=click.Path(path_type=Path, file_okay=False), default=Path("kg-store"),
              show_default=True, help="The Oxigraph store to serve (kg build ... --store DIR).")
@click.option("--bind", default="127.0.0.1:7878", show_default=True, metavar="HOST:PORT",
              help="Address to listen on.")
@click.option("--writable", is_flag=True,
              help="Also accept SPARQL Update and Graph Store writes (default: read-only).")
def serve(store: Path, bind: str, writable: bool) -> None:
    """Serve a store with the Oxigraph server until Ctrl-C.

    The SPARQL endpoint is http://HOST:PORT/query; open http://HOST:PORT/ in a browser for a
    query page. Queries see the union of the store's graphs. Read-only by default, so that
    kg query --store can read the same store meanwhile; --writable also opens /update and /store.

    \b
    Example:
      kg build examples/ --output awards.ttl --store kg-store
      kg serve --store kg-store
      kg query who_handed_what_to_whom --endpoint http://127.0.0.1:7878/query
    """
    from kg.serve import run_server

    def ready(url: str) -> None:
        mode = "read-write" if writable else "read-only"
        click.echo(f"Serving {store} ({mode}); press Ctrl-C to stop.")
        click.echo(f"  SPARQL query endpoint: {url}/query")
        if writable:
            click.echo(f"  SPARQL update endpoint: {url}/update")
            click.echo(f"  Graph Store Protocol:  {url}/store")
        click.echo(f"  query page (browser):  {url}/")

    code = run_server(store, bind=bind, writable=writable, on_ready=ready)
    if code == 0:
        click.echo("Stopped.", err=True)
    sys.exit(code)
