"""The embedded Oxigraph store: write a built graph into it, open it, and load graph files.

Queries on a store (or on a graph file loaded into memory here) run in Oxigraph, which loads
and answers an order of magnitude faster than rdflib's engine (see the field notes).

A store written by :func:`replace_store` is a plain pyoxigraph/RocksDB directory, so
``oxigraph serve-read-only --location DIR`` (``kg serve``) can serve it as it is.
"""
from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError
from kg.query import one_line

if TYPE_CHECKING:  # the heavy imports stay inside the functions that need them
    import pyoxigraph
    import rdflib


def graph_format(path: Path) -> "pyoxigraph.RdfFormat":
    """The RDF format that a graph file's ending stands for (.ttl .trig .nt .nq .jsonld .rdf ...)."""
    import pyoxigraph

    rdf_format = pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip("."))
    if rdf_format is None:
        raise InputError(f"{path}: unknown graph file ending {path.suffix!r} "
                         "(use .ttl, .trig, .nt, .nq, .jsonld or .rdf)")
    return rdf_format


def load_graph_file(path: Path) -> "pyoxigraph.Store":
    """Load a graph file (format by ending) into a new in-memory Oxigraph store."""
    import pyoxigraph

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file")
    rdf_format = graph_format(path)
    store = pyoxigraph.Store()
    try:
        store.bulk_load(path=str(path), format=rdf_format)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"{path}: cannot read it as {rdf_format}: {one_line(exc)}") from exc
    return store


def is_store(directory: Path) -> bool:
    """Whether a directory holds an Oxigraph (RocksDB) store."""
    return (Path(directory) / "CURRENT").is_file()


def open_store(directory: Path) -> "pyoxigraph.Store":
    """Open an on-disk Oxigraph store for reading (a running ``kg serve`` may share it)."""
    import pyoxigraph

    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: no such store directory")
    if not is_store(directory):
        raise InputError(f"{directory}: not an Oxigraph store (build one with kg build ... --store DIR)")
    try:
        return pyoxigraph.Store.read_only(str(directory))
    except OSError as exc:
        raise InputError(f"{directory}: cannot open the store: {one_line(exc)}") from exc


def replace_store(dataset: "rdflib.Dataset | rdflib.Graph", directory: Path) -> int:
    """Write a graph into the Oxigraph store at ``directory``, replacing what it held; return the quad count.

    The quads are bulk-loaded into a fresh store beside ``directory``, which then takes its place
    by two renames. Until the new store is complete, the old one is untouched (a failed or
    interrupted build leaves it as it was), and readers that already opened the old store
    (a running ``kg serve``) go on reading a consistent copy. A single Oxigraph transaction
    would hold all quads in memory, and ``bulk_extend`` (the fast loader) is not transactional,
    hence the swap. Named graphs are kept as they are; a plain ``Graph`` goes to the default graph.
    """
    import pyoxigraph

    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise InputError(f"{directory}: exists and is not a directory")
    if directory.is_dir() and any(directory.iterdir()) and not is_store(directory):
        raise InputError(f"{directory}: not empty and not an Oxigraph store; refusing to replace it")
    directory.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{directory.name}.new-", dir=directory.parent))
    try:
        store = pyoxigraph.Store(str(fresh))
        store.bulk_extend(to_oxigraph_quads(dataset))
        store.flush()
        count = len(store)
        del store  # closes the RocksDB handle before the directory moves
        _swap_directories(fresh, directory)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    return count


def _swap_directories(fresh: Path, target: Path) -> None:
    """Put ``fresh`` where ``target`` is; the old ``target`` is removed once the new one is in place."""
    if not target.exists():
        fresh.rename(target)
        return
    old = target.with_name(f".{target.name}.old-{uuid.uuid4().hex[:12]}")
    target.rename(old)
    try:
        fresh.rename(target)
    except BaseException:
        old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def to_oxigraph_quads(dataset: "rdflib.Dataset | rdflib.Graph") -> Iterator["pyoxigraph.Quad"]:
    """The quads of an rdflib Dataset (or the triples of a Graph) as pyoxigraph quads."""
    import pyoxigraph
    import rdflib

    cache: dict[Any, Any] = {}
    default_graph = rdflib.graph.DATASET_DEFAULT_GRAPH_ID

    def term(node: Any) -> Any:
        converted = cache.get(node)
        if converted is None:
            converted = cache[node] = _oxigraph_term(node, pyoxigraph, rdflib)
        return converted

    if isinstance(dataset, rdflib.ConjunctiveGraph):  # a Dataset is one too
        for s, p, o, g in dataset.quads((None, None, None, None)):
            name = getattr(g, "identifier", g)
            graph = pyoxigraph.DefaultGraph() if name in (None, default_graph) else term(name)
            yield pyoxigraph.Quad(term(s), term(p), term(o), graph)
    else:
        for s, p, o in dataset.triples((None, None, None)):
            yield pyoxigraph.Quad(term(s), term(p), term(o), pyoxigraph.DefaultGraph())


def _oxigraph_term(node: Any, pyoxigraph: Any, rdflib: Any) -> Any:
    """One rdflib term as a pyoxigraph term."""
    if isinstance(node, rdflib.URIRef):
        return pyoxigraph.NamedNode(str(node))
    if isinstance(node, rdflib.BNode):
        return pyoxigraph.BlankNode(str(node))
    if isinstance(node, rdflib.Literal):
        if node.language:
            return pyoxigraph.Literal(str(node), language=node.language)
        if node.datatype:
            return pyoxigraph.Literal(str(node), datatype=pyoxigraph.NamedNode(str(node.datatype)))
        return pyoxigraph.Literal(str(node))
    raise InputError(f"cannot store the RDF term {node!r}")
