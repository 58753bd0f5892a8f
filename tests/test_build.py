"""The whole path, end to end: inputs -> graph file, through the library and the CLI."""
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, SKOS

from _shared import EXAMPLES, ROOT
from kg.build import build, build_dataset
from kg.errors import KgError
from kg.graph import union_graph
from kg.namespaces import AWARD, ORG

ARTICLE = (
    "SEMARANG, Warta Uji – Pemerintah Kabupaten Kudus meraih juara pertama Paritrana Award 2023 tingkat "
    "Provinsi Jawa Tengah kategori Pemerintah Kabupaten/Kota. Penghargaan diserahkan oleh Wakil Gubernur Jawa Tengah, "
    "Bambang Wicaksono, kepada Bupati Kudus, Rahmat Hidayat, di Gedung Gradhika Bhakti Praja, Semarang, Selasa (5/3/2024).\n"
    "Kota Salatiga menempati peringkat kedua, disusul Kabupaten Demak di peringkat ketiga.\n"
    "“Penghargaan ini milik seluruh pekerja Kudus,” ujar Rahmat.\n"
)


@pytest.fixture(scope="module")
def example_graph() -> Graph:
    return union_graph(build_dataset([EXAMPLES]))


@pytest.fixture(scope="module")
def article_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("news")
    (folder / "kudus.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def test_one_article_gives_the_conferrals_with_their_slots(article_dir):
    g = union_graph(build_dataset([article_dir]))
    rows = {str(r.recipient): (int(r.rank), str(r.scope), str(r.year)) for r in g.query("""
        PREFIX award: <https://w3id.org/awardkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?recipient ?rank ?scope ?year WHERE {
          ?c a award:AwardConferral ; award:recipient/skos:prefLabel ?recipient ; award:rank ?rank ;
             award:scope/skos:prefLabel ?scope ; award:awardYear ?year . }""")}
    assert rows == {
        "Pemerintah Kabupaten Kudus": (1, "Jawa Tengah", "2023"),
        "Pemerintah Kota Salatiga": (2, "Jawa Tengah", "2023"),
        "Pemerintah Kabupaten Demak": (3, "Jawa Tengah", "2023"),
    }
    [(presenter, receiver, date, venue)] = list(g.query("""
        PREFIX award: <https://w3id.org/awardkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX foaf: <http://xmlns.com/foaf/0.1/>
        SELECT ?p ?r ?date ?venue WHERE { ?c award:presenter/foaf:name ?p ; award:receiver/foaf:name ?r ;
          award:date ?date ; award:venue/skos:prefLabel ?venue . }"""))
    assert (str(presenter), str(receiver), str(date)) == ("Bambang Wicaksono", "Rahmat Hidayat", "2024-03-05")
    assert "Gedung Gradhika Bhakti Praja" in str(venue)


def test_every_event_has_sources_and_evidence_with_offsets(example_graph):
    g = example_graph
    events = set()
    for cls in (AWARD.AwardConferral, AWARD.Nomination, AWARD.Coverage, ORG.Membership, AWARD.Statement):
        events |= set(g.subjects(RDF.type, cls))
    assert len(events) > 20
    for event in events:
        articles = list(g.objects(event, PROV.wasDerivedFrom))
        assert articles and all((a, RDF.type, URIRef("https://schema.org/NewsArticle")) in g for a in articles)
        assert list(g.objects(event, AWARD.evidence))
        for span in g.objects(event, AWARD.evidenceSpan):
            start = int(g.value(span, AWARD.startOffset))
            end = int(g.value(span, AWARD.endOffset))
            assert 0 <= start < end


def test_evidence_offsets_point_at_the_sentence_in_the_article(article_dir):
    from kg.reader import read_articles

    text = read_articles([article_dir])[0].text
    g = union_graph(build_dataset([article_dir]))
    spans = list(g.subjects(RDF.type, AWARD.EvidenceSpan))
    assert spans
    for span in spans:
        start, end = int(g.value(span, AWARD.startOffset)), int(g.value(span, AWARD.endOffset))
        assert text[start:end].strip() == str(g.value(span, AWARD.sentence))


def test_articles_carry_their_identifier_and_metadata(example_graph):
    ids = {str(i) for i in example_graph.objects(None, DCTERMS.identifier)}
    assert {"01-jateng-pemenang", "05-nasional", "06-desa-dan-perusahaan", "07b-solo-pkl"} <= ids


def test_one_conferral_node_for_a_ceremony_two_articles_report(example_graph):
    """Examples 01 and 07a report the same provincial ceremony, naming the award by different years."""
    rows = list(example_graph.query("""
        PREFIX award: <https://w3id.org/awardkg/ontology#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT ?c (GROUP_CONCAT(DISTINCT ?id; separator=",") AS ?ids) WHERE {
          ?c award:recipient/skos:prefLabel "Pemerintah Kabupaten Banyumas"@id ; award:scope/skos:prefLabel "Jawa Tengah"@id ;
             prov:wasDerivedFrom/dcterms:identifier ?id . } GROUP BY ?c"""))
    assert len(rows) == 1
    assert set(str(rows[0].ids).split(",")) == {"01-jateng-pemenang", "07a-jateng-lintas-jateng"}


def test_disagreeing_years_are_kept_as_a_conflict_a_query_finds(example_graph):
    years = {str(y) for c in example_graph.subjects(AWARD.recipient, None)
             for y in example_graph.objects(c, AWARD.awardYear)}
    assert {"2023", "2024"} <= years


def test_weekday_that_contradicts_the_date_is_recorded(example_graph):
    issues = list(example_graph.subjects(RDF.type, AWARD.WeekdayMismatch))
    assert issues
    written = {str(example_graph.value(i, AWARD.writtenWeekday)) for i in issues}
    assert "senin" in written


def test_iris_do_not_depend_on_input_order(tmp_path):
    files = sorted(EXAMPLES.glob("0[1-3]*.txt"))
    a = union_graph(build_dataset(files))
    b = union_graph(build_dataset(list(reversed(files))))
    assert set(a) == set(b)


def test_base_iri_is_used_for_instances(article_dir):
    g = union_graph(build_dataset([article_dir], base="https://example.org/kg/"))
    people = set(g.subjects(RDF.type, FOAF.Person))
    assert people and all(str(p).startswith("https://example.org/kg/person/") for p in people)


@pytest.mark.parametrize("suffix, fmt", [(".ttl", "turtle"), (".nt", "nt"), (".jsonld", "json-ld"), (".trig", "trig")])
def test_each_output_format_parses_back(article_dir, tmp_path, suffix, fmt):
    out = tmp_path / f"g{suffix}"
    report = build([article_dir], output=out)
    assert report.triples > 50
    if fmt == "trig":
        ds = Dataset()
        ds.parse(out, format="trig")
        graphs = {str(c.identifier) for c in ds.contexts() if len(c)}
        assert any(g.endswith("graph/article/kudus") for g in graphs)
        assert any(g.endswith("graph/entities") for g in graphs)
    else:
        g = Graph()
        g.parse(out, format=fmt)
        assert len(g) == report.triples
        assert (None, SKOS.prefLabel, Literal("Pemerintah Kabupaten Kudus", lang="id")) in g


def test_turtle_has_the_same_triples_in_rdflib_and_pyoxigraph(article_dir, tmp_path):
    import pyoxigraph

    out = tmp_path / "g.ttl"
    build([article_dir], output=out)
    g = Graph()
    g.parse(out, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(out), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)


def test_unknown_output_ending_fails_before_any_work(article_dir, tmp_path):
    with pytest.raises(KgError, match="unknown output format .xml"):
        build([article_dir], output=tmp_path / "g.xml")


def _kg(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=300)


@pytest.mark.parametrize("make_input, message", [
    (lambda d: d / "missing.txt", "no such file or folder"),
    (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "file is empty"),
    (lambda d: (d / "bin.txt").write_bytes(b"\x00\x00GIF") and d / "bin.txt", "binary file"),
    (lambda d: (d / "bad.jsonl").write_text('{"id": 1, "text": "x"}\nnot json\n') and d / "bad.jsonl", "bad.jsonl:2: not JSON"),
])
def test_cli_bad_input_is_one_line_nonzero_and_writes_nothing(tmp_path, make_input, message):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    bad = make_input(tmp_path)
    out = tmp_path / "out.ttl"
    result = _kg("build", str(good), str(bad), "--output", str(out))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and Path(bad).name in lines[0]
    assert not out.exists()
    assert not list(tmp_path.glob(".out.ttl.*"))


def test_build_graph_script_does_what_kg_build_does(article_dir, tmp_path):
    out = tmp_path / "script.ttl"
    result = subprocess.run([sys.executable, "build_graph.py", str(article_dir), "--output", str(out)],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "triples from 1 articles" in result.stderr
    via_cli = tmp_path / "cli.ttl"
    assert _kg("build", str(article_dir), "--output", str(via_cli)).returncode == 0
    a, b = Graph(), Graph()
    a.parse(out)
    b.parse(via_cli)
    assert set(a) == set(b)


def test_help_of_every_command_has_an_example():
    from click.testing import CliRunner

    from kg.cli import COMMANDS, cli

    for name in COMMANDS:
        result = CliRunner().invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example" in result.output and f"kg {name}" in result.output, name
