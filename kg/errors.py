"""Errors the library raises; the CLI turns each into one clean line and a non-zero exit."""


class KgError(Exception):
    """Base class of every error awardkg raises on purpose."""


class InputError(KgError):
    """An input file or folder that cannot be read as articles."""


class QueryError(KgError):
    """A query that cannot be found, parsed or answered."""


class EndpointError(KgError):
    """A remote SPARQL endpoint that is down, failing or too slow."""
