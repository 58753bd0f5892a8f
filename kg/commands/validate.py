"""``kg validate``: check a graph file against the project's SHACL shapes."""
from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="SHACL shapes to use instead of the bundled ontology/shapes.ttl.")
@click.option("--warnings/--no-warnings", "show_warnings", default=True, show_default=True,
              help="Also list results of severity Warning (they never fail the check).")
def validate(file: Path, shapes: Path | None, show_warnings: bool) -> None:
    """Check FILE (.ttl, .trig, .nt, .nq, .jsonld) against the SHACL shapes.

    Prints "FILE conforms (N triples)" and exits 0, or lists every violation (focus node,
    property, message, offending value) and exits 1. A .trig file is checked as the union of
    its named graphs. The ontology (ontology/award.ttl) is mixed in, so subclasses such as
    award:Government count as org:Organization.

    \b
    Example:
      kg build examples/ --output awards.ttl
      kg validate awards.ttl
      kg validate awards.trig --no-warnings
    """
    from kg import paths
    from kg.validate import validate_file

    report = validate_file(file, shapes=shapes or paths.SHAPES)
    shown = [v for v in report.violations if show_warnings or v.severity == "Violation"]
    if report.conforms:
        click.echo(f"{file} conforms ({report.triples} triples)")
    else:
        errors = len(report.errors)
        click.echo(f"{file} does not conform ({report.triples} triples): "
                   f"{errors} violation{'s' if errors != 1 else ''}")
    for v in shown:
        line = f"  {v.severity}: {v.focus}"
        if v.path:
            line += f" {v.path}"
        if v.value:
            line += f" = {v.value}"
        click.echo(f"{line}\n      {v.message}")
    if not report.conforms:
        raise SystemExit(1)
