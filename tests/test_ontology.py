"""The ontology, the SHACL shapes, the SKOS schemes and ``kg validate``."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg import paths
from kg.errors import InputError
from kg.namespaces import AWARD, ORG, PROV, SCHEMA, VOCAB
from kg.validate import read_graph, validate_file, validate_graph

CONTRACT = paths.ROOT.parent / "shared" / "spec" / "graph-contract.md"
SH = "http://www.w3.org/ns/shacl#"

# Every award: term of the contract and of the graph model kg/graph.py emits, so that the check
# runs without ../shared too.
MODEL_TERMS = """
    Government GovernmentUnit Agency Company governs basedIn mentionedIn
    Region Country Province Regency City Village partOf kemendagriCode
    WorkerGroup Award AwardCategory Venue
    AwardConferral award recipient rank category categoryLabel scope awardYear date venue
    presenter receiver onBehalfOf
    Nomination nominee stage
    Coverage provider workerGroup status Realized Planned CoverageStatus count
    acting Statement speaker quote
    evidence evidenceSpan EvidenceSpan sentence startOffset endOffset
    hasConflict SlotConflict slot claim Claim value
    dateIssue WeekdayMismatch writtenWeekday actualWeekday
""".split()

PREFIXES = """
@prefix award: <https://w3id.org/awardkg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <https://example.org/id/> .
"""

# A tiny graph in the shape of the contract: made-up names, one of each kind of node.
GOOD = PREFIXES + """
ex:a1 a schema:NewsArticle ; dcterms:identifier "a1" ; schema:datePublished "2023-05-31"^^xsd:date ;
    award:dateIssue ex:issue1 .
ex:issue1 a award:WeekdayMismatch ; award:writtenWeekday "Senin" ; award:actualWeekday "Selasa" ;
    award:date "2023-05-30"^^xsd:date ; award:evidence "Senin (30/5/2023)"@id .
ex:indonesia a award:Country ; skos:prefLabel "Indonesia"@id .
ex:prov a award:Province ; skos:prefLabel "Provinsi Contoh"@id ; award:partOf ex:indonesia ;
    award:kemendagriCode "99" .
ex:kab a award:Regency ; skos:prefLabel "Kabupaten Contoh"@id ; award:partOf ex:prov ;
    award:kemendagriCode "99.01" .
ex:pemkab a award:Government ; skos:prefLabel "Pemerintah Kabupaten Contoh"@id ;
    skos:altLabel "Pemkab Contoh"@id ; award:governs ex:kab ; award:mentionedIn ex:a1 .
ex:dinas a award:GovernmentUnit ; skos:prefLabel "Dinas Contoh"@id ; org:subOrganizationOf ex:pemkab .
ex:p1 a foaf:Person ; foaf:name "Ani Contoh" ; award:mentionedIn ex:a1 .
ex:p2 a foaf:Person ; foaf:name "Budi Contoh" .
ex:paritrana a award:Award ; skos:prefLabel "Paritrana Award"@id .
ex:kabkota a award:AwardCategory , skos:Concept ; skos:prefLabel "Kabupaten/Kota"@id .
ex:bupati a org:Role , skos:Concept ; skos:prefLabel "Bupati"@id .
ex:rentan a award:WorkerGroup , skos:Concept ; skos:prefLabel "pekerja rentan"@id .
ex:petani a award:WorkerGroup , skos:Concept ; skos:prefLabel "petani"@id ; skos:broader ex:rentan .
ex:hall a award:Venue ; skos:prefLabel "Gedung Contoh"@id ; award:partOf ex:prov .
ex:span1 a award:EvidenceSpan ; award:sentence "Kalimat contoh."@id ; award:startOffset 0 ;
    award:endOffset 15 ; prov:wasDerivedFrom ex:a1 .
ex:c1 a award:AwardConferral ; award:award ex:paritrana ; award:recipient ex:pemkab ;
    award:rank 1 , 2 ; award:category ex:kabkota ; award:categoryLabel "Kabupaten/Kota"@id ;
    award:scope ex:prov ; award:awardYear "2022"^^xsd:gYear , "2023"^^xsd:gYear ;
    award:date "2023-05-30"^^xsd:date ; award:venue ex:hall ;
    award:presenter ex:p2 ; award:receiver ex:p1 ; award:onBehalfOf ex:p2 ;
    prov:wasDerivedFrom ex:a1 ; award:evidence "Kalimat contoh."@id ; award:evidenceSpan ex:span1 ;
    award:hasConflict ex:k1 .
ex:k1 a award:SlotConflict ; award:slot "rank" ; award:claim ex:cl1 , ex:cl2 .
ex:cl1 a award:Claim ; award:value "1" ; prov:wasDerivedFrom ex:a1 .
ex:cl2 a award:Claim ; award:value "2" ; prov:wasDerivedFrom ex:a1 .
ex:n1 a award:Nomination ; award:nominee ex:pemkab ; award:award ex:paritrana ; award:stage "wawancara" ;
    prov:wasDerivedFrom ex:a1 ; award:evidence "Kalimat nominasi."@id .
ex:v1 a award:Coverage ; award:provider ex:pemkab ; award:workerGroup ex:petani ;
    award:status award:Realized ; award:count 26000 ; prov:wasDerivedFrom ex:a1 ;
    award:evidence "Kalimat perlindungan."@id .
ex:m1 a org:Membership ; org:member ex:p1 ; org:organization ex:pemkab ; org:role ex:bupati ;
    award:acting true ; prov:wasDerivedFrom ex:a1 ; award:evidence "Kalimat jabatan."@id .
ex:s1 a award:Statement ; award:speaker ex:p1 ; award:quote "Kami bangga."@id ;
    prov:wasDerivedFrom ex:a1 ; award:evidence "Kalimat kutipan."@id .
"""

# The same graph with a conferral that has no award and a rank written as a word.
BROKEN = GOOD.replace("award:award ex:paritrana ; award:recipient ex:pemkab ;\n    award:rank 1 , 2 ;",
                      'award:recipient ex:pemkab ;\n    award:rank "satu" ;')


def _ontology() -> Graph:
    return Graph().parse(paths.ONTOLOGY)


def _contract_terms() -> set[str]:
    text = CONTRACT.read_text(encoding="utf-8")
    return set(re.findall(r"\baward:([A-Za-z][A-Za-z0-9_]*)", text))


def _check_declared(ontology: Graph, terms: set[str]) -> list[str]:
    problems = []
    for name in sorted(terms):
        term = AWARD[name]
        if (term, RDF.type, None) not in ontology:
            problems.append(f"award:{name} is not declared")
            continue
        langs = {lit.language for lit in ontology.objects(term, RDFS.label) if isinstance(lit, Literal)}
        if not {"id", "en"} <= langs:
            problems.append(f"award:{name} lacks an rdfs:label in id and en (has {sorted(filter(None, langs))})")
        comments = {lit.language for lit in ontology.objects(term, RDFS.comment)}
        if not comments:
            problems.append(f"award:{name} has no rdfs:comment")
        elif not {"id", "en"} <= comments:
            problems.append(f"award:{name} lacks an rdfs:comment in id and en")
    return problems


# --- The ontology ----------------------------------------------------------------------------------

def test_ontology_parses_in_rdflib_and_pyoxigraph():
    g = _ontology()
    assert len(g) > 300
    store = pyoxigraph.Store()
    store.load(path=str(paths.ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)


def test_ontology_header():
    g = _ontology()
    onto = URIRef("https://w3id.org/awardkg/ontology")
    assert (onto, RDF.type, OWL.Ontology) in g
    from rdflib.namespace import DCTERMS
    titles = {t.language for t in g.objects(onto, DCTERMS.title)}
    assert {"id", "en"} <= titles
    assert g.value(onto, OWL.versionInfo) is not None
    assert g.value(onto, DCTERMS.license) == URIRef("https://opensource.org/licenses/MIT")


def test_model_terms_are_declared_with_labels_and_comments():
    assert _check_declared(_ontology(), set(MODEL_TERMS)) == []


@pytest.mark.shared
@pytest.mark.skipif(not CONTRACT.exists(), reason="../shared/spec/graph-contract.md is not here")
def test_contract_terms_are_declared_with_labels_and_comments():
    terms = _contract_terms()
    assert {"AwardConferral", "recipient", "Realized", "kemendagriCode"} <= terms  # the parse worked
    assert _check_declared(_ontology(), terms) == []


def test_every_award_term_in_the_ontology_is_documented():
    g = _ontology()
    names = {str(s)[len(str(AWARD)):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(str(AWARD))}
    assert len(names) >= len(MODEL_TERMS)
    assert _check_declared(g, names) == []


def test_award_terms_used_by_the_code_and_queries_are_declared():
    """A misspelt term in kg/*.py, queries/*.rq or shapes.ttl would silently mint a new IRI."""
    declared = {str(s)[len(str(AWARD)):] for s in _ontology().subjects(RDF.type, None)
                if str(s).startswith(str(AWARD))}
    used: dict[str, set[str]] = {}
    files = [*paths.ROOT.joinpath("kg").rglob("*.py"), *paths.QUERIES_DIR.glob("*.rq"), paths.SHAPES]
    pattern = re.compile(r"""\bAWARD\.([A-Za-z_]\w*)|\bAWARD\[["'](\w+)["']\]|\baward:([A-Za-z]\w*)""")
    for path in files:
        for match in pattern.finditer(path.read_text(encoding="utf-8")):
            name = next(group for group in match.groups() if group)
            used.setdefault(name, set()).add(path.name)
    undeclared = {name: sorted(where) for name, where in used.items() if name not in declared}
    assert undeclared == {}


def test_alignment_to_org_foaf_prov_skos_schema():
    g = _ontology()
    sub = RDFS.subClassOf
    for cls in ("Government", "GovernmentUnit", "Agency", "Company"):
        assert (AWARD[cls], sub, ORG.Organization) in g, cls
    assert (AWARD.Government, sub, SCHEMA.GovernmentOrganization) in g
    for cls in ("Country", "Province", "Regency", "City", "District", "Village"):
        assert (AWARD[cls], sub, AWARD.Region) in g, cls
    assert (AWARD.Region, sub, SCHEMA.AdministrativeArea) in g
    assert (AWARD.Venue, sub, SCHEMA.Place) in g
    for cls in ("AwardConferral", "Nomination"):
        assert (AWARD[cls], sub, PROV.Activity) in g
        assert (AWARD[cls], sub, SCHEMA.Event) in g
    assert (AWARD.WorkerGroup, sub, SKOS.Concept) in g
    assert (AWARD.AwardCategory, sub, SKOS.Concept) in g
    assert (AWARD.partOf, RDF.type, OWL.TransitiveProperty) in g
    assert g.value(AWARD.evidence, RDFS.subPropertyOf) is not None
    for status in ("Realized", "Planned"):
        assert (AWARD[status], RDF.type, OWL.NamedIndividual) in g
        assert (AWARD[status], RDF.type, AWARD.CoverageStatus) in g


def test_properties_have_domain_or_range():
    g = _ontology()
    props = set(g.subjects(RDF.type, OWL.ObjectProperty)) | set(g.subjects(RDF.type, OWL.DatatypeProperty))
    assert len(props) > 30
    lacking = sorted(str(p) for p in props if g.value(p, RDFS.range) is None and g.value(p, RDFS.domain) is None)
    assert lacking == []
    assert g.value(AWARD.rank, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#integer")
    assert g.value(AWARD.awardYear, RDFS.range) == URIRef("http://www.w3.org/2001/XMLSchema#gYear")


# --- The shapes -------------------------------------------------------------------------------------

def test_shapes_parse_and_cover_every_kind():
    g = Graph().parse(paths.SHAPES)
    sh_target = URIRef(SH + "targetClass")
    targets = set(g.objects(None, sh_target))
    wanted = {
        URIRef("http://xmlns.com/foaf/0.1/Person"), ORG.Organization, AWARD.Region, AWARD.WorkerGroup,
        AWARD.Award, AWARD.AwardCategory, AWARD.Venue, SCHEMA.NewsArticle, AWARD.AwardConferral,
        AWARD.Nomination, AWARD.Coverage, ORG.Membership, AWARD.Statement, AWARD.EvidenceSpan,
    }
    assert wanted - targets == set()
    store = pyoxigraph.Store()
    store.load(path=str(paths.SHAPES), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g)


def test_every_shape_result_has_a_message():
    g = Graph().parse(paths.SHAPES)
    prop = URIRef(SH + "property")
    message = URIRef(SH + "message")
    silent = [s for s in g.objects(None, prop) if isinstance(s, BNode) and g.value(s, message) is None]
    assert silent == []


# --- Validation -------------------------------------------------------------------------------------

def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_conforming_graph_passes(tmp_path):
    report = validate_file(_write(tmp_path, "good.ttl", GOOD))
    assert report.violations == []
    assert report.conforms
    assert report.triples == len(Graph().parse(data=GOOD, format="turtle"))


def test_a_broken_graph_fails_with_readable_messages(tmp_path):
    report = validate_file(_write(tmp_path, "bad.ttl", BROKEN))
    assert not report.conforms
    by_path = {v.path: v for v in report.errors}
    assert set(by_path) == {"award:award", "award:rank"}
    assert by_path["award:award"].focus == "ex:c1"
    assert "exactly one award:award" in by_path["award:award"].message
    assert by_path["award:rank"].value == '"satu"'
    assert "xsd:integer" in by_path["award:rank"].message
    assert all(v.severity == "Violation" for v in report.errors)


@pytest.mark.parametrize("change, path", [
    (("award:status award:Realized", "award:status award:Done"), "award:status"),
    (('foaf:name "Budi Contoh"', 'skos:altLabel "Budi"'), "foaf:name"),
    (('award:endOffset 15', 'award:endOffset -3'), "award:endOffset"),
    (('award:count 26000', 'award:count "banyak"'), "award:count"),
    (('award:kemendagriCode "99.01"', 'award:kemendagriCode "9901"'), "award:kemendagriCode"),
    (('org:role ex:bupati ;', ''), "org:role"),
    (('award:date "2023-05-30"^^xsd:date ; award:venue', 'award:date "30/5/2023" ; award:venue'), "award:date"),
    (('award:quote "Kami bangga."@id ;', ''), "award:quote"),
])
def test_broken_slots_are_caught(tmp_path, change, path):
    old, new = change
    assert old in GOOD
    report = validate_file(_write(tmp_path, "bad.ttl", GOOD.replace(old, new, 1)))
    assert not report.conforms
    assert path in {v.path for v in report.errors}


def test_an_event_without_sources_fails(tmp_path):
    text = GOOD.replace('prov:wasDerivedFrom ex:a1 ; award:evidence "Kalimat kutipan."@id .', ".")
    report = validate_file(_write(tmp_path, "bad.ttl", text))
    problems = {(v.focus, v.path) for v in report.errors}
    assert problems == {("ex:s1", "prov:wasDerivedFrom"),
                        ("ex:s1", "award:evidence")}


def test_a_region_without_level_is_only_a_warning(tmp_path):
    text = GOOD.replace("ex:kab a award:Regency", "ex:kab a award:Region")
    report = validate_file(_write(tmp_path, "warn.ttl", text))
    assert report.conforms
    assert [(v.severity, v.focus) for v in report.violations] == [("Warning", "ex:kab")]


def _split_into_graphs(n: int) -> list[tuple[str, str]]:
    """GOOD spread over ``n`` named graphs (so each node's triples are split across them), as
    (graph IRI, N-Triples text) pairs."""
    good = sorted(Graph().parse(data=GOOD, format="turtle"))
    parts = []
    for i in range(n):
        part = Graph()
        for triple in good[i::n]:
            part.add(triple)
        parts.append((f"https://example.org/graph/{i}", part.serialize(format="nt")))
    return parts


def test_trig_is_validated_as_the_union_of_its_graphs(tmp_path):
    text = "".join(f"<{iri}> {{\n{nt}}}\n" for iri, nt in _split_into_graphs(3))
    report = validate_file(_write(tmp_path, "good.trig", text))
    assert report.conforms, report.violations
    assert report.triples == len(Graph().parse(data=GOOD, format="turtle"))


def test_nquads_are_validated_as_the_union_of_their_graphs(tmp_path):
    lines = [line[:-1] + f"<{iri}> .\n" for iri, nt in _split_into_graphs(2)
             for line in nt.splitlines() if line.strip()]
    report = validate_file(_write(tmp_path, "good.nq", "".join(lines)))
    assert report.conforms, report.violations
    assert report.triples == len(Graph().parse(data=GOOD, format="turtle"))


@pytest.mark.parametrize("fmt, suffix", [("nt", ".nt"), ("json-ld", ".jsonld")])
def test_other_formats_by_ending(tmp_path, fmt, suffix):
    path = tmp_path / f"good{suffix}"
    path.write_text(Graph().parse(data=GOOD, format="turtle").serialize(format=fmt), encoding="utf-8")
    assert len(read_graph(path)) == len(Graph().parse(data=GOOD, format="turtle"))
    assert validate_file(path).conforms


def test_validate_graph_leaves_its_input_alone():
    g = Graph().parse(data=BROKEN, format="turtle")
    before = len(g)
    report = validate_graph(g)
    assert not report.conforms
    assert len(g) == before


@pytest.mark.parametrize("name, text, words", [
    ("missing.ttl", None, "no such file"),
    ("broken.ttl", "<a> <b> ", "cannot parse"),
    ("graph.csv", "a,b", "unknown RDF file ending"),
])
def test_unusable_files_raise_input_error(tmp_path, name, text, words):
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=words):
        validate_file(path)


# --- SKOS schemes -----------------------------------------------------------------------------------

def test_concept_iris():
    from kg.skos import concept_iri, scheme_iri

    assert concept_iri("role", "bupati") == URIRef("https://w3id.org/awardkg/vocab/role/bupati")
    assert concept_iri("worker-group", "ketua-rt-rw") == VOCAB["worker-group/ketua-rt-rw"]
    assert concept_iri("category", "kabupaten-kota") == VOCAB["category/kabupaten-kota"]
    assert concept_iri("role", "a b/c") == VOCAB["role/a%20b%2Fc"]
    assert scheme_iri("category") == VOCAB["award-categories"]
    with pytest.raises(ValueError, match="unknown concept kind"):
        concept_iri("colour", "red")


def test_build_scheme_from_entries():
    from dataclasses import dataclass

    from kg.skos import build_scheme

    @dataclass(frozen=True)
    class E:
        slug: str
        label: str
        alt_labels: tuple[str, ...] = ()
        broader: tuple[str, ...] = ()

    g = build_scheme("worker-group", [E("rentan", "pekerja rentan"), E("petani", "petani", ("petani", "tani"), ("rentan",))])
    scheme = VOCAB["worker-groups"]
    petani, rentan = VOCAB["worker-group/petani"], VOCAB["worker-group/rentan"]
    assert (scheme, RDF.type, SKOS.ConceptScheme) in g
    assert (petani, RDF.type, SKOS.Concept) in g and (petani, RDF.type, AWARD.WorkerGroup) in g
    assert (petani, SKOS.inScheme, scheme) in g
    assert (petani, SKOS.broader, rentan) in g and (rentan, SKOS.narrower, petani) in g
    assert (rentan, SKOS.topConceptOf, scheme) in g and (petani, SKOS.topConceptOf, scheme) not in g
    assert set(g.objects(petani, SKOS.altLabel)) == {Literal("tani", lang="id")}  # not the prefLabel again
    with pytest.raises(ValueError, match="broader nobody"):
        build_scheme("worker-group", [E("petani", "petani", (), ("nobody",))])
    with pytest.raises(ValueError, match="repeats slugs: petani"):
        build_scheme("role", [E("petani", "a"), E("petani", "b")])


def _vocab_or_skip():
    try:
        from kg import vocab
    except ImportError:
        pytest.skip("kg/vocab.py does not exist yet: the SKOS files cannot be generated")
    return vocab


@pytest.mark.parametrize("kind, path", [("worker-group", paths.WORKER_GROUPS), ("role", paths.ROLES),
                                         ("category", paths.CATEGORIES)])
def test_committed_skos_files_match_the_vocabulary(kind, path):
    _vocab_or_skip()
    from kg.skos import scheme, scheme_turtle

    assert path.exists(), f"{path.name} is missing: run python -m kg.skos"
    assert path.read_text(encoding="utf-8") == scheme_turtle(kind), f"{path.name} is stale: run python -m kg.skos"
    assert Graph().parse(path).isomorphic(scheme(kind))


@pytest.mark.parametrize("kind, cls", [("worker-group", AWARD.WorkerGroup), ("role", ORG.Role),
                                        ("category", AWARD.AwardCategory)])
def test_schemes_are_sound(kind, cls):
    vocab = _vocab_or_skip()
    from kg.skos import scheme, scheme_iri

    g = scheme(kind)
    table = {"worker-group": vocab.WORKER_GROUPS, "role": vocab.ROLES, "category": vocab.CATEGORIES}[kind]
    concepts = set(g.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) == len(table)
    assert concepts == set(g.subjects(RDF.type, cls))
    for concept in concepts:
        assert (concept, SKOS.inScheme, scheme_iri(kind)) in g
        assert len(list(g.objects(concept, SKOS.prefLabel))) == 1
        assert (concept, SKOS.broader, None) in g or (concept, SKOS.topConceptOf, scheme_iri(kind)) in g
    assert validate_graph(g).conforms


# --- The CLI ------------------------------------------------------------------------------------------

def test_cli_validate_exit_codes(tmp_path):
    from kg.cli import cli

    runner = CliRunner()
    good = _write(tmp_path, "good.ttl", GOOD)
    result = runner.invoke(cli, ["validate", str(good)])
    assert result.exit_code == 0, result.output
    assert f"{good} conforms ({len(Graph().parse(good))} triples)" in result.output

    bad = _write(tmp_path, "bad.ttl", BROKEN)
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "does not conform" in result.output
    assert "award:rank" in result.output and '"satu"' in result.output
    assert "exactly one award:award" in result.output


def test_cli_help_has_an_example():
    from kg.cli import cli

    result = CliRunner().invoke(cli, ["validate", "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output and "kg validate awards.ttl" in result.output


def test_cli_missing_file_is_one_line_and_exit_1(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "validate", str(tmp_path / "none.ttl")],
                          capture_output=True, text=True, cwd=paths.ROOT)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"kg: error: {tmp_path / 'none.ttl'}: no such file"]


def test_cli_validate_does_not_load_spacy(tmp_path):
    good = _write(tmp_path, "good.ttl", GOOD)
    code = ("import sys; from kg.cli import main\n"
            "try:\n    main(['validate', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
            "assert 'spacy' not in sys.modules and 'kg.extract' not in sys.modules, 'heavy import'\n")
    proc = subprocess.run([sys.executable, "-c", code, str(good)], capture_output=True, text=True, cwd=paths.ROOT)
    assert proc.returncode == 0, proc.stderr
    assert "conforms" in proc.stdout
