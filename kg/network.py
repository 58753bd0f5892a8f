"""Networks of who honours whom: networkx views of an awardkg graph.

Each view is a pure function of an rdflib graph (or Dataset: the union of its graphs is read)
and returns a networkx multigraph whose nodes are IRI strings. Every node carries

* ``iri``   -- the IRI (the same as the node id),
* ``label`` -- ``foaf:name`` / ``skos:prefLabel`` (Indonesian first) / ``dcterms:identifier``,
* ``class`` -- the most specific class as a CURIE (``award:Government``, ``foaf:Person`` ...),
* ``group`` -- a coarse kind used for colours (``person``, ``government``, ``region`` ...),

and every edge

* ``predicate`` -- the RDF predicate, or the SPARQL property path through the event node
  that the edge stands for (``^award:presenter/award:recipient``),
* ``label``     -- the relation in words (``presented to``),
* ``sources``   -- how many articles back it (0 for facts about entities, such as governs),
* ``weight``    -- ``max(sources, 1)``, for drawing and centrality,

plus what the view adds (award, rank, year, role, status, count, event IRI ...). Absent values
are left out rather than set to ``None``, so that GraphML and GEXF can store every attribute.

The views:

``conferrals``  presenter -> recipient (and receiver -> recipient on request), recipient ->
                the region it governs, recipient -> the scope of the round, region -> region.
``officials``   person -- organization they hold a post in; person -- person at one event.
``coverage``    provider -> worker group, with status and count.
``full``        every entity and event, every triple between two of them.
"""
from __future__ import annotations

import os
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx
from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import InputError, KgError
from kg.namespaces import AWARD, DCTERMS, FOAF, ORG, OWL, PREFIXES, PROV, RDF, RDFS, SCHEMA, SKOS

VIEWS: tuple[str, ...] = ("conferrals", "officials", "coverage", "full")

GRAPH_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt", ".n3": "n3",
    ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld", ".json-ld": "json-ld",
    ".rdf": "xml", ".owl": "xml", ".xml": "xml",
}
VIEW_TITLES: dict[str, str] = {
    "conferrals": "Who honours whom", "officials": "Officials, their posts, and who they meet",
    "coverage": "Who protects which workers", "full": "Every entity and event",
}
NETWORK_FORMATS: tuple[str, ...] = (".graphml", ".gexf", ".json", ".html", ".png")

EVENT_CLASSES: dict[URIRef, str] = {
    AWARD.AwardConferral: "conferral",
    AWARD.Nomination: "nomination",
    AWARD.Coverage: "coverage",
    ORG.Membership: "membership",
    AWARD.Statement: "statement",
}

# Most specific first: a node typed with several of these gets the first one.
CLASS_GROUPS: tuple[tuple[URIRef, str], ...] = (
    (AWARD.AwardConferral, "event"), (AWARD.Nomination, "event"), (AWARD.Coverage, "event"),
    (ORG.Membership, "event"), (AWARD.Statement, "event"),
    (FOAF.Person, "person"),
    (AWARD.Government, "government"), (AWARD.GovernmentUnit, "government"),
    (AWARD.Company, "company"), (AWARD.Agency, "agency"), (ORG.Organization, "organization"),
    (AWARD.Village, "region"), (AWARD.District, "region"), (AWARD.City, "region"), (AWARD.Regency, "region"),
    (AWARD.Province, "region"), (AWARD.Country, "region"), (AWARD.Region, "region"),
    (AWARD.WorkerGroup, "worker group"),
    (AWARD.Award, "award"), (AWARD.AwardCategory, "category"), (ORG.Role, "role"),
    (AWARD.Venue, "venue"), (SCHEMA.NewsArticle, "article"),
    (AWARD.EvidenceSpan, "evidence"), (AWARD.SlotConflict, "evidence"), (AWARD.Claim, "evidence"),
    (AWARD.WeekdayMismatch, "evidence"), (AWARD.DateIssue, "evidence"),
)
# Provenance details the build may add (the sentence an event was read from, disagreeing
# claims, date notes): left out of the full view unless asked for.
DETAIL_CLASSES = frozenset({AWARD.EvidenceSpan, AWARD.SlotConflict, AWARD.Claim, AWARD.WeekdayMismatch,
                            AWARD.DateIssue})
GROUP_OF_CLASS: dict[URIRef, str] = dict(CLASS_GROUPS)
CLASS_RANK: dict[URIRef, int] = {cls: i for i, (cls, _) in enumerate(CLASS_GROUPS)}
# Classes whose instances are vocabulary, not things in the news.
SCHEMA_CLASSES = frozenset({
    OWL.Class, RDFS.Class, RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty,
    OWL.AnnotationProperty, OWL.Ontology, SKOS.ConceptScheme, OWL.NamedIndividual,
    URIRef("http://www.w3.org/ns/shacl#NodeShape"), URIRef("http://www.w3.org/ns/shacl#PropertyShape"),
})
ACTOR_GROUPS = frozenset({"person", "government", "company", "agency", "organization"})


# --------------------------------------------------------------------------------------- reading

def read_graph(path: str | os.PathLike) -> Graph:
    """Read a graph file written by ``kg build``; the format is picked by the file's ending.

    TriG, N-Quads and JSON-LD are read into a Dataset whose default graph is the union of all
    its graphs. Raises ``InputError`` for a missing file, an unknown ending or a parse error.
    """
    p = Path(path)
    fmt = GRAPH_FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{p}: unknown graph format {p.suffix!r} "
                         f"(use one of {', '.join(sorted(GRAPH_FORMATS))})")
    if not p.is_file():
        raise InputError(f"{p}: no such file")
    graph: Graph = Dataset(default_union=True) if fmt in ("trig", "nquads", "json-ld") else Graph()
    try:
        graph.parse(p, format=fmt)
    except Exception as exc:  # rdflib raises many kinds; the user needs one line
        raise InputError(f"{p}: cannot read as {fmt}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from exc
    return graph


def union_view(graph: Graph) -> Graph:
    """The union of every graph in a Dataset / ConjunctiveGraph (a view, not a copy); a plain Graph as is."""
    if isinstance(graph, Dataset) and not graph.default_union:
        return Dataset(store=graph.store, default_union=True)
    return graph  # a plain Graph, a union Dataset, or a ConjunctiveGraph (already a union)


# ------------------------------------------------------------------------------- node description

def curie(iri: URIRef | str) -> str:
    """``https://w3id.org/awardkg/ontology#Government`` -> ``award:Government``; others unchanged."""
    s = str(iri)
    for prefix, ns in PREFIXES.items():
        if s.startswith(str(ns)) and len(s) > len(str(ns)):
            return f"{prefix}:{s[len(str(ns)):]}"
    return s


def local_name(iri: URIRef | str) -> str:
    """The last segment of an IRI: ``.../conferral/2023-32-1`` -> ``2023-32-1``."""
    s = str(iri).rstrip("/#")
    return s.rsplit("#", 1)[-1].rsplit("/", 1)[-1] or s


def _best_label(values: Iterable) -> str | None:
    """Indonesian first, then untagged, then English, then any other language; sorted within each."""
    order = {"id": 0, None: 1, "": 1, "en": 2}
    candidates = [(order.get(v.language, 3), str(v)) for v in values if isinstance(v, Literal)]
    return min(candidates)[1] if candidates else None


class Describer:
    """Cached label, class and group of the nodes of one graph."""

    LABEL_PREDICATES = (FOAF.name, SKOS.prefLabel, RDFS.label, SCHEMA.name, DCTERMS.identifier, DCTERMS.title)

    def __init__(self, graph: Graph):
        self.graph = graph
        self._labels: dict[URIRef, str] = {}
        self._classes: dict[URIRef, tuple[str, str]] = {}
        self._org_subclasses: set[URIRef] | None = None

    def label(self, node: URIRef) -> str:
        """The node's human label; an event or unlabelled node gets a short made-up one."""
        if node not in self._labels:
            text = None
            for pred in self.LABEL_PREDICATES:
                text = _best_label(self.graph.objects(node, pred))
                if text:
                    break
            if not text:
                text = self._event_label(node)
            if not text:
                cls = self.class_of(node)[0]
                text = f"{cls.split(':')[-1]} {local_name(node)}" if cls != "unknown" else local_name(node)
            self._labels[node] = text
        return self._labels[node]

    def _names(self, node: URIRef, predicate: URIRef) -> str:
        values = sorted({self.label(o) for o in self.graph.objects(node, predicate) if isinstance(o, URIRef)})
        return ", ".join(values)

    def _event_label(self, node: URIRef) -> str | None:
        """A readable name for an event node, made of its slots: "Conferral #1 2023: Pemerintah ..."."""
        g = self.graph
        types = set(g.objects(node, RDF.type))
        years = "/".join(sorted({str(y)[:4] for y in g.objects(node, AWARD.awardYear)}))
        if AWARD.AwardConferral in types:
            ranks = sorted(int(r) for r in g.objects(node, AWARD.rank) if str(r).isdigit())
            head = "Conferral" + (f" #{ranks[0]}" if ranks else "") + (f" {years}" if years else "")
            return f"{head}: {self._names(node, AWARD.recipient) or '?'}"
        if AWARD.Nomination in types:
            return f"Nomination{' ' + years if years else ''}: {self._names(node, AWARD.nominee) or '?'}"
        if ORG.Membership in types:
            return f"{self._names(node, ORG.role) or 'Member'}: {self._names(node, ORG.member) or '?'}"
        if AWARD.Coverage in types:
            return f"Coverage: {self._names(node, AWARD.provider) or '?'} \u2192 {self._names(node, AWARD.workerGroup) or '?'}"
        if AWARD.Statement in types:
            return f"Statement by {self._names(node, AWARD.speaker) or '?'}"
        return None

    def _organization_subclasses(self) -> set[URIRef]:
        if self._org_subclasses is None:
            subs = set(self.graph.transitive_subjects(RDFS.subClassOf, ORG.Organization))
            self._org_subclasses = subs - {ORG.Organization}
        return self._org_subclasses

    def class_of(self, node: URIRef) -> tuple[str, str]:
        """(CURIE of the most specific known class, colour group) of a node."""
        if node not in self._classes:
            types = set(self.graph.objects(node, RDF.type))
            known = [t for t in types if t in CLASS_RANK]
            if known:
                best = min(known, key=CLASS_RANK.__getitem__)
                result = (curie(best), GROUP_OF_CLASS[best])
            elif types:
                best = min(types, key=str)
                group = "organization" if types & self._organization_subclasses() else "other"
                result = (curie(best), group)
            else:
                result = ("unknown", "other")
            self._classes[node] = result
        return self._classes[node]

    def attributes(self, node: URIRef) -> dict:
        """The node attributes every view gives: iri, label, class, group."""
        cls, group = self.class_of(node)
        return {"iri": str(node), "label": self.label(node), "class": cls, "group": group}


def _add_node(g: nx.Graph, node: URIRef, describe: Describer, **extra) -> str:
    key = str(node)
    if key not in g:
        g.add_node(key, **describe.attributes(node), **extra)
    return key


def _sources(graph: Graph, event: URIRef) -> int:
    return len(set(graph.objects(event, PROV.wasDerivedFrom)))


def _int(value) -> int | None:
    try:
        return int(str(value)[:4]) if value is not None else None
    except ValueError:
        return None


def _event_facts(graph: Graph, event: URIRef, describe: Describer) -> dict:
    """The literal facts of a conferral or nomination as edge attributes (absent ones left out)."""
    facts: dict = {"event": str(event), "sources": _sources(graph, event)}
    awards = sorted(describe.label(a) for a in graph.objects(event, AWARD.award))
    if awards:
        facts["award"] = "; ".join(awards)
    ranks = [int(r) for r in graph.objects(event, AWARD.rank) if str(r).lstrip("-").isdigit()]
    if ranks:
        facts["rank"] = min(ranks)
    years = sorted({y for y in (_int(v) for v in graph.objects(event, AWARD.awardYear)) if y})
    if years:
        facts["year"] = "/".join(map(str, years))
    categories = sorted(describe.label(c) for c in graph.objects(event, AWARD.category))
    if categories:
        facts["category"] = "; ".join(categories)
    dates = sorted(str(d) for d in graph.objects(event, AWARD.date))
    if dates:
        facts["date"] = dates[0]
    facts["weight"] = float(max(facts["sources"], 1))
    return facts


def _new(directed: bool, view: str) -> nx.MultiGraph:
    g = nx.MultiDiGraph() if directed else nx.MultiGraph()
    g.graph.update(view=view, directed=directed)
    return g


def _structural_edge(g: nx.Graph, u: str, v: str, predicate: URIRef, label: str) -> None:
    key = curie(predicate)
    if not g.has_edge(u, v, key):
        g.add_edge(u, v, key=key, predicate=key, label=label, sources=0, weight=1.0)


def _link_regions(g: nx.Graph, graph: Graph) -> None:
    """award:partOf between regions that are already in the view."""
    for node, data in list(g.nodes(data=True)):
        if data.get("group") != "region":
            continue
        for parent in graph.objects(URIRef(node), AWARD.partOf):
            if str(parent) in g:
                _structural_edge(g, node, str(parent), AWARD.partOf, "part of")


# ------------------------------------------------------------------------------------------ views

def conferrals_view(graph: Graph, *, receivers: bool = False) -> nx.MultiDiGraph:
    """Who honours whom: presenter -> recipient, recipient -> its region and the round's scope.

    The recipient's region is the one it governs (``award:governs``) or sits in (``award:basedIn``).
    One edge per conferral and pair (keyed by the conferral IRI), carrying ``award``, ``rank``,
    ``year``, ``category``, ``date``, ``event`` and ``sources``. With ``receivers=True`` the
    people who took the award in hand are linked to the recipient too ("received for").
    """
    graph = union_view(graph)
    describe = Describer(graph)
    g = _new(True, "conferrals")
    slots = [(AWARD.presenter, "presented to")] + ([(AWARD.receiver, "received for")] if receivers else [])
    for conferral in sorted(set(graph.subjects(RDF.type, AWARD.AwardConferral))):
        facts = _event_facts(graph, conferral, describe)
        for recipient in sorted(set(graph.objects(conferral, AWARD.recipient))):
            r = _add_node(g, recipient, describe)
            for slot, label in slots:
                for person in sorted(set(graph.objects(conferral, slot))):
                    p = _add_node(g, person, describe)
                    path = f"^{curie(slot)}/award:recipient"
                    g.add_edge(p, r, key=f"{conferral}|{path}", predicate=path, label=label, **facts)
            for scope in sorted(set(graph.objects(conferral, AWARD.scope))):
                s = _add_node(g, scope, describe)
                path = "^award:recipient/award:scope"
                g.add_edge(r, s, key=f"{conferral}|{path}", predicate=path, label="awarded in", **facts)
            for region in sorted(set(graph.objects(recipient, AWARD.governs))):
                _structural_edge(g, r, _add_node(g, region, describe), AWARD.governs, "governs")
            for region in sorted(set(graph.objects(recipient, AWARD.basedIn))):  # where a body sits
                _structural_edge(g, r, _add_node(g, region, describe), AWARD.basedIn, "based in")
    _link_regions(g, graph)
    return g


def _person_slots(graph: Graph, event: URIRef, describe: Describer) -> list[tuple[URIRef, URIRef]]:
    """(predicate, person) pairs of an event, sorted."""
    pairs = {(p, o) for p, o in graph.predicate_objects(event)
             if isinstance(o, URIRef) and p != RDF.type and describe.class_of(o)[1] == "person"}
    return sorted(pairs)


def officials_view(graph: Graph) -> nx.MultiGraph:
    """People and the organizations they hold posts in, and people who appear at one event.

    person -- organization edges come from ``org:Membership`` (``role``, ``acting``);
    person -- person edges from any event with two or more people in its slots (the predicate
    is the path between them, such as ``^award:presenter/award:receiver``).
    Organizations are linked to their parent (``org:subOrganizationOf``) when both are shown.
    """
    graph = union_view(graph)
    describe = Describer(graph)
    g = _new(False, "officials")
    for m in sorted(set(graph.subjects(RDF.type, ORG.Membership))):
        roles = sorted(describe.label(r) for r in graph.objects(m, ORG.role))
        acting = any(str(a).lower() in ("true", "1") for a in graph.objects(m, AWARD.acting))
        sources = _sources(graph, m)
        for person in sorted(set(graph.objects(m, ORG.member))):
            p = _add_node(g, person, describe)
            for org in sorted(set(graph.objects(m, ORG.organization))):
                o = _add_node(g, org, describe)
                attrs = {"predicate": "^org:member/org:organization", "label": "holds post in",
                         "acting": acting, "event": str(m), "sources": sources,
                         "weight": float(max(sources, 1))}
                if roles:
                    attrs["role"] = ", ".join(roles)
                g.add_edge(p, o, key=str(m), **attrs)
    for event_class, kind in EVENT_CLASSES.items():
        if event_class == ORG.Membership:
            continue
        for event in sorted(set(graph.subjects(RDF.type, event_class))):
            people = _person_slots(graph, event, describe)
            if len(people) < 2:
                continue
            sources = _sources(graph, event)
            for i, (pu, u) in enumerate(people):
                for pv, v in people[i + 1:]:
                    if u == v:
                        continue
                    path = f"^{curie(pu)}/{curie(pv)}"
                    a, b = _add_node(g, u, describe), _add_node(g, v, describe)
                    g.add_edge(a, b, key=f"{event}|{path}", predicate=path, label=f"same {kind}",
                               event=str(event), sources=sources, weight=float(max(sources, 1)))
    for node, data in list(g.nodes(data=True)):
        if data["group"] in ("government", "company", "agency", "organization"):
            for parent in graph.objects(URIRef(node), ORG.subOrganizationOf):
                if str(parent) in g:
                    _structural_edge(g, node, str(parent), ORG.subOrganizationOf, "unit of")
    return g


def coverage_view(graph: Graph) -> nx.MultiDiGraph:
    """Providers (governments, companies ...) -> the worker groups they protect.

    One edge per coverage event, carrying ``status`` (``realized`` / ``planned``), ``count``
    where the article gives a number, ``event`` and ``sources``; worker groups are linked to
    their broader group (``skos:broader``) when both are shown.
    """
    graph = union_view(graph)
    describe = Describer(graph)
    g = _new(True, "coverage")
    for cov in sorted(set(graph.subjects(RDF.type, AWARD.Coverage))):
        statuses = sorted(local_name(s).lower() for s in graph.objects(cov, AWARD.status))
        counts = [int(c) for c in graph.objects(cov, AWARD["count"]) if str(c).isdigit()]
        sources = _sources(graph, cov)
        for provider in sorted(set(graph.objects(cov, AWARD.provider))):
            p = _add_node(g, provider, describe)
            for group in sorted(set(graph.objects(cov, AWARD.workerGroup))):
                w = _add_node(g, group, describe)
                status = statuses[0] if statuses else "realized"
                attrs = {"predicate": "^award:provider/award:workerGroup",
                         "label": "plans to cover" if status == "planned" else "covers",
                         "status": status, "event": str(cov), "sources": sources,
                         "weight": float(max(sources, 1))}
                if counts:
                    attrs["count"] = max(counts)
                g.add_edge(p, w, key=str(cov), **attrs)
    for node, data in list(g.nodes(data=True)):
        if data["group"] == "worker group":
            for broader in graph.objects(URIRef(node), SKOS.broader):
                if str(broader) in g:
                    _structural_edge(g, node, str(broader), SKOS.broader, "broader")
    return g


def full_view(graph: Graph, *, details: bool = False) -> nx.MultiDiGraph:
    """Every entity and event as a node; every triple between two of them as an edge keyed by predicate.

    Event nodes carry ``sources``; an edge out of an event carries the event's source count,
    a ``prov:wasDerivedFrom`` edge counts 1, and facts between entities count 0.
    Vocabulary (classes, properties, shapes) is left out, and so are provenance details
    (evidence spans, disagreeing claims, date notes) unless ``details=True``.
    """
    graph = union_view(graph)
    describe = Describer(graph)
    g = _new(True, "full")
    subjects: set[URIRef] = set()
    for s, t in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and t not in SCHEMA_CLASSES:
            subjects.add(s)
    hidden = SCHEMA_CLASSES if details else SCHEMA_CLASSES | DETAIL_CLASSES
    subjects -= {s for s in subjects if any(t in hidden for t in graph.objects(s, RDF.type))}
    event_sources: dict[URIRef, int] = {}
    for s in sorted(subjects):
        extra = {}
        if describe.class_of(s)[1] == "event":
            event_sources[s] = extra["sources"] = _sources(graph, s)
        _add_node(g, s, describe, **extra)
    for s in sorted(subjects):
        for p, o in sorted(graph.predicate_objects(s)):
            if p == RDF.type or not isinstance(o, URIRef) or o not in subjects:
                continue
            key = curie(p)
            sources = 1 if p == PROV.wasDerivedFrom else event_sources.get(s, 0)
            g.add_edge(str(s), str(o), key=key, predicate=key, label=local_name(p),
                       sources=sources, weight=float(max(sources, 1)))
    return g


VIEW_BUILDERS: dict[str, Callable[..., nx.Graph]] = {
    "conferrals": conferrals_view, "officials": officials_view,
    "coverage": coverage_view, "full": full_view,
}


def network_view(graph: Graph, view: str = "conferrals", **options) -> nx.MultiGraph:
    """The named view (one of ``VIEWS``) of a graph; options go to the view's function."""
    try:
        builder = VIEW_BUILDERS[view]
    except KeyError:
        raise KgError(f"unknown view {view!r} (use one of {', '.join(VIEWS)})") from None
    return builder(graph, **options)


def actor_network(graph: Graph) -> nx.Graph:
    """People and organizations, linked when they meet in an event or one is a unit of the other.

    Two actors share an edge when both fill a slot of one event (a presenter and a recipient,
    a receiver and the one they stood in for, a member and an organization ...) or through
    ``org:subOrganizationOf``. Places are not actors: a province that hosts every round would
    otherwise be the centre of everything. ``weight`` sums the sources of the events behind
    the edge (1 at least for each), ``events`` counts them. The graph ``kg stats`` computes
    centralities on.
    """
    graph = union_view(graph)
    describe = Describer(graph)
    g = nx.Graph()
    g.graph["view"] = "actors"

    def is_actor(node) -> bool:
        return isinstance(node, URIRef) and describe.class_of(node)[1] in ACTOR_GROUPS

    def link(u: URIRef, v: URIRef, weight: int) -> None:
        a, b = _add_node(g, u, describe), _add_node(g, v, describe)
        if a == b:
            return
        if g.has_edge(a, b):
            g[a][b]["weight"] += weight
            g[a][b]["events"] += 1
        else:
            g.add_edge(a, b, weight=float(weight), events=1)

    for event_class in EVENT_CLASSES:
        for event in set(graph.subjects(RDF.type, event_class)):
            actors = sorted({o for p, o in graph.predicate_objects(event) if p != RDF.type and is_actor(o)})
            weight = max(_sources(graph, event), 1)
            for node in actors:
                _add_node(g, node, describe)
            for i, u in enumerate(actors):
                for v in actors[i + 1:]:
                    link(u, v, weight)
    for pred in (ORG.subOrganizationOf,):
        for s, o in graph.subject_objects(pred):
            if is_actor(s) and is_actor(o):
                link(s, o, 1)
    return g


# --------------------------------------------------------------------------------------- shaping

def collapse(g: nx.Graph) -> nx.Graph:
    """Merge parallel edges: a DiGraph / Graph whose edges sum ``weight`` and ``sources``.

    Each merged edge keeps ``edges`` (how many were merged), ``label`` / ``predicate`` (the
    distinct values joined by "; "), and the lowest ``rank``; other attributes are dropped.
    """
    out = nx.DiGraph() if g.is_directed() else nx.Graph()
    out.graph.update(g.graph)
    out.add_nodes_from(g.nodes(data=True))
    merged: dict[tuple[str, str], dict] = {}
    for u, v, data in g.edges(data=True):
        k = (u, v) if g.is_directed() else tuple(sorted((u, v)))
        m = merged.setdefault(k, {"weight": 0.0, "sources": 0, "edges": 0, "_labels": [], "_preds": []})
        m["weight"] += float(data.get("weight", 1.0))
        m["sources"] += int(data.get("sources", 0))
        m["edges"] += 1
        for name, key in (("label", "_labels"), ("predicate", "_preds")):
            if data.get(name) and data[name] not in m[key]:
                m[key].append(data[name])
        if "rank" in data:
            m["rank"] = min(m.get("rank", data["rank"]), data["rank"])
        for name in ("year", "award", "status", "count", "role"):
            if name in data and name not in m:
                m[name] = data[name]
    for (u, v), m in merged.items():
        m["label"] = "; ".join(m.pop("_labels"))
        m["predicate"] = "; ".join(m.pop("_preds"))
        out.add_edge(u, v, **m)
    return out


def weighted_degree(g: nx.Graph) -> dict[str, float]:
    """Sum of edge weights at each node (in and out)."""
    deg: Counter = Counter({n: 0.0 for n in g.nodes})
    for u, v, w in g.edges(data="weight", default=1.0):
        deg[u] += w
        deg[v] += w
    return dict(deg)


def _top_connected(g: nx.Graph, top: int) -> list[str]:
    """The ``top`` best nodes by weighted degree, taken in turn from each group, that link among themselves.

    Groups (people, governments, companies, regions ...) take turns, best first, so that one
    kind of hub (the provinces every round is held in) cannot fill the picture alone. Nodes
    left without a link to another kept node are dropped and their places go to the next
    best nodes that link to the kept ones.
    """
    deg = weighted_degree(g)
    by_group: dict[str, list[str]] = defaultdict(list)
    for n in sorted(g.nodes, key=lambda n: (-deg[n], str(g.nodes[n].get("label", n)), n)):
        by_group[str(g.nodes[n].get("group", "other"))].append(n)
    lists = sorted(by_group.values(), key=lambda ns: (-deg[ns[0]], ns[0]))
    ranked = [ns[i] for i in range(max(map(len, lists), default=0)) for ns in lists if i < len(ns)]
    kept = set(ranked[:top])
    kept = {n for n in kept if any(m in kept for m in nx.all_neighbors(g, n) if m != n)} or set(ranked[:top])
    changed = True
    while changed and len(kept) < top:
        changed = False
        for n in ranked:
            if len(kept) >= top:
                break
            if n not in kept and any(m in kept for m in nx.all_neighbors(g, n)):
                kept.add(n)
                changed = True
    return [n for n in ranked if n in kept]


def top_subgraph(g: nx.Graph, *, top: int | None, min_weight: float = 0.0,
                 max_edges: int | None = None) -> tuple[nx.Graph, str | None]:
    """Keep what a picture can show: links of at least ``min_weight``, then the ``top`` best nodes.

    ``top`` of None or 0 keeps every node. With ``max_edges``, fewer nodes are kept (never
    fewer than 10) until at most that many links remain among them, so that a dense view
    (every government covering every worker group) does not become a hairball. Returns the
    smaller graph (parallel edges merged, nodes left without links dropped) and a sentence
    saying what was left out, or None when nothing was.
    """
    simple = collapse(g) if g.is_multigraph() else g.copy()
    n_nodes, n_edges = simple.number_of_nodes(), simple.number_of_edges()
    notes = []
    if min_weight > 0:
        weak = [(u, v) for u, v, w in simple.edges(data="weight", default=1.0) if w < min_weight]
        simple.remove_edges_from(weak)
        simple.remove_nodes_from([n for n in list(simple.nodes) if simple.degree(n) == 0])
        if weak:
            notes.append(f"links with fewer than {min_weight:g} sources hidden")
    base = simple
    keep = top if top and base.number_of_nodes() > top else None
    if keep:
        simple = base.subgraph(_top_connected(base, keep)).copy()
    while max_edges and simple.number_of_edges() > max_edges and simple.number_of_nodes() > 10:
        keep = max(10, int(simple.number_of_nodes() * 0.85))
        simple = base.subgraph(_top_connected(base, keep)).copy()
    if keep:
        notes.append(f"top {simple.number_of_nodes()} by weighted degree, each kind in turn"
                     + (f", at most {max_edges} links" if top and keep < top else ""))
    if simple.number_of_nodes() == n_nodes and simple.number_of_edges() == n_edges:
        return simple, None
    left_nodes = n_nodes - simple.number_of_nodes()
    left_edges = n_edges - simple.number_of_edges()
    return simple, (f"showing {simple.number_of_nodes():,} of {n_nodes:,} nodes and "
                    f"{simple.number_of_edges():,} of {n_edges:,} links ({', '.join(notes)}; "
                    f"{left_nodes:,} nodes and {left_edges:,} links left out)")


# --------------------------------------------------------------------------------------- writing

def _file_mode() -> int:
    """0666 less the process umask: the mode ``open()`` would give a new file."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write(tmp)`` on a temporary file beside ``path``, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, _file_mode())  # mkstemp makes 0600; a written file gets the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _exportable(g: nx.Graph) -> nx.Graph:
    """A copy whose graph, node and edge attributes are all str / int / float / bool."""
    out = g.copy()
    scalar = (str, int, float, bool)
    out.graph = {k: v for k, v in g.graph.items() if isinstance(v, scalar)}
    for _, data in out.nodes(data=True):
        for k in [k for k, v in data.items() if not isinstance(v, scalar)]:
            data[k] = str(data[k]) if data[k] is not None else data.pop(k)
    edges = out.edges(keys=True, data=True) if out.is_multigraph() else out.edges(data=True)
    for *_, data in edges:
        for k in [k for k, v in data.items() if not isinstance(v, scalar)]:
            if data[k] is None:
                data.pop(k)
            else:
                data[k] = str(data[k])
    return out


def write_network(g: nx.Graph, path: str | os.PathLike, *, title: str | None = None,
                  top: int | None = None, min_weight: float = 0.0) -> Path:
    """Write a view to ``path``; the ending picks GraphML, GEXF, node-link JSON, HTML or PNG.

    GraphML, GEXF and JSON hold the whole view; ``top`` and ``min_weight`` only thin the
    pictures (see ``kg.draw``). The file is written atomically. Returns the path.
    """
    import json

    p = Path(path)
    ext = p.suffix.lower()
    if ext not in NETWORK_FORMATS:
        raise KgError(f"{p}: unknown network format {p.suffix!r} (use one of {', '.join(NETWORK_FORMATS)})")
    if ext in (".png", ".html"):
        from kg import draw

        fn = draw.draw_png if ext == ".png" else draw.draw_html
        options = {"title": title, "min_weight": min_weight}
        if top is not None:
            options["top"] = top
        return fn(g, p, **options)
    data = _exportable(g)
    if title:
        data.graph["title"] = title
    if ext == ".graphml":
        return _atomic_write(p, lambda t: nx.write_graphml(data, t, encoding="utf-8"))
    if ext == ".gexf":
        return _atomic_write(p, lambda t: nx.write_gexf(data, t, encoding="utf-8"))

    def write_json(t: Path) -> None:
        payload = nx.node_link_data(data, edges="edges")
        t.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    return _atomic_write(p, write_json)


def view_counts(g: nx.Graph) -> dict[str, dict[str, int]]:
    """Nodes per group and edges per label of a view: for summaries."""
    nodes = Counter(d.get("group", "other") for _, d in g.nodes(data=True))
    edges: dict[str, int] = defaultdict(int)
    for *_, d in g.edges(data=True):
        edges[d.get("label", "?")] += 1
    return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}


__all__ = [
    "VIEWS", "VIEW_TITLES", "NETWORK_FORMATS", "read_graph", "union_view", "curie", "local_name", "Describer",
    "conferrals_view", "officials_view", "coverage_view", "full_view", "network_view",
    "actor_network", "collapse", "weighted_degree", "top_subgraph", "write_network", "view_counts",
]
