"""``kg build``: articles in, a knowledge graph out."""
from __future__ import annotations

import click

from kg.namespaces import DEFAULT_BASE


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False),
              help="Graph file to write; its ending picks the format: .ttl .trig .nt .nq .jsonld")
@click.option("--base", default=DEFAULT_BASE, show_default=True, help="Base IRI of the graph's instances.")
@click.option("--store", type=click.Path(file_okay=False), default=None,
              help="Also write the graph into this on-disk Oxigraph store (replacing its content).")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing on success.")
def build(inputs: tuple[str, ...], output: str, base: str, store: str | None, quiet: bool) -> None:
    """Build a knowledge graph from news articles.

    INPUTS are .txt and .html files, .jsonl files (one article a line with
    id and text, optionally url, title, date, publisher) and folders of them.

    \b
    Examples:
      kg build examples/ --output awards.ttl
      kg build news.jsonl extra/ --output awards.trig --store kg-store
      kg build article.html --output one.jsonld --base https://example.org/kg/
    """
    from kg.build import build as build_graph

    report = build_graph(inputs, output=output, base=base, store=store)
    if not quiet:
        click.echo(
            f"{report.output}: {report.triples} triples from {report.articles} articles "
            f"({report.conferrals} conferrals, {report.nominations} nominations, {report.coverages} coverage facts, "
            f"{report.persons} people, {report.organizations} organizations) in {report.seconds:.1f} s",
            err=True,
        )
        if report.store_quads is not None:
            click.echo(f"{store}: {report.store_quads} quads in the store", err=True)
