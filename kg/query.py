"""SPARQL over a built graph: the bundled query library, parameters, and one result shape for every engine.

A query runs on a graph file (loaded into an in-memory Oxigraph store), on an on-disk Oxigraph
store (``kg build --store``), or on a remote SPARQL endpoint (``kg.remote``, through SPARQLWrapper).
All three give a :class:`QueryResult`: column names in the query's order and rows of plain
strings (``None`` where a variable is unbound), IRIs marked as :class:`Iri` so that a table can
shorten them while CSV and JSON keep them whole.

On a store or a TriG file with one named graph per article, queries see the union of all graphs
as their default graph; a triple that several article graphs hold is then seen once per graph,
so the bundled queries use ``DISTINCT`` and ``COUNT(DISTINCT ...)``.

This module is on the path of ``kg query``, which must start fast: it never imports rdflib at
module level, and pyoxigraph, rich and SPARQLWrapper only inside the functions that use them.
"""
from __future__ import annotations

import csv
import difflib
import io
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kg.errors import QueryError
from kg.paths import QUERIES_DIR

if TYPE_CHECKING:
    import pyoxigraph

QUERY_SUFFIX = ".rq"
PIPE_WIDTH = 1000  # the widest a table gets when printed into a file or a pipe


class Iri(str):
    """A result value that is an IRI (a plain ``str`` otherwise)."""

    __slots__ = ()


Value = str | None


@dataclass(frozen=True)
class QueryResult:
    """What a query answered: column names in the query's order, and rows of plain values."""

    columns: tuple[str, ...]
    rows: list[tuple[Value, ...]] = field(default_factory=list)

    def records(self) -> list[dict[str, Value]]:
        """The rows as dictionaries keyed by column name."""
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass(frozen=True)
class BundledQuery:
    """A query of the library in ``queries/``, with what its header comment says."""

    name: str
    path: Path
    question: str
    columns: str = ""
    example: str = ""
    params: tuple[str, ...] = ()  # the names --param can fill


@dataclass(frozen=True)
class Placeholder:
    """A ``VALUES ?name { ... }`` or ``BIND(term AS ?name)`` that ``--param name=...`` may fill."""

    name: str
    form: str  # "values" or "bind"
    start: int  # the span of the whole clause in the query text
    end: int
    kind: str  # "iri", "literal" or "number"
    language: str | None = None
    datatype: str | None = None  # an IRI, or a prefixed name as the query writes it


# ---------------------------------------------------------------- the library


def bundled_queries(*, directory: Path = QUERIES_DIR) -> list[BundledQuery]:
    """Every query of the library, sorted by name, with its question, columns and parameters."""
    queries = []
    for path in sorted(Path(directory).glob(f"*{QUERY_SUFFIX}")):
        text = path.read_text(encoding="utf-8")
        header = read_header(text)
        queries.append(BundledQuery(
            name=path.stem, path=path, question=header.get("question", ""),
            columns=header.get("columns", ""), example=header.get("example", ""),
            params=tuple(find_placeholders(text)),
        ))
    return queries


def read_header(text: str) -> dict[str, str]:
    """The ``# Key: value`` lines of a query's leading comment, keys lower-cased and without ``(...)``.

    A line that starts with ``#`` and two or more spaces continues the previous key.
    """
    header: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line[1:]
        match = re.match(r" ?([A-Za-z][\w ]*?)\s*(?:\([^)]*\))?\s*:\s?(.*)$", body)
        if match and not body.startswith("  "):
            key = match.group(1).strip().lower()
            header[key] = match.group(2).strip()
        elif key is not None and body.startswith("  ") and body.strip():
            header[key] = f"{header[key]} {body.strip()}"
        else:  # a free note or an empty comment line ends the key
            key = None
    return header


def resolve_query(query: str, *, directory: Path = QUERIES_DIR) -> tuple[str, str]:
    """Turn a bundled query name, a path to a ``.rq`` file, or SPARQL text into ``(label, text)``."""
    if re.search(r"[\s{}]", query.strip()) and not query.strip().endswith(QUERY_SUFFIX):
        return "query", query
    path = Path(query)
    if path.suffix == QUERY_SUFFIX or path.is_file():
        if not path.is_file():
            raise QueryError(f"{query}: no such query file")
        return path.stem, path.read_text(encoding="utf-8")
    bundled = Path(directory) / f"{query}{QUERY_SUFFIX}"
    if bundled.is_file():
        return query, bundled.read_text(encoding="utf-8")
    names = [p.stem for p in Path(directory).glob(f"*{QUERY_SUFFIX}")]
    close = difflib.get_close_matches(query, names, n=1)
    hint = f"did you mean {close[0]!r}? " if close else ""
    raise QueryError(f"unknown query {query!r}; {hint}kg query --list shows the bundled queries")


# ---------------------------------------------------------------- parameters


_TERM = r"""(?:<[^<>\s]*>|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^\S+)?|'(?:[^'\\]|\\.)*'(?:@[A-Za-z0-9-]+|\^\^\S+)?|[+-]?\d+(?:\.\d+)?|[A-Za-z][\w.-]*:[^\s(){}]*|UNDEF|true|false)"""
_VALUES = re.compile(r"\bVALUES\s+\?(?P<name>\w+)\s*\{(?P<body>(?:\s*" + _TERM + r")*)\s*\}", re.IGNORECASE)
_BIND = re.compile(r"\bBIND\s*\(\s*(?P<body>" + _TERM + r")\s+AS\s+\?(?P<name>\w+)\s*\)", re.IGNORECASE)


def _mask_comments(text: str) -> str:
    """The text with its comments blanked out (same length, so offsets still hold)."""
    out = []
    for line in text.splitlines(keepends=True):
        masked = re.sub(r"""(<[^<>\s]*>|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|#[^\n]*""",
                        lambda m: m.group(1) or " " * len(m.group(0)), line)
        out.append(masked)
    return "".join(out)


def find_placeholders(text: str) -> dict[str, Placeholder]:
    """The query's parameters: single-variable ``VALUES`` blocks and ``BIND`` of a constant term.

    A variable that two such clauses bind (``BIND("a" AS ?kind)`` in each branch of a UNION)
    is a constant of the query, not a parameter.
    """
    masked = _mask_comments(text)
    found: dict[str, list[Placeholder]] = {}
    for form, pattern in (("values", _VALUES), ("bind", _BIND)):
        for match in pattern.finditer(masked):
            terms = re.findall(_TERM, match.group("body"))
            sample = next((t for t in terms if t.upper() != "UNDEF"), None)
            kind, language, datatype = _term_kind(sample)
            found.setdefault(match.group("name"), []).append(Placeholder(
                name=match.group("name"), form=form, start=match.start(), end=match.end(),
                kind=kind, language=language, datatype=datatype))
    return {name: clauses[0] for name, clauses in found.items() if len(clauses) == 1}


def _term_kind(term: str | None) -> tuple[str, str | None, str | None]:
    """What kind of RDF term a placeholder's default is: (kind, language, datatype)."""
    if term is None:
        return "literal", None, None
    if term[0] in "\"'":
        quote = term[0]
        suffix = term[term.rindex(quote) + 1:]
        if suffix.startswith("@"):
            return "literal", suffix[1:], None
        if suffix.startswith("^^"):
            return "literal", None, suffix[2:]
        return "literal", None, None
    if re.fullmatch(r"[+-]?\d+(?:\.\d+)?", term):
        return "number", None, None
    if term in ("true", "false"):
        return "literal", None, "<http://www.w3.org/2001/XMLSchema#boolean>"
    return "iri", None, None


def parse_params(items: Sequence[str]) -> dict[str, list[str]]:
    """``["name=value", ...]`` as ``{name: [values]}``; a name may come more than once."""
    params: dict[str, list[str]] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param {item!r}: write it as name=value")
        params.setdefault(name, []).append(value)
    return params


def bind_params(text: str, params: Mapping[str, Sequence[str]]) -> str:
    """Fill the query's placeholders with the given values, each written as an escaped RDF term.

    A value takes the kind of the placeholder's default: an IRI (``<...>``, a prefixed name the
    query declares, or an absolute IRI), a number, or a literal with the default's language tag
    or datatype; a placeholder whose default is ``UNDEF`` takes a plain string. Values are
    never pasted into the query text as they are.
    """
    if not params:
        return text
    placeholders = find_placeholders(text)
    unknown = sorted(set(params) - set(placeholders))
    if unknown:
        takes = ", ".join(sorted(placeholders)) or "none"
        raise QueryError(f"unknown parameter {unknown[0]!r}; this query takes: {takes}")
    prefixes = declared_prefixes(text)
    edits = []
    for name, values in params.items():
        holder = placeholders[name]
        terms = [_rdf_term(value, holder, prefixes) for value in values]
        if holder.form == "bind":
            if len(terms) != 1:
                raise QueryError(f"parameter {name!r} takes one value, got {len(terms)}")
            clause = f"BIND({terms[0]} AS ?{name})"
        else:
            clause = f"VALUES ?{name} {{ {' '.join(terms)} }}"
        edits.append((holder.start, holder.end, clause))
    for start, end, clause in sorted(edits, reverse=True):
        text = text[:start] + clause + text[end:]
    return text


def _rdf_term(value: str, holder: Placeholder, prefixes: Mapping[str, str]) -> str:
    """One parameter value as a SPARQL term of the placeholder's kind (serialised by pyoxigraph)."""
    import pyoxigraph

    try:
        if holder.kind == "iri":
            return str(pyoxigraph.NamedNode(_expand_iri(value, prefixes, name=holder.name)))
        if holder.kind == "number":
            number = value.strip()
            if not re.fullmatch(r"[+-]?\d+(?:\.\d+)?", number):
                raise QueryError(f"parameter {holder.name!r} takes a number, got {value!r}")
            kind = "decimal" if "." in number else "integer"
            return str(pyoxigraph.Literal(number, datatype=pyoxigraph.NamedNode(
                f"http://www.w3.org/2001/XMLSchema#{kind}")))
        if holder.language:
            return str(pyoxigraph.Literal(value, language=holder.language))
        if holder.datatype:
            datatype = _expand_iri(holder.datatype, prefixes, name=holder.name)
            return str(pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(datatype)))
        return str(pyoxigraph.Literal(value))
    except ValueError as exc:
        raise QueryError(f"parameter {holder.name!r}: {value!r} is not a valid value: {exc}") from exc


def _expand_iri(value: str, prefixes: Mapping[str, str], *, name: str) -> str:
    """An IRI from ``<...>``, a declared prefixed name, or an absolute IRI."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    prefix, sep, local = value.partition(":")
    if sep and prefix in prefixes:
        return prefixes[prefix] + local.replace("\\", "")
    if re.match(r"[A-Za-z][\w+.-]*://", value) or value.startswith("urn:"):
        return value
    raise QueryError(f"parameter {name!r} takes an IRI, got {value!r}")


def declared_prefixes(text: str) -> dict[str, str]:
    """The ``PREFIX p: <iri>`` declarations of a query."""
    return dict(re.findall(r"\bPREFIX\s+([\w.-]*):\s*<([^<>\s]*)>", _mask_comments(text), re.IGNORECASE))


def with_known_prefixes(text: str) -> str:
    """The query with ``PREFIX`` lines added for the project's prefixes that it uses without declaring."""
    masked = _mask_comments(text)
    masked = re.sub(r"""<[^<>\s]*>|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""", " ", masked)
    used = set(re.findall(r"(?<![\w:/?$-])([A-Za-z][\w-]*):(?=[\w\\])", masked))
    missing = used - set(declared_prefixes(text))
    if not missing:
        return text
    from kg.namespaces import PREFIXES  # imports rdflib: only when a prefix is missing

    lines = [f"PREFIX {p}: <{PREFIXES[p]}>" for p in sorted(missing) if p in PREFIXES]
    return "\n".join(lines + [text]) if lines else text


def prepare_query(query: str, *, params: Mapping[str, Sequence[str]] | None = None,
                  directory: Path = QUERIES_DIR) -> tuple[str, str]:
    """``(label, text)`` of a query ready to run: resolved, parameters filled, prefixes declared."""
    label, text = resolve_query(query, directory=directory)
    return label, with_known_prefixes(bind_params(text, params or {}))


# ---------------------------------------------------------------- running


def run_query(text: str, *, graph: Path | None = None, store: Path | None = None,
              endpoint: str | None = None, default_graphs: Sequence[str] = (),
              timeout: float = 60.0, user: str | None = None, password: str | None = None,
              label: str = "query") -> QueryResult:
    """Run SPARQL text on exactly one of a graph file, an Oxigraph store directory, or an endpoint.

    ``default_graphs`` names the graphs that make up the query's default graph (sent as
    ``default-graph-uri`` to an endpoint); by default a local query sees the union of all graphs
    and a remote one whatever the endpoint calls its default graph.
    """
    sources = [s for s in (graph, store, endpoint) if s is not None]
    if len(sources) != 1:
        raise QueryError("give exactly one of --graph FILE, --store DIR or --endpoint URL")
    if endpoint is not None:
        from kg.remote import remote_query

        return remote_query(endpoint, text, default_graphs=default_graphs, timeout=timeout,
                            user=user, password=password)
    from kg.store import load_graph_file, open_store

    oxi = load_graph_file(Path(graph)) if graph is not None else open_store(Path(store))
    return query_oxigraph(oxi, text, default_graphs=default_graphs, label=label)


def query_oxigraph(store: "pyoxigraph.Store", text: str, *, default_graphs: Sequence[str] = (),
                   label: str = "query") -> QueryResult:
    """Run SPARQL text in an Oxigraph store; the default graph is the union of all its graphs."""
    import pyoxigraph

    options: dict[str, Any] = {"use_default_graph_as_union": True}
    if default_graphs:
        options = {"default_graph": [pyoxigraph.NamedNode(g) for g in default_graphs]}
    try:
        answer = store.query(text, **options)
        return oxigraph_result(answer)
    except SyntaxError as exc:
        raise QueryError(f"{label}: SPARQL syntax error: {one_line(exc, limit=160)}") from exc
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"{label}: the query failed: {one_line(exc)}") from exc


def oxigraph_result(answer: Any) -> QueryResult:
    """A pyoxigraph answer (solutions, boolean or triples) as a :class:`QueryResult`."""
    import pyoxigraph

    if isinstance(answer, pyoxigraph.QuerySolutions):
        names = [v.value for v in answer.variables]
        rows = [tuple(term_value(solution[name]) for name in names) for solution in answer]
        return QueryResult(tuple(names), rows)
    if isinstance(answer, pyoxigraph.QueryBoolean):
        return QueryResult(("result",), [("true" if bool(answer) else "false",)])
    rows = [(term_value(t.subject), term_value(t.predicate), term_value(t.object)) for t in answer]
    return QueryResult(("subject", "predicate", "object"), rows)


def term_value(term: Any) -> Value:
    """A pyoxigraph term as a plain value: an :class:`Iri`, a literal's lexical form, ``_:id``, or None."""
    import pyoxigraph

    if term is None:
        return None
    if isinstance(term, pyoxigraph.NamedNode):
        return Iri(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, pyoxigraph.Literal):
        return term.value
    return str(term)  # an RDF-star triple


# ---------------------------------------------------------------- output


def to_csv(result: QueryResult) -> str:
    """The result as CSV with a header row; unbound values are empty."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    writer.writerows(["" if v is None else v for v in row] for row in result.rows)
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    """The result as JSON: ``{"columns": [...], "rows": [{column: value}, ...]}``."""
    document = {"columns": list(result.columns), "rows": result.records()}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def shorten(value: Value, prefixes: Mapping[str, str]) -> str:
    """A value for display: an IRI as ``prefix:local`` when a known namespace holds it."""
    if value is None:
        return ""
    if isinstance(value, Iri):
        best = max((ns for ns in prefixes.values() if value.startswith(ns)), key=len, default=None)
        if best is not None:
            name = next(p for p, ns in prefixes.items() if ns == best)
            return f"{name}:{value[len(best):]}"
        return f"<{value}>"
    return value


def display_prefixes() -> dict[str, str]:
    """The namespaces a table shortens IRIs with: the project's prefixes plus ``id:`` for instances."""
    from kg.namespaces import DEFAULT_BASE, PREFIXES

    return {"id": DEFAULT_BASE, **{p: str(ns) for p, ns in PREFIXES.items()}}


def print_table(result: QueryResult, *, title: str | None = None, file: TextIO | None = None) -> None:
    """Print the result as a table for a terminal (rich), IRIs shortened, with the row count below."""
    from rich.console import Console
    from rich.measure import Measurement
    from rich.table import Table

    has_iri = any(isinstance(v, Iri) for row in result.rows for v in row)
    prefixes = display_prefixes() if has_iri else {}
    table = Table(title=title, header_style="bold")
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(shorten(v, prefixes) for v in row))
    console = Console(file=file)
    if not console.is_terminal and "COLUMNS" not in os.environ:  # a file or pipe: no wrapping
        natural = Measurement.get(console, console.options.update(width=PIPE_WIDTH), table).maximum
        console = Console(file=file, width=max(console.width, natural))
    console.print(table)
    count = len(result.rows)
    console.print(f"{count} row{'s' if count != 1 else ''}", style="dim")


def one_line(exc: BaseException, *, limit: int = 300) -> str:
    """An exception's message on one line, cut at ``limit`` characters."""
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[:limit - 1] + "…"
