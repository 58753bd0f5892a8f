"""The ``kg`` command: a thin skin over the library, one verb per library function.

Subcommands are imported only when they run, so that ``kg query`` does not pay for spaCy.
Every library error (``KgError``) becomes one line on stderr and exit code 1.
"""
from __future__ import annotations

import importlib
import sys

import click

# name -> "module:attribute" of a click command; each module holds its command beside nothing
# heavier than the library function it wraps.
COMMANDS: dict[str, str] = {
    "build": "kg.commands.build:build",
    "validate": "kg.commands.validate:validate",
    "query": "kg.commands.query:query",
    "serve": "kg.commands.serve:serve",
    "push": "kg.commands.push:push",
    "network": "kg.commands.network:network",
    "stats": "kg.commands.stats:stats",
}


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when that subcommand is used."""

    def __init__(self, *args, lazy: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = lazy

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy:
            module_name, attr = self.lazy[name].split(":")
            return getattr(importlib.import_module(module_name), attr)
        return super().get_command(ctx, name)


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="awardkg")
def cli() -> None:
    """Build and query knowledge graphs of Indonesian news about social-security awards.

    \b
    Example:
      kg build examples/ --output awards.ttl
      kg query who_handed_what_to_whom --graph awards.ttl
    """


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script: runs the CLI and turns library errors into one line."""
    from kg.errors import KgError

    try:
        cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KgError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)


if __name__ == "__main__":
    main()
