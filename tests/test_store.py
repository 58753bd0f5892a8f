"""The embedded Oxigraph store: replace_store, open_store and graph files."""
from __future__ import annotations

import pyoxigraph
import pytest
import rdflib
from test_query import normalized  # rows compared whatever order GROUP_CONCAT chose

import kg.store
from kg.errors import InputError
from kg.query import prepare_query, run_query
from kg.store import is_store, load_graph_file, open_store, replace_store


@pytest.fixture
def dataset(sparql_small_trig) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(sparql_small_trig)
    return ds


def quad_count(dataset: rdflib.Dataset) -> int:
    return len(list(dataset.quads()))


def quads(directory) -> set[str]:
    return {str(q) for q in open_store(directory)}


def test_replace_store_keeps_named_graphs_and_counts_quads(dataset, tmp_path, sparql_small_trig):
    directory = tmp_path / "kg-store"
    assert replace_store(dataset, directory) == quad_count(dataset) > 300
    assert is_store(directory)
    store = open_store(directory)
    graphs = {g.value for g in store.named_graphs()}
    assert "https://w3id.org/awardkg/graph/article-901" in graphs and len(graphs) == 4
    _, text = prepare_query("who_handed_what_to_whom")
    assert normalized(run_query(text, store=directory).rows) == normalized(run_query(text, graph=sparql_small_trig).rows)


def test_rebuilding_replaces_instead_of_adding(dataset, tmp_path):
    directory = tmp_path / "kg-store"
    replace_store(dataset, directory)
    graph = rdflib.Graph()
    graph.add((rdflib.URIRef("https://example.org/s"), rdflib.URIRef("https://example.org/p"), rdflib.Literal(3)))
    assert replace_store(graph, directory) == 1
    [quad] = list(open_store(directory))
    assert quad.graph_name == pyoxigraph.DefaultGraph()
    assert quad.object == pyoxigraph.Literal("3", datatype=pyoxigraph.NamedNode(
        "http://www.w3.org/2001/XMLSchema#integer"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg-store"], "no temporary directories left"


def test_terms_survive_the_conversion(tmp_path):
    graph = rdflib.Graph()
    s = rdflib.URIRef("https://example.org/s")
    graph.add((s, rdflib.URIRef("https://example.org/label"), rdflib.Literal('kata "dia"\n', lang="id")))
    graph.add((s, rdflib.URIRef("https://example.org/year"), rdflib.Literal("2022", datatype=rdflib.XSD.gYear)))
    graph.add((s, rdflib.URIRef("https://example.org/link"), rdflib.BNode("b1")))
    replace_store(graph, tmp_path / "store")
    objects = {q.predicate.value.rsplit("/", 1)[1]: q.object for q in open_store(tmp_path / "store")}
    assert objects["label"] == pyoxigraph.Literal('kata "dia"\n', language="id")
    assert objects["year"].datatype.value == "http://www.w3.org/2001/XMLSchema#gYear"
    assert isinstance(objects["link"], pyoxigraph.BlankNode)


def test_a_failed_rebuild_leaves_the_old_store(dataset, tmp_path, monkeypatch):
    directory = tmp_path / "kg-store"
    replace_store(dataset, directory)
    before = quads(directory)
    first_ten = list(kg.store.to_oxigraph_quads(dataset))[:10]

    def broken(_dataset):
        yield from first_ten
        raise RuntimeError("build interrupted")

    monkeypatch.setattr(kg.store, "to_oxigraph_quads", broken)
    with pytest.raises(RuntimeError, match="interrupted"):
        replace_store(dataset, directory)
    assert quads(directory) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg-store"]


def test_replace_store_refuses_a_folder_that_is_not_a_store(dataset, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "thesis.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="not an Oxigraph store"):
        replace_store(dataset, folder)
    assert (folder / "thesis.txt").read_text(encoding="utf-8") == "keep me"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert replace_store(dataset, empty) == quad_count(dataset)


def test_open_store_errors(tmp_path):
    with pytest.raises(InputError, match="no such store directory"):
        open_store(tmp_path / "missing")
    with pytest.raises(InputError, match="not an Oxigraph store"):
        open_store(tmp_path)


def test_load_graph_file_reads_trig_into_memory(sparql_small_trig, dataset):
    store = load_graph_file(sparql_small_trig)
    assert len(store) == quad_count(dataset)
    assert len(list(store.named_graphs())) == 4
