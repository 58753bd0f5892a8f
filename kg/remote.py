"""Remote SPARQL endpoints: run queries on them and push a built graph into them.

Every SPARQL query and update goes through SPARQLWrapper. SPARQLWrapper has no Graph Store
Protocol (it cannot ``PUT`` a graph), so that one request, when the server offers it, goes
through ``urllib`` with the same timeout, credentials and error handling.

``push`` replaces one named graph of the remote store: it loads the new content into a
temporary graph (one GSP ``PUT``, or ``INSERT DATA`` in batches), checks that the endpoint holds
every triple sent, and only then swaps it in with one ``MOVE`` request. Until then the target
graph is untouched; when anything fails, the temporary graph is dropped (best effort).

Every failure (endpoint down, HTTP error, timeout) is one :class:`~kg.errors.EndpointError` line
naming the endpoint.
"""
from __future__ import annotations

import ast
import json
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import EndpointError, InputError, KgError, QueryError
from kg.query import Iri, QueryResult, one_line

MAIN_GRAPH = "https://w3id.org/awardkg/graph/main"
BATCH_SIZE = 1000  # Virtuoso 7.2 refuses an INSERT DATA of 1,867 triples ("generated SQL text" too long)
METHODS = ("auto", "gsp", "update")
# HTTP statuses by which a server says it offers no Graph Store Protocol (at that URL, for that body)
_NO_GSP = {400, 404, 405, 406, 415, 501}


@dataclass(frozen=True)
class EndpointUrls:
    """The three URLs of one SPARQL service: query, update and Graph Store Protocol (if known)."""

    query: str
    update: str
    store: str | None
    server: str = "unknown"  # "oxigraph", "fuseki" or "virtuoso" when the query URL tells


@dataclass(frozen=True)
class Credentials:
    """HTTP credentials for an endpoint: ``auth`` is ``basic`` or ``digest``."""

    user: str
    password: str
    auth: str = "basic"


@dataclass(frozen=True)
class PushReport:
    """What ``push`` did: the graph replaced, the triples sent, how, and how long it took."""

    endpoint: str
    graph: str
    triples: int
    seconds: float
    method: str  # "graph store protocol" or "sparql update"
    requests: int


def endpoint_urls(query_url: str, *, update_url: str | None = None,
                  store_url: str | None = None) -> EndpointUrls:
    """The update and Graph Store URLs of a service, derived from its query URL when not given.

    \b
    Oxigraph  http://host:7878/query     -> /update, /store
    Fuseki    http://host:3030/ds/query  -> /ds/update, /ds/data   (also /ds/sparql)
    Virtuoso  http://host:8890/sparql    -> /sparql, /sparql-graph-crud
    anything else: updates go to the query URL, and no Graph Store Protocol is tried.
    """
    parts = urllib.parse.urlsplit(query_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{query_url}: not an http(s) endpoint URL")
    path = parts.path.rstrip("/")

    def at(new_path: str) -> str:
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, new_path, "", ""))

    update, store, server = query_url, None, "unknown"
    head, _, last = path.rpartition("/")
    if path == "/query":
        update, store, server = at("/update"), at("/store"), "oxigraph"
    elif path == "/sparql":
        update, store, server = query_url, at("/sparql-graph-crud"), "virtuoso"
    elif last in ("query", "sparql") and head:  # /{dataset}/query
        update, store, server = at(f"{head}/update"), at(f"{head}/data"), "fuseki"
    return EndpointUrls(query=query_url, update=update_url or update, store=store_url or store, server=server)


# ---------------------------------------------------------------- queries


def remote_query(endpoint: str, text: str, *, default_graphs: Sequence[str] = (),
                 timeout: float = 60.0, user: str | None = None, password: str | None = None,
                 auth: str = "basic") -> QueryResult:
    """Run a SPARQL query at an endpoint; the same :class:`QueryResult` as a local query gives."""
    return _select(endpoint, text, default_graphs=default_graphs, timeout=timeout,
                   credentials=_credentials(user, password, auth))


def _select(endpoint: str, text: str, *, default_graphs: Sequence[str] = (), timeout: float,
            credentials: Credentials | None) -> QueryResult:
    from SPARQLWrapper import JSON, POST, TURTLE

    wrapper = _wrapper(endpoint, timeout=timeout, credentials=credentials)
    wrapper.setQuery(text)
    for graph in default_graphs:
        wrapper.addDefaultGraph(graph)
    wrapper.setMethod(POST)
    is_graph = wrapper.queryType in ("CONSTRUCT", "DESCRIBE")
    wrapper.setReturnFormat(TURTLE if is_graph else JSON)
    body = _call(endpoint, timeout, lambda: wrapper.query().response.read())
    if is_graph:
        return _triples_result(endpoint, body)
    try:
        document = json.loads(body)
    except ValueError as exc:
        raise EndpointError(f"{endpoint} did not answer with SPARQL JSON results") from exc
    return json_result(document)


def json_result(document: dict[str, Any]) -> QueryResult:
    """SPARQL 1.1 JSON results as a :class:`QueryResult` (values rendered as local queries render them)."""
    if "boolean" in document:
        return QueryResult(("result",), [("true" if document["boolean"] else "false",)])
    columns = tuple(document.get("head", {}).get("vars", []))
    rows = [tuple(_json_value(binding.get(c)) for c in columns)
            for binding in document.get("results", {}).get("bindings", [])]
    return QueryResult(columns, rows)


def _json_value(cell: dict[str, str] | None) -> str | None:
    if cell is None:
        return None
    if cell.get("type") == "uri":
        return Iri(cell["value"])
    if cell.get("type") == "bnode":
        return f"_:{cell['value']}"
    return cell["value"]


def _triples_result(endpoint: str, body: bytes) -> QueryResult:
    """A CONSTRUCT/DESCRIBE answer (Turtle) as subject/predicate/object rows."""
    import pyoxigraph

    from kg.query import term_value

    try:
        triples = list(pyoxigraph.parse(body, format=pyoxigraph.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as exc:
        raise EndpointError(f"{endpoint} did not answer with Turtle: {one_line(exc)}") from exc
    return QueryResult(("subject", "predicate", "object"),
                       [(term_value(t.subject), term_value(t.predicate), term_value(t.object))
                        for t in triples])


def remote_update(urls: EndpointUrls, update: str, *, timeout: float,
                  credentials: Credentials | None = None) -> None:
    """Send one SPARQL Update request."""
    from SPARQLWrapper import POST

    wrapper = _wrapper(urls.query, update_url=urls.update, timeout=timeout, credentials=credentials)
    wrapper.setMethod(POST)
    wrapper.setQuery(update)
    if not wrapper.isSparqlUpdateRequest():
        raise QueryError(f"not a SPARQL update: {update[:40]!r}")
    _call(urls.update, timeout, lambda: wrapper.query().response.read())


def _wrapper(endpoint: str, *, update_url: str | None = None, timeout: float,
             credentials: Credentials | None) -> Any:
    """A SPARQLWrapper set up for one endpoint, with timeout and credentials."""
    from SPARQLWrapper import DIGEST, SPARQLWrapper

    wrapper = SPARQLWrapper(endpoint, updateEndpoint=update_url, agent="awardkg")
    wrapper.setTimeout(max(1, round(timeout)))
    if credentials is not None:
        wrapper.setCredentials(credentials.user, credentials.password)
        if credentials.auth == "digest":
            wrapper.setHTTPAuth(DIGEST)
    return wrapper


def _credentials(user: str | None, password: str | None, auth: str) -> Credentials | None:
    if user is None and password is None:
        return None
    if not user or password is None:
        raise EndpointError("give both --user and --password")
    if auth not in ("basic", "digest"):
        raise EndpointError(f"unknown HTTP authentication {auth!r} (basic or digest)")
    return Credentials(user, password, auth)


def _call(endpoint: str, timeout: float, request: Any) -> Any:
    """Make one HTTP exchange; turn every way it can fail into a one-line error naming the endpoint."""
    from SPARQLWrapper.SPARQLExceptions import (EndPointInternalError, EndPointNotFound,
                                                QueryBadFormed, SPARQLWrapperException,
                                                Unauthorized)

    try:
        return request()
    except QueryBadFormed as exc:
        raise QueryError(f"{endpoint} rejected the request (HTTP 400): {_server_says(exc)}") from exc
    except EndPointInternalError as exc:
        raise EndpointError(f"{endpoint} failed (HTTP 500): {_server_says(exc)}") from exc
    except EndPointNotFound as exc:
        raise EndpointError(f"{endpoint}: no SPARQL service at this URL (HTTP 404)") from exc
    except Unauthorized as exc:
        raise EndpointError(f"{endpoint} refused the request (HTTP 401): give --user and --password") from exc
    except SPARQLWrapperException as exc:
        raise EndpointError(f"{endpoint}: {_server_says(exc)}") from exc
    except urllib.error.HTTPError as exc:
        detail = _first_line(_read_quietly(exc))
        if not detail or detail.startswith("<"):  # an HTML error page: its status line says more
            detail = str(exc.reason)
        verb = "failed" if exc.code >= 500 else "refused the request"
        raise EndpointError(f"{endpoint} {verb} (HTTP {exc.code}): {detail}") from exc
    except (TimeoutError, socket.timeout) as exc:
        raise EndpointError(f"{endpoint} did not answer within {timeout:g} s (--timeout)") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise EndpointError(f"{endpoint} did not answer within {timeout:g} s (--timeout)") from exc
        raise EndpointError(f"cannot reach {endpoint}: {_reason(exc.reason)}") from exc
    except (OSError, ValueError) as exc:  # connection reset, bad status line, ...
        raise EndpointError(f"{endpoint}: the connection failed: {one_line(exc)}") from exc


def _reason(reason: Any) -> str:
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return one_line(reason) if isinstance(reason, BaseException) else str(reason)


def _server_says(exc: BaseException) -> str:
    """The first line of the server's answer that SPARQLWrapper put into its exception message."""
    _, sep, response = str(exc).partition("Response:\n")
    if sep:
        try:
            return _first_line(ast.literal_eval(response.strip())) or one_line(exc)
        except (ValueError, SyntaxError):
            return _first_line(response) or one_line(exc)
    return one_line(exc)


def _first_line(text: bytes | str) -> str:
    """The first non-empty line of a server's answer, at most 200 characters."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return lines[0][:200] if lines else ""


def _read_quietly(response: Any) -> bytes:
    try:
        return response.read()
    except (OSError, ValueError):
        return b""


# ---------------------------------------------------------------- push


def read_triples(source: Path) -> list[Any]:
    """The distinct triples of a graph file or an Oxigraph store, all graphs merged into one."""
    from kg.store import load_graph_file, open_store

    source = Path(source)
    store = open_store(source) if source.is_dir() else load_graph_file(source)
    return list(dict.fromkeys(quad.triple for quad in store))


def ntriples_batches(triples: Sequence[Any], *, size: int = BATCH_SIZE) -> Iterator[list[str]]:
    """The triples as N-Triples lines in batches of about ``size``.

    Triples linked through blank nodes stay in one batch (a blank node label means one node
    only within one request); a group larger than ``size`` makes a batch of its own.
    """
    import pyoxigraph

    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    plain: list[str] = []
    linked: list[tuple[str, str]] = []
    for triple in triples:
        blanks = [t.value for t in (triple.subject, triple.object) if isinstance(t, pyoxigraph.BlankNode)]
        if not blanks:
            plain.append(str(triple))
            continue
        for other in blanks[1:]:
            parent[root(other)] = root(blanks[0])
        linked.append((blanks[0], str(triple)))
    groups: dict[str, list[str]] = {}
    for blank, line in linked:
        groups.setdefault(root(blank), []).append(line)
    batch: list[str] = []
    for lines in [*groups.values(), *([line] for line in plain)]:
        if batch and len(batch) + len(lines) > size:
            yield batch
            batch = []
        batch.extend(lines)
    if batch:
        yield batch


def insert_data(graph: str, lines: Sequence[str]) -> str:
    """A SPARQL ``INSERT DATA`` of N-Triples lines into one named graph."""
    body = " .\n".join(lines)
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{body} .\n}} }}"


def push(source: Path, *, endpoint: str, graph: str = MAIN_GRAPH, update_endpoint: str | None = None,
         store_endpoint: str | None = None, user: str | None = None, password: str | None = None,
         auth: str = "basic", timeout: float = 600.0, batch_size: int = BATCH_SIZE,
         method: str = "auto") -> PushReport:
    """Replace one named graph of a remote SPARQL store with the triples of a graph file or store.

    ``method`` is ``gsp`` (Graph Store Protocol ``PUT``), ``update`` (``INSERT DATA`` batches) or
    ``auto`` (GSP where the server offers it, else updates). The old content stays until the new
    content is complete; a failure leaves the target graph as it was.
    """
    if method not in METHODS:
        raise EndpointError(f"unknown push method {method!r} (one of {', '.join(METHODS)})")
    if batch_size < 1:
        raise EndpointError("the batch size must be at least 1")
    _check_iri(graph)
    urls = endpoint_urls(endpoint, update_url=update_endpoint, store_url=store_endpoint)
    credentials = _credentials(user, password, auth)
    triples = read_triples(source)
    if not triples:
        raise InputError(f"{source}: holds no triples; nothing pushed")
    temporary = f"{graph}-kg-push-{uuid.uuid4().hex[:12]}"
    started = time.perf_counter()
    try:
        used, requests = _load_temporary(urls, temporary, triples, credentials=credentials,
                                         timeout=timeout, batch_size=batch_size, method=method)
        held = count_triples(urls, temporary, timeout=timeout, credentials=credentials)
        if held != len(triples):
            raise EndpointError(f"{urls.query} holds {held} of the {len(triples)} triples sent; "
                                f"<{graph}> left as it was")
        remote_update(urls, f"MOVE <{temporary}> TO <{graph}>", timeout=timeout, credentials=credentials)
    except (KgError, KeyboardInterrupt):
        _drop_quietly(urls, temporary, timeout=timeout, credentials=credentials)
        raise
    return PushReport(endpoint=endpoint, graph=graph, triples=len(triples),
                      seconds=time.perf_counter() - started, method=used, requests=requests + 2)


def _load_temporary(urls: EndpointUrls, temporary: str, triples: Sequence[Any], *,
                    credentials: Credentials | None, timeout: float, batch_size: int,
                    method: str) -> tuple[str, int]:
    """Fill the temporary graph; return the method used and the number of requests made."""
    if method in ("auto", "gsp"):
        if urls.store is None:
            if method == "gsp":
                raise EndpointError(f"{urls.query}: no Graph Store URL known; give --store-endpoint")
        else:
            body = "".join(f"{t} .\n" for t in triples).encode("utf-8")
            # Oxigraph loads 6x faster outside a transaction; safe here, the count check follows
            bulk = urls.server == "oxigraph"
            if put_graph(urls.store, temporary, body, timeout=timeout, credentials=credentials, bulk=bulk):
                return "graph store protocol", 1
            if method == "gsp":
                raise EndpointError(f"{urls.store} offers no Graph Store Protocol")
    requests = 0
    for batch in ntriples_batches(triples, size=batch_size):
        try:
            remote_update(urls, insert_data(temporary, batch), timeout=timeout, credentials=credentials)
        except QueryError as exc:  # the server refused the INSERT DATA itself, often for its size
            raise EndpointError(f"{exc} (a smaller --batch-size may help)") from exc
        requests += 1
    return "sparql update", requests


def put_graph(store_url: str, graph: str, body: bytes, *, timeout: float,
              credentials: Credentials | None = None, bulk: bool = False) -> bool:
    """PUT N-Triples into one graph by the Graph Store Protocol; False when the server does not offer it.

    ``bulk`` asks Oxigraph for its non-transactional loader (``no_transaction``).
    """
    separator = "&" if "?" in store_url else "?"
    url = f"{store_url}{separator}graph={urllib.parse.quote(graph, safe='')}"
    if bulk:
        url += "&no_transaction"
    request = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": "text/turtle; charset=utf-8",
                                              "User-Agent": "awardkg"})
    handlers = []
    if credentials is not None:
        manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        manager.add_password(None, store_url, credentials.user, credentials.password)
        handler = (urllib.request.HTTPDigestAuthHandler if credentials.auth == "digest"
                   else urllib.request.HTTPBasicAuthHandler)
        handlers.append(handler(manager))
    opener = urllib.request.build_opener(*handlers)

    def send() -> bool:
        try:
            with opener.open(request, timeout=timeout) as response:
                response.read()
        except urllib.error.HTTPError as exc:
            if exc.code in _NO_GSP:
                return False
            if exc.code == 401:
                raise EndpointError(f"{store_url} refused the request (HTTP 401): "
                                    "give --user and --password") from exc
            raise
        return True

    return _call(store_url, timeout, send)


def count_triples(urls: EndpointUrls, graph: str, *, timeout: float,
                  credentials: Credentials | None = None) -> int:
    """How many triples one named graph of the endpoint holds."""
    text = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    result = _select(urls.query, text, timeout=timeout, credentials=credentials)
    try:
        return int(result.rows[0][0] or 0)
    except (IndexError, ValueError) as exc:
        raise EndpointError(f"{urls.query} gave no triple count") from exc


def _drop_quietly(urls: EndpointUrls, graph: str, *, timeout: float,
                  credentials: Credentials | None) -> None:
    """Drop a graph, ignoring failure (the endpoint may be the very thing that failed)."""
    try:
        remote_update(urls, f"DROP SILENT GRAPH <{graph}>", timeout=min(timeout, 10.0),
                      credentials=credentials)
    except KgError:
        pass


def _check_iri(iri: str) -> None:
    import pyoxigraph

    try:
        pyoxigraph.NamedNode(iri)
    except ValueError as exc:
        raise EndpointError(f"--graph {iri!r} is not an absolute IRI") from exc
