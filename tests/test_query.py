"""kg query: the bundled query library, parameters, local engines, output formats and the CLI."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pyoxigraph
import pytest

from kg.cli import main
from kg.errors import InputError, QueryError
from kg.query import (Iri, QueryResult, bind_params, bundled_queries, find_placeholders, parse_params,
                      prepare_query, print_table, read_header, resolve_query, run_query, shorten, to_csv,
                      to_json, with_known_prefixes)

WHO_HANDED_COLUMNS = ("presenter", "award", "year", "recipient", "rank", "category", "scope", "receiver",
                      "on_behalf_of", "date", "venue", "source")
REQUIRED = {"who_handed_what_to_whom", "winners_by_province_and_year", "region_record", "officials_and_posts",
            "received_on_behalf", "worker_groups_protected", "top_presenters", "officials_together",
            "nominees_that_won", "sources_for_fact", "conflicting_facts", "quotes_by_speaker"}


def run(name: str, graph, **params: str) -> QueryResult:
    _, text = prepare_query(name, params={k: [v] for k, v in params.items()})
    return run_query(text, graph=graph, label=name)


def normalized(rows) -> list[tuple]:
    """Rows sorted, each joined cell ("; " or " | ") sorted within (GROUP_CONCAT order is the engine's choice)."""
    flat = [tuple("; ".join(sorted(re.split(r"; | \| ", v))) if v else v for v in row) for row in rows]
    return sorted(flat, key=lambda row: tuple((v is None, v or "") for v in row))


def cells(values: str) -> set[str]:
    """A "; "-joined cell as a set (GROUP_CONCAT order is the engine's choice)."""
    return set(values.split("; ")) if values else set()


def kg(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the kg CLI in-process: (exit code, stdout, stderr)."""
    try:
        main(list(argv))
        code = 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- the library


def test_library_has_every_required_question_with_a_header():
    queries = {q.name: q for q in bundled_queries()}
    assert len(queries) >= 12
    assert REQUIRED <= set(queries)
    for query in queries.values():
        assert query.question.endswith("?"), query.name
        assert query.columns, query.name
        assert query.example, query.name


def test_every_bundled_query_answers_with_the_columns_its_header_names(sparql_small_trig):
    for query in bundled_queries():
        result = run(query.name, sparql_small_trig)
        assert result.columns == tuple(c.strip() for c in query.columns.split(",")), query.name
        assert result.rows, f"{query.name} found nothing in the fixture"


def test_who_handed_what_to_whom_gives_one_labelled_row_per_conferral(sparql_small_trig):
    result = run("who_handed_what_to_whom", sparql_small_trig)
    assert result.columns == WHO_HANDED_COLUMNS
    assert len(result.rows) == 6  # six conferral nodes, although c1 is told by two articles
    rows = result.records()
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    [c1] = [r for r in rows if r["recipient"] == "Pemerintah Kabupaten Sukamaju" and r["year"] == "2022"]
    assert cells(c1["presenter"]) == {"Rina Kartika", "Teguh Santoso"}
    assert (c1["award"], c1["rank"], c1["category"], c1["scope"]) == ("Paritrana Award", "1", "Kabupaten/Kota",
                                                                      "Nusa Contoh")
    assert (c1["receiver"], c1["on_behalf_of"], c1["date"], c1["venue"]) == ("Hendra Wijaya", "Agus Prasetyo",
                                                                             "2023-05-30", "Gedung Contoh")
    assert cells(c1["source"]) == {"901", "902"}
    national = [r for r in rows if r["scope"] == "Indonesia"]
    assert [(r["recipient"], r["rank"], r["category"]) for r in national] == [
        ("Pemerintah Provinsi Nusa Contoh", "3", "Provinsi")]
    assert not any(isinstance(v, Iri) for row in result.rows for v in row), "labels, not IRIs"


def test_english_labels_do_not_double_rows(sparql_small_trig):
    result = run("who_handed_what_to_whom", sparql_small_trig)
    assert {r["category"] for r in result.records()} == {"Kabupaten/Kota", "Desa/Kelurahan", "Provinsi",
                                                         "Perusahaan Skala Menengah"}


def test_counts_are_not_inflated_by_facts_repeated_in_article_graphs(sparql_small_trig):
    presenters = {r["presenter"]: r for r in run("top_presenters", sparql_small_trig).records()}
    assert presenters["Rina Kartika"]["conferrals"] == "3"
    assert presenters["Rina Kartika"]["recipients"] == "2"
    assert presenters["Teguh Santoso"]["conferrals"] == "2"
    articles = {r["article"]: r for r in run("articles", sparql_small_trig).records()}
    assert (articles["902"]["conferrals"], articles["902"]["nominations"]) == ("2", "2")


def test_a_list_survives_rows_that_lack_its_value(sparql_small_trig):
    # the provincial ceremony hands one award (the village's) without a named presenter
    ceremonies = {r["date"]: r for r in run("ceremonies", sparql_small_trig).records()}
    assert ceremonies["2023-05-30"]["conferrals"] == "4"
    assert cells(ceremonies["2023-05-30"]["presenters"]) == {"Rina Kartika", "Teguh Santoso"}
    [village] = [r for r in run("who_handed_what_to_whom", sparql_small_trig).records()
                 if r["recipient"] == "Pemerintah Desa Mekarsari"]
    assert village["presenter"] is None and village["receiver"] == "Joko Susilo"


def test_conflicting_facts_lists_each_claim_with_its_source(sparql_small_trig):
    rows = run("conflicting_facts", sparql_small_trig).records()
    assert [(r["slot"], r["value"], r["sources"]) for r in rows] == [("rank", "1", "901"), ("rank", "2", "902")]
    assert {r["subject"] for r in rows} == {"Pemerintah Kabupaten Sukamaju"}


def test_other_questions_on_the_fixture(sparql_small_trig):
    acting = {r["person"]: r["acting"] for r in run("officials_and_posts", sparql_small_trig).records()}
    assert acting["Agus Prasetyo"] == "true" and acting["Hendra Wijaya"] == "false"
    [won] = run("nominees_that_won", sparql_small_trig).records()
    assert (won["nominee"], won["stage"], won["rank"]) == ("Pemerintah Provinsi Nusa Contoh", "wawancara", "3")
    groups = {(r["worker_group"], r["status"], r["workers"]) for r in
              run("worker_groups_protected", sparql_small_trig).records()}
    assert ("petani", "realized", "12500") in groups and ("ketua RT/RW", "planned", "") in groups
    [behalf] = run("received_on_behalf", sparql_small_trig).records()
    assert (behalf["receiver"], behalf["on_behalf_of"]) == ("Hendra Wijaya", "Agus Prasetyo")
    pairs = {(r["person_a"], r["person_b"]): r["events"] for r in run("officials_together", sparql_small_trig).records()}
    assert pairs[("Agus Prasetyo", "Rina Kartika")] == "2"
    quotes = run("quotes_by_speaker", sparql_small_trig).records()
    assert {q["speaker"] for q in quotes} == {"Rina Kartika", "Agus Prasetyo"}


# ---------------------------------------------------------------- parameters


def test_region_record_param_narrows_to_one_region(sparql_small_trig):
    everything = run("region_record", sparql_small_trig)
    assert len({r["region"] for r in everything.records()}) > 1
    one = run("region_record", sparql_small_trig, region_label="kabupaten sukamaju").records()
    assert {r["region"] for r in one} == {"Kabupaten Sukamaju"}
    assert [(r["year"], r["event"]) for r in one] == [("2022", "conferral"), ("2022", "nomination"),
                                                       ("2023", "conferral")]


def test_sources_for_fact_takes_two_params(sparql_small_trig):
    rows = run("sources_for_fact", sparql_small_trig, recipient_label="Pemerintah Kabupaten Sukamaju",
               award_year="2022").records()
    assert [r["article"] for r in rows] == ["901", "902"]
    assert rows[0]["url"] == "https://news.example.org/901"


def test_param_values_are_escaped_terms_not_pasted_text(sparql_small_trig):
    hostile = 'x" } } ?s ?p ?o . { "'
    text = bind_params('SELECT ?o WHERE { VALUES ?name { "a"@id } ?s ?p ?o }', {"name": [hostile]})
    assert text == 'SELECT ?o WHERE { VALUES ?name { "x\\" } } ?s ?p ?o . { \\""@id } ?s ?p ?o }'
    assert run("region_record", sparql_small_trig, region_label=hostile).rows == []


def test_param_takes_the_kind_of_its_placeholder():
    text = ('PREFIX id: <https://w3id.org/awardkg/id/>\nSELECT * WHERE {\n'
            '  VALUES ?who { id:x }\n  VALUES ?rank { 1 }\n  BIND("2022"^^<http://www.w3.org/2001/XMLSchema#gYear> AS ?year)\n'
            '  VALUES ?label { UNDEF }\n}')
    assert set(find_placeholders(text)) == {"who", "rank", "year", "label"}
    filled = bind_params(text, {"who": ["id:person/a", "<https://example.org/b>"], "rank": ["2"],
                                "year": ["2023"], "label": ["Kota X"]})
    assert "VALUES ?who { <https://w3id.org/awardkg/id/person/a> <https://example.org/b> }" in filled
    assert 'VALUES ?rank { "2"^^<http://www.w3.org/2001/XMLSchema#integer> }' in filled
    assert 'BIND("2023"^^<http://www.w3.org/2001/XMLSchema#gYear> AS ?year)' in filled
    assert 'VALUES ?label { "Kota X" }' in filled
    with pytest.raises(QueryError, match="takes a number"):
        bind_params(text, {"rank": ["first"]})
    with pytest.raises(QueryError, match="takes an IRI"):
        bind_params(text, {"who": ["not an iri"]})
    with pytest.raises(QueryError, match="takes one value"):
        bind_params(text, {"year": ["2022", "2023"]})
    pyoxigraph.Store().query(filled)  # still valid SPARQL


def test_unknown_param_is_rejected_with_the_known_ones():
    with pytest.raises(QueryError, match=r"unknown parameter 'region'; this query takes: region_label"):
        prepare_query("region_record", params={"region": ["x"]})


def test_constant_binds_in_union_branches_are_not_parameters():
    _, text = resolve_query("region_record")
    assert set(find_placeholders(text)) == {"region_label"}


def test_placeholders_in_comments_are_ignored():
    text = '# VALUES ?ghost { "x" }\nSELECT * WHERE { VALUES ?real { "y" } }'
    assert set(find_placeholders(text)) == {"real"}


def test_parse_params():
    assert parse_params(["a=1", "b=x=y", "a=2", "?c="]) == {"a": ["1", "2"], "b": ["x=y"], "c": [""]}
    with pytest.raises(QueryError, match="name=value"):
        parse_params(["novalue"])


# ---------------------------------------------------------------- resolving and running


def test_resolve_query_by_name_path_or_text(tmp_path):
    label, text = resolve_query("top_presenters")
    assert label == "top_presenters" and "SELECT" in text
    path = tmp_path / "mine.rq"
    path.write_text("SELECT * WHERE { ?s ?p ?o }", encoding="utf-8")
    assert resolve_query(str(path)) == ("mine", "SELECT * WHERE { ?s ?p ?o }")
    assert resolve_query("ASK { ?s ?p ?o }") == ("query", "ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="did you mean 'top_presenters'"):
        resolve_query("top_presenter")
    with pytest.raises(QueryError, match="no such query file"):
        resolve_query(str(tmp_path / "missing.rq"))


def test_known_prefixes_are_declared_for_ad_hoc_queries(sparql_small_trig):
    text = with_known_prefixes("SELECT ?n WHERE { ?p a foaf:Person ; foaf:name ?n }")
    assert text.startswith("PREFIX foaf: <http://xmlns.com/foaf/0.1/>")
    result = run_query(text, graph=sparql_small_trig)
    assert "Rina Kartika" in {row[0] for row in result.rows}
    declared = "PREFIX foaf: <http://example.org/>\nSELECT * WHERE { ?s foaf:x ?o }"
    assert with_known_prefixes(declared) == declared
    assert with_known_prefixes('SELECT * WHERE { ?s ?p "foaf:x" }') == 'SELECT * WHERE { ?s ?p "foaf:x" }'


def test_syntax_error_is_one_line(sparql_small_trig):
    with pytest.raises(QueryError) as info:
        run_query("SELECT ?x WHERE { ?x ", graph=sparql_small_trig, label="broken")
    assert str(info.value).startswith("broken: SPARQL syntax error")
    assert "\n" not in str(info.value)


def test_missing_or_unreadable_graph_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="no such graph file"):
        run_query("ASK {}", graph=tmp_path / "none.ttl")
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(InputError, match="cannot read it as"):
        run_query("ASK {}", graph=bad)
    (tmp_path / "graph.xyz").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="unknown graph file ending"):
        run_query("ASK {}", graph=tmp_path / "graph.xyz")


def test_exactly_one_source():
    with pytest.raises(QueryError, match="exactly one"):
        run_query("ASK {}")


def test_every_file_format_gives_the_same_rows(sparql_small_trig, tmp_path):
    store = pyoxigraph.Store()
    store.load(path=str(sparql_small_trig), format=pyoxigraph.RdfFormat.TRIG)
    triples = [q.triple for q in store]
    expected = normalized(run("who_handed_what_to_whom", sparql_small_trig).rows)
    for ending, rdf_format in ((".ttl", pyoxigraph.RdfFormat.TURTLE), (".nt", pyoxigraph.RdfFormat.N_TRIPLES),
                               (".jsonld", pyoxigraph.RdfFormat.JSON_LD)):
        path = tmp_path / f"graph{ending}"
        pyoxigraph.serialize(triples, str(path), format=rdf_format)
        assert normalized(run("who_handed_what_to_whom", path).rows) == expected, ending


def test_ask_and_construct_results(sparql_small_trig):
    assert run_query(with_known_prefixes("ASK { ?s a award:Award }"), graph=sparql_small_trig).rows == [("true",)]
    text = with_known_prefixes("CONSTRUCT { ?a skos:prefLabel ?l } WHERE { ?a a award:Award ; skos:prefLabel ?l }")
    result = run_query(text, graph=sparql_small_trig)
    assert result.columns == ("subject", "predicate", "object")
    assert result.rows == [("https://w3id.org/awardkg/id/award/paritrana-award",
                            "http://www.w3.org/2004/02/skos/core#prefLabel", "Paritrana Award")]


# ---------------------------------------------------------------- output


def test_csv_json_keep_raw_values_table_shortens_iris():
    result = QueryResult(("who", "name", "n"), [(Iri("https://w3id.org/awardkg/id/person/a"), 'Ana, "A"', None)])
    assert to_csv(result) == 'who,name,n\nhttps://w3id.org/awardkg/id/person/a,"Ana, ""A""",\n'
    assert json.loads(to_json(result)) == {"columns": ["who", "name", "n"], "rows": [
        {"who": "https://w3id.org/awardkg/id/person/a", "name": 'Ana, "A"', "n": None}]}
    prefixes = {"id": "https://w3id.org/awardkg/id/", "foaf": "http://xmlns.com/foaf/0.1/"}
    assert shorten(Iri("https://w3id.org/awardkg/id/person/a"), prefixes) == "id:person/a"
    assert shorten(Iri("http://other.example/x"), prefixes) == "<http://other.example/x>"
    assert shorten("https://w3id.org/awardkg/id/not-an-iri", prefixes) == "https://w3id.org/awardkg/id/not-an-iri"
    buffer = io.StringIO()
    print_table(result, title="t", file=buffer)
    assert "id:person/a" in buffer.getvalue() and "1 row" in buffer.getvalue()


# ---------------------------------------------------------------- the command


def test_cli_query_formats(capsys, sparql_small_trig):
    code, out, _ = kg(capsys, "query", "top_presenters", "--graph", str(sparql_small_trig), "--format", "csv")
    assert code == 0
    assert out.splitlines()[0] == "presenter,conferrals,recipients,years,posts"
    code, out, _ = kg(capsys, "query", "top_presenters", "--graph", str(sparql_small_trig), "--format", "json")
    assert json.loads(out)["rows"][0]["presenter"] == "Rina Kartika"
    code, out, _ = kg(capsys, "query", "top_presenters", "--graph", str(sparql_small_trig))
    assert code == 0 and "Rina Kartika" in out and "3 rows" in out


def test_cli_param_and_list(capsys, sparql_small_trig):
    code, out, _ = kg(capsys, "query", "region_record", "--graph", str(sparql_small_trig), "--format", "csv",
                      "--param", "region_label=Kota Lembah Hijau")
    assert code == 0 and len(out.splitlines()) == 2 and "Kota Lembah Hijau" in out
    code, out, _ = kg(capsys, "query", "--list", "--format", "csv")
    assert code == 0
    listed = {line.split(",")[0] for line in out.splitlines()[1:]}
    assert REQUIRED <= listed
    assert "region_record,What is a region's record" in out


@pytest.mark.parametrize("argv, message", [
    (["query", "no_such_query", "--graph", "{graph}"], "unknown query 'no_such_query'"),
    (["query", "SELECT ?x WHERE {", "--graph", "{graph}"], "SPARQL syntax error"),
    (["query", "top_presenters", "--graph", "{missing}"], "no such graph file"),
    (["query", "region_record", "--graph", "{graph}", "--param", "nope=1"], "unknown parameter 'nope'"),
])
def test_cli_errors_are_one_line(capsys, sparql_small_trig, tmp_path, argv, message):
    places = {"{graph}": str(sparql_small_trig), "{missing}": str(tmp_path / "missing.ttl")}
    argv = [places.get(a, a) for a in argv]
    code, out, err = kg(capsys, *argv)
    assert code == 1
    assert err.startswith("kg: error: ") and message in err
    assert err.count("\n") == 1


def test_cli_defaults_to_kg_store_in_the_working_directory(capsys, sparql_small_trig, tmp_path, monkeypatch):
    import rdflib

    from kg.store import replace_store

    monkeypatch.chdir(tmp_path)
    code, _, err = kg(capsys, "query", "top_presenters")
    assert code == 1 and "./kg-store does not exist" in err
    dataset = rdflib.Dataset()
    dataset.parse(sparql_small_trig)
    replace_store(dataset, tmp_path / "kg-store")
    code, out, _ = kg(capsys, "query", "top_presenters", "--format", "csv")
    assert code == 0 and "Rina Kartika,3,2" in out


def test_kg_query_does_not_load_the_heavy_stages(sparql_small_trig):
    probe = ("import sys\nfrom kg.cli import main\n"
             "try:\n    main(['query', 'who_handed_what_to_whom', '--graph', sys.argv[1], '--format', 'csv'])\n"
             "except SystemExit:\n    pass\n"
             "heavy = [m for m in ('spacy', 'kg.extract', 'kg.nlp', 'kg.build', 'rdflib') if m in sys.modules]\n"
             "print('HEAVY', heavy)\n")
    done = subprocess.run([sys.executable, "-c", probe, str(sparql_small_trig)], capture_output=True, text=True,
                          check=True)
    assert "HEAVY []" in done.stdout


def test_header_parsing_reads_continuations():
    header = read_header("# Question: one\n#   two\n# Example (seed articles): e\n#\nSELECT ...\n# Ignored: x\n")
    assert header == {"question": "one two", "example": "e"}
