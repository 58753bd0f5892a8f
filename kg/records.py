"""The plain records that pass between the stages.

read -> ``Article``; extract -> ``ArticleFacts`` (one per article, a pure function of it);
resolve -> ``Corpus`` (entities and events merged across articles); graph -> RDF.

Entities are referred to by *keys*: short strings that name one real thing, such as
``region:32.16`` (a Kemendagri code), ``gov:32.16`` (the government of that region),
``org:pt-kawai-nip`` or ``person:dani-ramdan``. Extraction gives the best key it can from one
article; resolution may rewrite person and organization keys when it learns two are one.
No spaCy object ever leaves the extraction stage.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

RegionKind = Literal["country", "province", "regency", "city", "village", "district"]
OrgKind = Literal["government", "unit", "agency", "bpjs", "company", "body"]
CoverageStatus = Literal["realized", "planned"]


@dataclass(frozen=True)
class Article:
    """One input document."""

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    date: str | None = None  # ISO date of publication, when known
    publisher: str | None = None
    source: str | None = None  # the path or path:line it came from


@dataclass(frozen=True)
class Evidence:
    """A sentence of an article that an event was read from, with its character offsets."""

    article_id: str
    start: int
    end: int
    text: str


@dataclass
class Region:
    key: str
    name: str  # "Kabupaten Bekasi", "Jawa Barat", "Desa Arjasari", "Indonesia"
    kind: RegionKind
    code: str | None = None  # Kemendagri code
    part_of: str | None = None  # key of the enclosing region
    alt_labels: set[str] = field(default_factory=set)


@dataclass
class Organization:
    key: str
    name: str  # preferred label: "Pemerintah Kabupaten Bekasi", "PT Sinar Jaya Abadi"
    kind: OrgKind
    governs: str | None = None  # region key, for a government
    parent: str | None = None  # organization key, for a unit
    region: str | None = None  # region key where the body sits, when known
    alt_labels: set[str] = field(default_factory=set)


@dataclass
class Person:
    key: str
    name: str  # as written, without titles
    alt_labels: set[str] = field(default_factory=set)


@dataclass
class Venue:
    key: str
    name: str
    region: str | None = None


@dataclass
class Membership:
    person: str
    role: str  # role title as written, without Pj./Plt.: "Bupati", "Kepala Dinas Tenaga Kerja"
    organization: str | None
    acting: bool = False
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Conferral:
    award: str  # award name: "Paritrana Award"
    recipient: str  # organization or person key
    rank: int | None = None
    category: str | None = None  # category slug: "kabupaten-kota", "desa-kelurahan", ...
    category_label: str | None = None  # the category as the article names it
    scope: str | None = None  # region key: a province, or "region:id" for the national round
    award_years: list[int] = field(default_factory=list)
    date: str | None = None  # ISO ceremony date
    venue: str | None = None  # venue key
    presenters: list[str] = field(default_factory=list)  # person keys
    receivers: list[str] = field(default_factory=list)
    on_behalf_of: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Nomination:
    award: str
    nominee: str
    stage: str | None = None  # "nominasi", "wawancara", ...
    scope: str | None = None
    award_years: list[int] = field(default_factory=list)
    date: str | None = None
    venue: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Coverage:
    provider: str  # organization key
    group: str  # worker-group concept slug: "petani", "ketua-rt-rw"
    group_label: str  # as the article writes it
    status: CoverageStatus = "realized"
    count: int | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Statement:
    speaker: str  # person key
    quote: str
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class DateNote:
    """A date whose weekday contradicts it: kept, not dropped."""

    text: str
    date: str
    weekday_written: str
    weekday_actual: str
    evidence: Evidence


@dataclass
class ArticleFacts:
    """Everything extraction read out of one article."""

    article: Article
    regions: dict[str, Region] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    venues: dict[str, Venue] = field(default_factory=dict)
    memberships: list[Membership] = field(default_factory=list)
    conferrals: list[Conferral] = field(default_factory=list)
    nominations: list[Nomination] = field(default_factory=list)
    coverages: list[Coverage] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    date_notes: list[DateNote] = field(default_factory=list)


@dataclass
class Sourced:
    """A value of an event slot together with the articles that give it."""

    value: object
    sources: set[str] = field(default_factory=set)


@dataclass
class MergedEvent:
    """One real event after resolution: its record, every source, and slot values that disagree."""

    kind: Literal["conferral", "nomination", "coverage", "membership", "statement"]
    record: Conferral | Nomination | Coverage | Membership | Statement
    sources: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    conflicts: dict[str, list[Sourced]] = field(default_factory=dict)  # slot -> disagreeing values


@dataclass
class Corpus:
    """The resolved corpus: one entry per real entity and per real event."""

    articles: list[Article] = field(default_factory=list)
    regions: dict[str, Region] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    persons: dict[str, Person] = field(default_factory=dict)
    venues: dict[str, Venue] = field(default_factory=dict)
    events: list[MergedEvent] = field(default_factory=list)
    date_notes: list[DateNote] = field(default_factory=list)
