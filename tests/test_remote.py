"""Remote endpoints: kg query --endpoint, kg push and kg serve against a real Oxigraph server,
and every way an endpoint fails (down, HTTP 500, too slow, failing mid-push)."""
from __future__ import annotations

import contextlib
import http.server
import json
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pyoxigraph
import pytest

from test_query import kg, normalized  # the CLI runner and row comparison of the query tests

from kg.errors import EndpointError, QueryError
from kg.query import Iri, bundled_queries, prepare_query, run_query
from kg.remote import (MAIN_GRAPH, EndpointUrls, count_triples, endpoint_urls, insert_data, json_result,
                       ntriples_batches, push, remote_query)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "sparql-small.trig"
FIXTURE_TRIPLES = len({q.triple for q in pyoxigraph.parse(path=str(FIXTURE), format=pyoxigraph.RdfFormat.TRIG)})


# ---------------------------------------------------------------- pure parts


def test_endpoint_urls_for_oxigraph_fuseki_virtuoso_and_others():
    assert endpoint_urls("http://localhost:7878/query") == EndpointUrls(
        "http://localhost:7878/query", "http://localhost:7878/update", "http://localhost:7878/store", "oxigraph")
    assert endpoint_urls("http://h:3030/ds/query") == EndpointUrls(
        "http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data", "fuseki")
    assert endpoint_urls("http://h:3030/awards/sparql").store == "http://h:3030/awards/data"
    assert endpoint_urls("http://h:8890/sparql") == EndpointUrls(
        "http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-graph-crud", "virtuoso")
    assert endpoint_urls("https://example.org/api/endpoint") == EndpointUrls(
        "https://example.org/api/endpoint", "https://example.org/api/endpoint", None)
    given = endpoint_urls("http://h/query", update_url="http://h/u", store_url="http://h/s")
    assert (given.update, given.store) == ("http://h/u", "http://h/s")
    with pytest.raises(EndpointError, match="not an http"):
        endpoint_urls("localhost:7878")


def test_batches_keep_blank_node_groups_together():
    b1, b2, b3 = pyoxigraph.BlankNode("b1"), pyoxigraph.BlankNode("b2"), pyoxigraph.BlankNode("b3")
    s, p = pyoxigraph.NamedNode("https://example.org/s"), pyoxigraph.NamedNode("https://example.org/p")
    triples = [pyoxigraph.Triple(s, p, pyoxigraph.Literal(str(i))) for i in range(5)]
    triples += [pyoxigraph.Triple(s, p, b1), pyoxigraph.Triple(b1, p, b2), pyoxigraph.Triple(b2, p, s),
                pyoxigraph.Triple(s, p, b3)]
    batches = list(ntriples_batches(triples, size=2))
    assert sum(len(b) for b in batches) == len(triples)
    [linked] = [b for b in batches if any("_:b1" in line for line in b)]
    assert len([line for line in linked if "_:b1" in line or "_:b2" in line]) == 3
    assert max(len(b) for b in batches) == 3  # the three-triple group is not split


def test_insert_data_is_valid_sparql_update():
    line = str(pyoxigraph.Triple(pyoxigraph.NamedNode("https://example.org/s"),
                                 pyoxigraph.NamedNode("https://example.org/p"),
                                 pyoxigraph.Literal('kata "dia"\n', language="id")))
    store = pyoxigraph.Store()
    store.update(insert_data("https://example.org/g", [line, line]))
    [quad] = list(store)
    assert quad.object.value == 'kata "dia"\n' and quad.graph_name.value == "https://example.org/g"


def test_json_results_render_like_local_results():
    document = {"head": {"vars": ["a", "b", "c"]}, "results": {"bindings": [
        {"a": {"type": "uri", "value": "https://example.org/x"}, "b": {"type": "literal", "value": "1",
                                                                       "datatype": "xsd:integer"}},
        {"c": {"type": "bnode", "value": "n1"}}]}}
    result = json_result(document)
    assert result.columns == ("a", "b", "c")
    assert result.rows == [("https://example.org/x", "1", None), (None, None, "_:n1")]
    assert isinstance(result.rows[0][0], Iri)
    assert json_result({"head": {}, "boolean": True}).rows == [("true",)]


# ---------------------------------------------------------------- stubs


@contextlib.contextmanager
def http_stub(respond):
    """An HTTP server on 127.0.0.1 whose every request is answered by ``respond(method, path, headers, body)``,
    which returns ``(status, content_type, body)``. Yields its base URL."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def handle_any(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            status, content_type, answer = respond(self.command, self.path, self.headers, body)
            try:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

        do_GET = do_POST = do_PUT = do_DELETE = handle_any

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.block_on_close = False
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def forward(upstream: str, method: str, path: str, headers, body: bytes) -> tuple[int, str, bytes]:
    """Pass one request on to ``upstream`` and return its answer."""
    request = urllib.request.Request(upstream + path, data=body or None, method=method)
    for name in ("Content-Type", "Accept"):
        if headers.get(name):
            request.add_header(name, headers[name])
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", "text/plain"), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", "text/plain"), exc.read()


def failing_proxy(upstream: str, *, fails, mode: str = "500"):
    """A proxy to ``upstream`` that answers 500 (or sleeps 3 s) for the first request where ``fails(method, body)``."""
    state = {"failed": False}

    def respond(method, path, headers, body):
        if not state["failed"] and fails(method, body):
            state["failed"] = True
            if mode == "sleep":
                time.sleep(3)
                return 504, "text/plain", b"too late"
            return 500, "text/plain", b"Internal Server Error: disk full\nmore detail"
        return forward(upstream, method, path, headers, body)

    return http_stub(respond)


# ---------------------------------------------------------------- a real Oxigraph server

server = pytest.mark.server


def graph_count(base: str, graph: str = MAIN_GRAPH) -> int:
    return count_triples(endpoint_urls(f"{base}/query"), graph, timeout=10)


def temporary_graphs(base: str) -> set[str]:
    """The graphs that a push made for a while (named after its target plus -kg-push-)."""
    result = remote_query(f"{base}/query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", timeout=10)
    return {row[0] for row in result.rows if "-kg-push-" in row[0]}


@pytest.fixture(scope="module")
def pushed(oxigraph_server, tmp_path_factory):
    """The fixture graph pushed into the test server's main graph."""
    report = push(FIXTURE, endpoint=f"{oxigraph_server}/query")
    return oxigraph_server, report


@server
def test_push_by_graph_store_protocol_then_query(pushed):
    base, report = pushed
    assert report.method == "graph store protocol"
    assert report.triples == FIXTURE_TRIPLES
    assert graph_count(base) == FIXTURE_TRIPLES
    assert temporary_graphs(base) == set(), "no temporary graph left behind"


@server
def test_pushing_again_is_idempotent(pushed, sparql_small_trig):
    base, _ = pushed
    again = push(sparql_small_trig, endpoint=f"{base}/query")
    assert again.triples == FIXTURE_TRIPLES
    assert graph_count(base) == FIXTURE_TRIPLES
    assert temporary_graphs(base) == set()


@server
def test_every_bundled_query_gives_the_same_rows_remotely(pushed, sparql_small_trig):
    base, _ = pushed
    for query in bundled_queries():
        _, text = prepare_query(query.name)
        local = run_query(text, graph=sparql_small_trig)
        remote = run_query(text, endpoint=f"{base}/query", default_graphs=[MAIN_GRAPH])
        assert remote.columns == local.columns, query.name
        assert normalized(remote.rows) == normalized(local.rows), query.name


@server
def test_push_by_sparql_update_batches_replaces_the_graph(oxigraph_server, sparql_small_trig, tmp_path):
    graph = "https://example.org/graph/by-update"
    small = tmp_path / "small.ttl"
    small.write_text("<https://example.org/old> <https://example.org/p> 1 .\n", encoding="utf-8")
    push(small, endpoint=f"{oxigraph_server}/query", graph=graph, method="update")
    assert graph_count(oxigraph_server, graph) == 1
    report = push(sparql_small_trig, endpoint=f"{oxigraph_server}/query", graph=graph, method="update",
                  batch_size=40)
    assert report.method == "sparql update"
    assert report.requests == -(-FIXTURE_TRIPLES // 40) + 2  # the inserts, the count, the MOVE
    assert graph_count(oxigraph_server, graph) == FIXTURE_TRIPLES
    old = remote_query(f"{oxigraph_server}/query",
                       f"ASK {{ GRAPH <{graph}> {{ <https://example.org/old> ?p ?o }} }}", timeout=10)
    assert old.rows == [("false",)]


@server
def test_blank_nodes_stay_linked_across_update_batches(oxigraph_server, tmp_path):
    graph = "https://example.org/graph/blank"
    path = tmp_path / "blank.ttl"
    path.write_text('@prefix e: <https://example.org/> .\n'
                    'e:s e:p [ e:q [ e:r "deep" ] ] .\n' + "".join(f"e:s e:n {i} .\n" for i in range(6)),
                    encoding="utf-8")
    push(path, endpoint=f"{oxigraph_server}/query", graph=graph, method="update", batch_size=1)
    deep = remote_query(f"{oxigraph_server}/query", "SELECT ?v WHERE { GRAPH <%s> { "
                        "<https://example.org/s> <https://example.org/p>/<https://example.org/q>/"
                        "<https://example.org/r> ?v } }" % graph, timeout=10)
    assert deep.rows == [("deep",)]


@server
def test_cli_push_and_query_endpoint(oxigraph_server, sparql_small_trig, capsys):
    graph = "https://example.org/graph/cli"
    code, out, _ = kg(capsys, "push", str(sparql_small_trig), "--endpoint", f"{oxigraph_server}/query",
                      "--graph", graph)
    assert code == 0
    assert out.startswith(f"Pushed {FIXTURE_TRIPLES} triples to <{graph}>")
    assert " s (graph store protocol" in out
    code, remote, _ = kg(capsys, "query", "officials_and_posts", "--endpoint", f"{oxigraph_server}/query",
                         "--default-graph", graph, "--format", "csv")
    assert code == 0
    code, local, _ = kg(capsys, "query", "officials_and_posts", "--graph", str(sparql_small_trig), "--format", "csv")
    assert normalized(line.split(",") for line in remote.splitlines()) == normalized(
        line.split(",") for line in local.splitlines())


@server
def test_a_push_failing_mid_way_leaves_the_target_as_it_was(pushed, sparql_small_trig):
    base, _ = pushed
    assert graph_count(base) == FIXTURE_TRIPLES
    third_insert = {"n": 0}

    def on_third_insert(method, body):
        if b"INSERT" in body:
            third_insert["n"] += 1
        return third_insert["n"] == 3

    with failing_proxy(base, fails=on_third_insert) as proxy:
        with pytest.raises(EndpointError, match=r"failed \(HTTP 500\): Internal Server Error: disk full") as info:
            push(sparql_small_trig, endpoint=f"{proxy}/query", method="update", batch_size=50)
    assert proxy in str(info.value) and "\n" not in str(info.value)
    assert graph_count(base) == FIXTURE_TRIPLES
    assert temporary_graphs(base) == set(), "the temporary graph was dropped"


@server
def test_a_push_failing_at_the_swap_leaves_the_target_as_it_was(pushed, tmp_path):
    base, _ = pushed
    small = tmp_path / "small.ttl"
    small.write_text("<https://example.org/new> <https://example.org/p> 1 .\n", encoding="utf-8")
    with failing_proxy(base, fails=lambda method, body: b"MOVE" in body) as proxy:
        with pytest.raises(EndpointError, match="HTTP 500"):
            push(small, endpoint=f"{proxy}/query")
    assert graph_count(base) == FIXTURE_TRIPLES
    assert temporary_graphs(base) == set()


@server
def test_a_push_timing_out_leaves_the_target_as_it_was(pushed, sparql_small_trig):
    base, _ = pushed
    with failing_proxy(base, fails=lambda method, body: method == "PUT", mode="sleep") as proxy:
        with pytest.raises(EndpointError, match=r"did not answer within 1 s"):
            push(sparql_small_trig, endpoint=f"{proxy}/query", timeout=1)
    assert graph_count(base) == FIXTURE_TRIPLES
    assert temporary_graphs(base) == set()


# ---------------------------------------------------------------- endpoints that fail


def test_endpoint_down_is_one_line(capsys, free_port, sparql_small_trig):
    url = f"http://127.0.0.1:{free_port}/query"
    with pytest.raises(EndpointError, match=f"cannot reach {url}: connection refused"):
        remote_query(url, "ASK {}", timeout=5)
    code, out, err = kg(capsys, "query", "top_presenters", "--endpoint", url)
    assert (code, out) == (1, "")
    assert err == f"kg: error: cannot reach {url}: connection refused\n"
    code, out, err = kg(capsys, "push", str(sparql_small_trig), "--endpoint", url)
    assert (code, out) == (1, "")
    store = url.replace("/query", "/store")  # the first request of a push: the Graph Store PUT
    assert err == f"kg: error: cannot reach {store}: connection refused\n"


def test_http_500_is_one_line(capsys, sparql_small_trig):
    with http_stub(lambda *_: (500, "text/plain", b"Internal Server Error\nstack trace")) as stub:
        url = f"{stub}/query"
        code, _, err = kg(capsys, "query", "top_presenters", "--endpoint", url)
        assert code == 1
        assert err == f"kg: error: {url} failed (HTTP 500): Internal Server Error\n"
        code, _, err = kg(capsys, "push", str(sparql_small_trig), "--endpoint", url)
        assert code == 1 and err.count("\n") == 1 and url.rsplit("/", 1)[0] in err and "HTTP 500" in err


def test_query_timeout_is_one_line(capsys):
    def slow(*_):
        time.sleep(3)
        return 200, "application/sparql-results+json", b'{"head": {"vars": []}, "results": {"bindings": []}}'

    with http_stub(slow) as stub:
        url = f"{stub}/query"
        started = time.monotonic()
        code, _, err = kg(capsys, "query", "top_presenters", "--endpoint", url, "--timeout", "1")
        assert time.monotonic() - started < 2.5
        assert code == 1
        assert err == f"kg: error: {url} did not answer within 1 s (--timeout)\n"


def test_a_query_the_endpoint_rejects_is_a_query_error():
    with http_stub(lambda *_: (400, "text/plain", b"Parse error: unexpected token")) as stub:
        with pytest.raises(QueryError, match=r"rejected the request \(HTTP 400\): Parse error: unexpected token"):
            remote_query(f"{stub}/query", "SELECT * WHERE { ?s ?p ?o }", timeout=5)


def test_an_answer_that_is_not_sparql_json_is_an_endpoint_error():
    with http_stub(lambda *_: (200, "text/html", b"<html>login</html>")) as stub:
        with pytest.raises(EndpointError, match="did not answer with SPARQL JSON"):
            remote_query(f"{stub}/query", "SELECT * WHERE { ?s ?p ?o }", timeout=5)


def test_gsp_not_offered_falls_back_to_updates(sparql_small_trig):
    seen = []

    def respond(method, path, headers, body):
        seen.append(method)
        if method == "PUT":
            return 405, "text/plain", b"no"
        if b"COUNT" in body or b"COUNT" in path.encode():
            return 200, "application/sparql-results+json", json.dumps(
                {"head": {"vars": ["n"]}, "results": {"bindings": [
                    {"n": {"type": "literal", "value": str(FIXTURE_TRIPLES)}}]}}).encode()
        return 204, "text/plain", b""

    with http_stub(respond) as stub:
        report = push(sparql_small_trig, endpoint=f"{stub}/query", batch_size=200)
    assert report.method == "sparql update"
    assert seen == ["PUT", "POST", "POST", "POST", "POST"]  # 2 INSERT DATA, the count, the MOVE


# ---------------------------------------------------------------- kg serve


@server
def test_kg_serve_answers_then_stops_cleanly_on_ctrl_c(sparql_small_trig, tmp_path, free_port):
    import rdflib

    from kg.store import replace_store

    dataset = rdflib.Dataset()
    dataset.parse(sparql_small_trig)
    replace_store(dataset, tmp_path / "kg-store")
    bind = f"127.0.0.1:{free_port}"
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(tmp_path / "kg-store"),
                                "--bind", bind], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        assert first.startswith("Serving")
        assert process.stdout.readline().strip() == f"SPARQL query endpoint: http://{bind}/query"
        _, text = prepare_query("who_handed_what_to_whom")
        remote = run_query(text, endpoint=f"http://{bind}/query")  # the union of the store's graphs
        assert normalized(remote.rows) == normalized(run_query(text, graph=sparql_small_trig).rows)
        with urllib.request.urlopen(f"http://{bind}/", timeout=5) as page:
            assert "html" in page.headers.get("Content-Type", "")
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


# ---------------------------------------------------------------- end to end on the seed articles


@server
@pytest.mark.shared
def test_seed_graph_answers_alike_from_file_store_and_endpoint(oxigraph_server, tmp_path):
    from _shared import SEEDS, need_shared

    from kg.build import build

    need_shared(SEEDS)
    graph, store = tmp_path / "seeds.trig", tmp_path / "kg-store"
    report = build([SEEDS], output=graph, store=store)
    assert report.store_quads and report.conferrals > 0
    seeds_graph = "https://example.org/graph/seeds"
    pushed = push(graph, endpoint=f"{oxigraph_server}/query", graph=seeds_graph)
    assert pushed.triples > 0
    answered = 0
    for query in bundled_queries():
        _, text = prepare_query(query.name)
        from_file = run_query(text, graph=graph)
        from_store = run_query(text, store=store)
        from_endpoint = run_query(text, endpoint=f"{oxigraph_server}/query", default_graphs=[seeds_graph])
        assert from_file.columns == from_store.columns == from_endpoint.columns, query.name
        assert normalized(from_file.rows) == normalized(from_store.rows) == normalized(from_endpoint.rows), \
            query.name
        answered += bool(from_file.rows)
    assert answered >= 10, "most questions have an answer in the seed articles"


@server
def test_kg_serve_on_a_port_in_use_is_one_line(oxigraph_server, sparql_small_trig, tmp_path, capsys):
    import rdflib

    from kg.store import replace_store

    dataset = rdflib.Dataset()
    dataset.parse(sparql_small_trig)
    replace_store(dataset, tmp_path / "kg-store")
    bind = oxigraph_server.removeprefix("http://")
    code, out, err = kg(capsys, "serve", "--store", str(tmp_path / "kg-store"), "--bind", bind)
    assert (code, out) == (1, "")
    assert err == f"kg: error: cannot listen on {bind}: Address already in use\n"
