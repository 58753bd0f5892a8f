"""The whole path from input files to a graph file: read -> extract -> resolve -> graph -> export."""
from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset

from kg.namespaces import DEFAULT_BASE
from kg.records import Corpus


@dataclass(frozen=True)
class BuildReport:
    articles: int
    triples: int
    conferrals: int
    nominations: int
    coverages: int
    persons: int
    organizations: int
    seconds: float
    output: Path
    store_quads: int | None = None


def build_corpus(inputs: Sequence[str | Path], *, progress: Callable[[int, int], None] | None = None) -> Corpus:
    """Read and extract every article, then resolve them into one corpus."""
    from kg.extract import extract_many
    from kg.reader import read_articles
    from kg.resolve import resolve

    articles = read_articles(inputs)
    facts = []
    for i, f in enumerate(extract_many(articles), start=1):
        facts.append(f)
        if progress:
            progress(i, len(articles))
    return resolve(facts)


def build_dataset(inputs: Sequence[str | Path], *, base: str = DEFAULT_BASE) -> Dataset:
    """The RDF Dataset of a set of inputs (one named graph per article plus entities)."""
    from kg.graph import corpus_to_dataset

    return corpus_to_dataset(build_corpus(inputs), base=base)


def build(inputs: Sequence[str | Path], *, output: str | Path, base: str = DEFAULT_BASE,
          store: str | Path | None = None, progress: Callable[[int, int], None] | None = None) -> BuildReport:
    """Build the graph of ``inputs`` and write it to ``output`` (format by ending), and to ``store`` if given.

    Nothing is written when any input is unusable: inputs are all read before the first write.
    """
    from kg.export import format_for, write_graph
    from kg.graph import corpus_to_dataset

    started = time.perf_counter()
    format_for(output)  # fail on a bad ending before the work
    corpus = build_corpus(inputs, progress=progress)
    ds = corpus_to_dataset(corpus, base=base)
    triples = write_graph(ds, output)
    store_quads = None
    if store is not None:
        from kg.store import replace_store

        store_quads = replace_store(ds, Path(store))
    kinds = [e.kind for e in corpus.events]
    return BuildReport(
        articles=len(corpus.articles), triples=triples, conferrals=kinds.count("conferral"),
        nominations=kinds.count("nomination"), coverages=kinds.count("coverage"), persons=len(corpus.persons),
        organizations=len(corpus.organizations), seconds=time.perf_counter() - started, output=Path(output),
        store_quads=store_quads)
