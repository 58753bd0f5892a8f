"""Graph building: a resolved ``Corpus`` becomes an rdflib ``Dataset`` under the graph contract.

One named graph per article (``<base>graph/article/<id>``) holds the article and every event as
that article reports it; ``<base>graph/entities`` holds people, organizations, regions, venues and
the vocabulary concepts in use. The union of the graphs is the merged view.

Instance IRIs are readable slugs under ``base`` and depend only on what they name, so a rebuild
in any input order gives the same IRIs.
"""
from __future__ import annotations

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, SKOS, XSD

from kg import vocab
from kg.namespaces import AWARD, DEFAULT_BASE, ORG, PREFIXES, SCHEMA, VOCAB
from kg.records import (Conferral, Corpus, Coverage, Evidence, Membership, MergedEvent, Nomination, Organization,
                        Region, Statement)
from kg.text import slugify

REGION_CLASS = {"country": AWARD.Country, "province": AWARD.Province, "regency": AWARD.Regency, "city": AWARD.City,
                "village": AWARD.Village, "district": AWARD.District}
ORG_CLASS = {"government": AWARD.Government, "unit": AWARD.GovernmentUnit, "agency": AWARD.Agency,
             "bpjs": AWARD.Agency, "company": AWARD.Company, "body": ORG.Organization}
STATUS = {"realized": AWARD.Realized, "planned": AWARD.Planned}
ID = "id"


def vocab_iri(kind: str, slug: str) -> URIRef:
    """The IRI of a concept in one of the project's SKOS schemes."""
    return VOCAB[f"{kind}/{slug}"]


class GraphBuilder:
    """Writes one corpus into a Dataset; IRIs are minted by ``iri``."""

    def __init__(self, corpus: Corpus, *, base: str = DEFAULT_BASE):
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base
        self.corpus = corpus
        self.ds = Dataset()
        for prefix, ns in PREFIXES.items():
            self.ds.bind(prefix, ns)
        self.ds.bind("id", base)
        self.entities = self.ds.graph(URIRef(base + "graph/entities"))
        self.article_graphs: dict[str, Graph] = {}
        self.used_concepts: set[tuple[str, str]] = set()
        self.minted: dict[str, str] = {}  # event slug -> event id, to keep event IRIs unique

    def iri(self, kind: str, slug: str) -> URIRef:
        return URIRef(f"{self.base}{kind}/{slug}")

    # entities ---------------------------------------------------------------------------------------

    def region(self, key: str) -> URIRef:
        region = self.corpus.regions[key]
        return self.iri("region", _region_slug(region))

    def org(self, key: str) -> URIRef:
        org = self.corpus.organizations.get(key)
        return self.iri("org", slugify(org.name) if org else key.split(":", 1)[-1])

    def person(self, key: str) -> URIRef:
        person = self.corpus.persons.get(key)
        return self.iri("person", slugify(person.name) if person else key.split(":", 1)[-1])

    def agent(self, key: str) -> URIRef:
        return self.person(key) if key.startswith("person:") else self.org(key)

    def article(self, article_id: str) -> URIRef:
        return self.iri("article", slugify(article_id))

    def write_entities(self) -> None:
        g = self.entities
        for key, region in sorted(self.corpus.regions.items()):
            node = self.region(key)
            g.add((node, RDF.type, REGION_CLASS[region.kind]))
            g.add((node, SKOS.prefLabel, Literal(region.name, lang=ID)))
            for alt in sorted(region.alt_labels):
                g.add((node, SKOS.altLabel, Literal(alt, lang=ID)))
            if region.code:
                g.add((node, AWARD.kemendagriCode, Literal(region.code)))
            if region.part_of and region.part_of in self.corpus.regions:
                g.add((node, AWARD.partOf, self.region(region.part_of)))
        for key, org in sorted(self.corpus.organizations.items()):
            self.write_org(org)
        for key, person in sorted(self.corpus.persons.items()):
            node = self.person(key)
            g.add((node, RDF.type, FOAF.Person))
            g.add((node, FOAF.name, Literal(person.name)))
            for alt in sorted(person.alt_labels):
                g.add((node, SKOS.altLabel, Literal(alt)))
        for key, venue in sorted(self.corpus.venues.items()):
            node = self.iri("venue", slugify(venue.name))
            g.add((node, RDF.type, AWARD.Venue))
            g.add((node, SKOS.prefLabel, Literal(venue.name, lang=ID)))
            if venue.region and venue.region in self.corpus.regions:
                g.add((node, AWARD.partOf, self.region(venue.region)))

    def write_org(self, org: Organization) -> None:
        g = self.entities
        node = self.org(org.key)
        g.add((node, RDF.type, ORG_CLASS.get(org.kind, ORG.Organization)))
        g.add((node, SKOS.prefLabel, Literal(org.name, lang=ID)))
        for alt in sorted(org.alt_labels):
            if alt != org.name:
                g.add((node, SKOS.altLabel, Literal(alt, lang=ID)))
        if org.governs and org.governs in self.corpus.regions:
            g.add((node, AWARD.governs, self.region(org.governs)))
        if org.region and org.region in self.corpus.regions:
            g.add((node, AWARD.basedIn, self.region(org.region)))
        if org.parent:
            if org.parent not in self.corpus.organizations:
                return
            g.add((node, ORG.subOrganizationOf, self.org(org.parent)))

    def concept(self, kind: str, slug: str, *, label: str | None = None) -> URIRef:
        """A SKOS concept of our vocabularies; its labels go into the entity graph once."""
        table = {"worker-group": vocab.WORKER_GROUPS, "role": vocab.ROLES, "category": vocab.CATEGORIES}[kind]
        cls = {"worker-group": AWARD.WorkerGroup, "role": ORG.Role, "category": AWARD.AwardCategory}[kind]
        entry = table.get(slug)
        if entry is None:
            node = self.iri(kind, slug)
            if (kind, slug) not in self.used_concepts:
                self.used_concepts.add((kind, slug))
                self.entities.add((node, RDF.type, cls))
                self.entities.add((node, RDF.type, SKOS.Concept))
                self.entities.add((node, SKOS.prefLabel, Literal(label or slug.replace("-", " "), lang=ID)))
            return node
        node = vocab_iri(kind, slug)
        if (kind, slug) not in self.used_concepts:
            self.used_concepts.add((kind, slug))
            self.entities.add((node, RDF.type, cls))
            self.entities.add((node, RDF.type, SKOS.Concept))
            self.entities.add((node, SKOS.prefLabel, Literal(entry.label, lang=ID)))
            for alt in entry.alt_labels:
                self.entities.add((node, SKOS.altLabel, Literal(alt, lang=ID)))
            for broader in entry.broader:
                self.entities.add((node, SKOS.broader, self.concept(kind, broader)))
        return node

    def award(self, name: str) -> URIRef:
        node = self.iri("award", slugify(name))
        self.entities.add((node, RDF.type, AWARD.Award))
        self.entities.add((node, SKOS.prefLabel, Literal(name, lang=ID)))
        return node

    # articles and events ----------------------------------------------------------------------------

    def write_articles(self) -> None:
        for article in self.corpus.articles:
            g = self.ds.graph(self.iri("graph/article", slugify(article.id)))
            self.article_graphs[article.id] = g
            node = self.article(article.id)
            g.add((node, RDF.type, SCHEMA.NewsArticle))
            g.add((node, DCTERMS.identifier, Literal(article.id)))
            if article.url:
                g.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
            if article.title:
                g.add((node, SCHEMA.headline, Literal(article.title, lang=ID)))
            if article.publisher:
                g.add((node, SCHEMA.publisher, Literal(article.publisher)))
            if article.date and len(article.date) >= 10:
                g.add((node, SCHEMA.datePublished, Literal(article.date[:10], datatype=XSD.date)))
        for i, note in enumerate(self.corpus.date_notes):
            g = self.article_graphs[note.evidence.article_id]
            node = self.iri("date-issue", f"{slugify(note.evidence.article_id)}-{note.evidence.start}-{i}")
            g.add((self.article(note.evidence.article_id), AWARD.dateIssue, node))
            g.add((node, RDF.type, AWARD.WeekdayMismatch))
            g.add((node, AWARD.writtenWeekday, Literal(note.weekday_written)))
            g.add((node, AWARD.actualWeekday, Literal(note.weekday_actual)))
            g.add((node, AWARD.date, Literal(note.date, datatype=XSD.date)))
            g.add((node, AWARD.evidence, Literal(note.evidence.text, lang=ID)))

    def event_iri(self, kind: str, slug: str) -> URIRef:
        base_slug = slug
        n = 1
        while self.minted.get(f"{kind}/{slug}") is not None:
            n += 1
            slug = f"{base_slug}-{n}"
        self.minted[f"{kind}/{slug}"] = slug
        return self.iri(kind, slug)

    def write_event(self, event: MergedEvent) -> URIRef:
        rec = event.record
        if isinstance(rec, Conferral):
            node = self.event_iri("conferral", _conferral_slug(rec, self))
            triples = self.conferral_triples(node, rec)
        elif isinstance(rec, Nomination):
            node = self.event_iri("nomination", "-".join(
                filter(None, [self.agent_slug(rec.nominee), self.region_slug(rec.scope), _years(rec.award_years)])))
            triples = self.nomination_triples(node, rec)
        elif isinstance(rec, Coverage):
            node = self.event_iri("coverage", f"{self.agent_slug(rec.provider)}-{rec.group}")
            triples = self.coverage_triples(node, rec)
        elif isinstance(rec, Membership):
            node = self.event_iri("membership", "-".join(filter(None, [
                self.agent_slug(rec.person), slugify(rec.role), self.agent_slug(rec.organization) if rec.organization else None])))
            triples = self.membership_triples(node, rec)
        elif isinstance(rec, Statement):
            node = self.event_iri("statement", f"{self.agent_slug(rec.speaker)}-{_short_hash(rec.quote)}")
            triples = [(node, RDF.type, AWARD.Statement), (node, AWARD.speaker, self.person(rec.speaker)),
                       (node, AWARD.quote, Literal(rec.quote, lang=ID))]
        else:  # pragma: no cover - records are a closed set
            raise TypeError(f"unknown event record {type(rec).__name__}")
        for article_id in sorted(event.sources):
            g = self.article_graphs[article_id]
            for t in triples:
                g.add(t)
            g.add((node, PROV.wasDerivedFrom, self.article(article_id)))
            for ev in event.evidence:
                if ev.article_id == article_id:
                    self.write_evidence(g, node, ev)
        self.write_conflicts(node, event)
        return node

    def agent_slug(self, key: str | None) -> str:
        if key is None:
            return ""
        return str(self.agent(key)).rsplit("/", 1)[-1]

    def region_slug(self, key: str | None) -> str:
        if key is None or key not in self.corpus.regions:
            return ""
        return _region_slug(self.corpus.regions[key])

    def write_evidence(self, g: Graph, node: URIRef, ev: Evidence) -> None:
        span = URIRef(f"{node}/evidence/{slugify(ev.article_id)}-{ev.start}")
        g.add((node, AWARD.evidence, Literal(ev.text, lang=ID)))
        g.add((node, AWARD.evidenceSpan, span))
        g.add((span, RDF.type, AWARD.EvidenceSpan))
        g.add((span, AWARD.sentence, Literal(ev.text, lang=ID)))
        g.add((span, AWARD.startOffset, Literal(ev.start, datatype=XSD.integer)))
        g.add((span, AWARD.endOffset, Literal(ev.end, datatype=XSD.integer)))
        g.add((span, PROV.wasDerivedFrom, self.article(ev.article_id)))

    def write_conflicts(self, node: URIRef, event: MergedEvent) -> None:
        for slot, claims in sorted(event.conflicts.items()):
            conflict = URIRef(f"{node}/conflict/{slot}")
            g = self.entities
            g.add((node, AWARD.hasConflict, conflict))
            g.add((conflict, RDF.type, AWARD.SlotConflict))
            g.add((conflict, AWARD.slot, Literal(slot)))
            for i, claim in enumerate(sorted(claims, key=lambda c: str(c.value))):
                cnode = URIRef(f"{conflict}/{i + 1}")
                g.add((conflict, AWARD.claim, cnode))
                g.add((cnode, RDF.type, AWARD.Claim))
                g.add((cnode, AWARD.value, Literal(str(claim.value))))
                for source in sorted(claim.sources):
                    g.add((cnode, PROV.wasDerivedFrom, self.article(source)))
                # every disagreeing value stays on the event itself, in the article graphs that give it
                for source in sorted(claim.sources):
                    for t in self.slot_triples(node, slot, claim.value):
                        self.article_graphs[source].add(t)

    def slot_triples(self, node: URIRef, slot: str, value: object) -> list[tuple]:
        if slot == "rank":
            return [(node, AWARD.rank, Literal(int(value), datatype=XSD.integer))]  # type: ignore[arg-type]
        if slot == "date":
            return [(node, AWARD.date, Literal(str(value), datatype=XSD.date))]
        if slot == "count":
            return [(node, AWARD["count"], Literal(int(value), datatype=XSD.integer))]  # type: ignore[arg-type]
        if slot == "status":
            return [(node, AWARD.status, STATUS[str(value)])]
        if slot == "venue" and str(value) in self.corpus.venues:
            return [(node, AWARD.venue, self.iri("venue", slugify(self.corpus.venues[str(value)].name)))]
        if slot == "category":
            return [(node, AWARD.category, self.concept("category", str(value)))]
        return []

    def conferral_triples(self, node: URIRef, c: Conferral) -> list[tuple]:
        t = [(node, RDF.type, AWARD.AwardConferral), (node, AWARD.award, self.award(c.award)),
             (node, AWARD.recipient, self.agent(c.recipient))]
        if c.rank is not None:
            t.append((node, AWARD.rank, Literal(c.rank, datatype=XSD.integer)))
        if c.category:
            t.append((node, AWARD.category, self.concept("category", c.category)))
        if c.category_label:
            t.append((node, AWARD.categoryLabel, Literal(c.category_label, lang=ID)))
        t.extend(self.round_triples(node, c.scope, c.award_years, c.date, c.venue))
        for prop, people in ((AWARD.presenter, c.presenters), (AWARD.receiver, c.receivers),
                             (AWARD.onBehalfOf, c.on_behalf_of)):
            t.extend((node, prop, self.person(p)) for p in people)
        return t

    def nomination_triples(self, node: URIRef, n: Nomination) -> list[tuple]:
        t = [(node, RDF.type, AWARD.Nomination), (node, AWARD.award, self.award(n.award)),
             (node, AWARD.nominee, self.agent(n.nominee))]
        t.extend(self.round_triples(node, n.scope, n.award_years, n.date, n.venue))
        if n.stage:
            t.append((node, AWARD.stage, Literal(n.stage)))
        return t

    def round_triples(self, node: URIRef, scope: str | None, years: list[int], date: str | None,
                      venue: str | None) -> list[tuple]:
        """The round, award years, date and venue an award event shares with its ceremony."""
        t = []
        if scope and scope in self.corpus.regions:
            t.append((node, AWARD.scope, self.region(scope)))
        t.extend((node, AWARD.awardYear, Literal(str(y), datatype=XSD.gYear)) for y in years)
        if date:
            t.append((node, AWARD.date, Literal(date, datatype=XSD.date)))
        if venue and venue in self.corpus.venues:
            t.append((node, AWARD.venue, self.iri("venue", slugify(self.corpus.venues[venue].name))))
        return t

    def coverage_triples(self, node: URIRef, c: Coverage) -> list[tuple]:
        group = self.concept("worker-group", c.group, label=c.group_label)
        if c.group_label and c.group in vocab.WORKER_GROUPS and c.group_label != vocab.WORKER_GROUPS[c.group].label \
                and c.group_label not in vocab.WORKER_GROUPS[c.group].alt_labels:
            # a named group the vocabulary only knows by its head ("kader" of a local programme)
            group = self.concept("worker-group", slugify(c.group_label), label=c.group_label)
            self.entities.add((group, SKOS.broader, self.concept("worker-group", c.group)))
        t = [(node, RDF.type, AWARD.Coverage), (node, AWARD.provider, self.agent(c.provider)),
             (node, AWARD.workerGroup, group), (node, AWARD.status, STATUS[c.status])]
        if c.count is not None:
            t.append((node, AWARD["count"], Literal(c.count, datatype=XSD.integer)))
        return t

    def membership_triples(self, node: URIRef, m: Membership) -> list[tuple]:
        slug = next((s for s, e in vocab.ROLES.items() if e.label == m.role), None)
        role = self.concept("role", slug) if slug else self.concept("role", slugify(m.role), label=m.role)
        t = [(node, RDF.type, ORG.Membership), (node, ORG.member, self.person(m.person)), (node, ORG.role, role),
             (node, AWARD.acting, Literal(m.acting))]
        if m.organization:
            t.append((node, ORG.organization, self.org(m.organization)))
        return t

    def build(self) -> Dataset:
        self.write_entities()
        self.write_articles()
        for event in self.corpus.events:
            self.write_event(event)
        return self.ds


def _region_slug(region: Region) -> str:
    if region.kind == "village":
        parent = region.key.rsplit("@", 1)[-1] if "@" in region.key else ""
        return slugify(region.name) + (f"-{parent.replace('.', '-')}" if parent else "")
    return slugify(region.name)


def _years(years: list[int]) -> str:
    return "-".join(str(y) for y in sorted(years))


def _short_hash(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def _conferral_slug(c: Conferral, builder: GraphBuilder) -> str:
    when = _years(c.award_years) or (c.date or "")
    return "-".join(filter(None, [builder.agent_slug(c.recipient), builder.region_slug(c.scope), when, c.category]))


def corpus_to_dataset(corpus: Corpus, *, base: str = DEFAULT_BASE) -> Dataset:
    """The RDF of a resolved corpus: one named graph per article plus one for entities."""
    return GraphBuilder(corpus, base=base).build()


def union_graph(ds: Dataset) -> Graph:
    """All triples of a Dataset in one Graph, with its prefixes: the merged view."""
    g = Graph()
    for prefix, ns in ds.namespaces():
        g.bind(prefix, ns, replace=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


__all__ = ["corpus_to_dataset", "union_graph", "GraphBuilder", "vocab_iri"]
