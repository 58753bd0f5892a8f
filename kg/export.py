"""Writing graphs to files: the format follows the file's ending, and the file appears whole or not at all."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset

from kg.errors import KgError

FORMATS = {".ttl": "turtle", ".trig": "trig", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld"}


def format_for(path: str | Path) -> str:
    """The rdflib format name for a file ending; a KgError for an ending we do not write."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise KgError(f"{path}: unknown output format {suffix or '(none)'}; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def write_graph(ds: Dataset, path: str | Path) -> int:
    """Write the dataset to ``path`` (named graphs for .trig/.nq, their union otherwise); returns the triple count."""
    from kg.graph import union_graph

    path = Path(path)
    fmt = format_for(path)
    if fmt in ("trig", "nquads"):
        data = ds.serialize(format=fmt)
        count = sum(1 for _ in ds.quads((None, None, None, None)))
    else:
        graph = union_graph(ds)
        data = graph.serialize(format=fmt, **({"auto_compact": True} if fmt == "json-ld" else {}))
        count = len(graph)
    write_atomically(path, data.encode("utf-8") if isinstance(data, str) else data)
    return count


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path``, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
