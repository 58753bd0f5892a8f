"""Extraction: one article in, its ``ArticleFacts`` out: a pure function of the article.

The spaCy pipeline (``kg.nlp``) marks sentences, regions, role titles, worker groups, dates,
organizations and people; the readers below turn those marks into typed records: memberships,
award conferrals, nominations, coverage of worker groups, and quotations.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg import vocab
from kg.dates import complete_date, find_dates, weekday_name
from kg.gazetteer import COUNTRY, COUNTRY_KEY, load_gazetteer
from kg.mentions import (BPJS_KEY, BPJS_NAME, OrgMention, PersonMention, RegionMention, government_key,
                         government_mention)
from kg.records import (Article, ArticleFacts, Conferral, Coverage, DateNote, Evidence, Membership, Nomination,
                        Organization, Person, Region, Statement, Venue)
from kg.text import fold, slugify

AWARD_NAME = "Paritrana Award"


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The full extraction pipeline: kg.nlp's components plus organizations and people."""
    from kg import mentions  # noqa: F401  (registers awardkg_orgs and awardkg_people)
    from kg.nlp import build_nlp

    nlp = build_nlp()
    nlp.add_pipe("awardkg_orgs")
    nlp.add_pipe("awardkg_people")
    return nlp


def extract(article: Article) -> ArticleFacts:
    """Everything one article says about awards, officials and coverage."""
    return facts_from_doc(article, get_pipeline()(article.text))


def extract_many(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[ArticleFacts]:
    """Extract a stream of articles through ``nlp.pipe``."""
    nlp = get_pipeline()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield facts_from_doc(article, doc)


# --- patterns ------------------------------------------------------------------------------------

WIN_CUE = re.compile(
    r"\b(juara|peringkat|terbaik|meraih|raih|meraup|memenangkan|menyabet|menyandang|diraih|dimenangkan|jatuh kepada|"
    r"keluar sebagai|menerima|diterima|penerima|pemenang|disusul|menempati|urutan|memboyong|diganjar|dianugerahi|"
    r"mendapat(?:kan)? (?:penghargaan|anugerah)|memperoleh|sabet|diberikan kepada|diserahkan kepada|menyerahkan|"
    r"diserahkan\b.{0,120}?\bkepada)\b",
    re.I)
MODAL_CUE = re.compile(r"\b(berpotensi|berharap|harapan|mudah-mudahan|semoga|ingin|berupaya|menargetkan|target|"
                       r"bercermin|kelak|nanti|bila|jika|apabila|syarat)\b", re.I)
NOMINATION_CUE = re.compile(
    r"\b(nominasi|nominee|kandidat|wawancara|tahap penilaian|presentasi|paparan|finalis|verifikasi lapangan|"
    r"masuk (?:dalam )?(?:daftar|nominasi|\d+ besar)|lolos|diikutsertakan|mewakili .{0,40}tingkat nasional)\b", re.I)
# "lalu" alone is "then" in a list; it marks the past only after a time word or a year.
PAST_CUE = re.compile(r"\b(pernah|sebelumnya|sebelum ini|sempat|(?:tahun|bulan|pekan|minggu|edisi|periode) "
                      r"(?:lalu|kemarin|sebelumnya)|20[12]\d\s+lalu)\b", re.I)
NATIONAL_CUE = re.compile(r"\b(tingkat nasional|secara nasional|terbaik nasional|skala nasional|antar ?provinsi|"
                          r"se-?indonesia|nasional)\b", re.I)
RANK_WORDS = {"pertama": 1, "kesatu": 1, "satu": 1, "kedua": 2, "dua": 2, "ketiga": 3, "tiga": 3, "keempat": 4,
              "empat": 4, "kelima": 5, "lima": 5, "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}
RANK = re.compile(
    r"\b(?:juara|peringkat|terbaik|urutan|posisi|rangking|ranking|predikat|menduduki posisi)\s*(?:ke[-\s]?)?"
    r"(?P<n>\d|I{1,3}|IV|V|pertama|kesatu|kedua|ketiga|keempat|kelima|satu|dua|tiga)\b"
    r"|\b(?:terbaik|juara|peringkat)\s+(?:umum\s+)?(?P<w>pertama|kedua|ketiga)\b",
    re.I)
# Between a rank and the winner it introduces: "Juara I diraih", "Urutan pertama ditempati", "Juara 1:".
RANK_LINK = re.compile(r"(?i)\s*(?:terbaik\s+|umum\s+)?[:–-]?\s*(?:(?:di(?:raih|peroleh|tempati|menangkan|sabet|berikan kepada)|"
                       r"jatuh (?:ke)?pada|adalah|ialah|yaitu|yakni)(?:\s+oleh)?)?\s*[:–-]?\s*")
# A list in the order of the ranking: "dimenangkan oleh X, disusul oleh Y serta Z".
ORDER_CUE = re.compile(r"(?i)\b(disusul|diikuti|menyusul)\b")
# The provinces listed after "zona": "terbaik zona Nusa Tenggara, Maluku, Papua".
ZONE_LIST = re.compile(r"(?i)\bzona\s+(?:[A-Z][\w-]*\s*,?\s*)+(?:dan\s+)?$")
# Words that make up the names of award categories, never of winners.
CATEGORY_WORDS = {"perusahaan", "skala", "besar", "menengah", "layanan", "pelayanan", "publik", "sektor", "usaha",
                  "kecil", "mikro", "badan", "pemerintah", "kabupaten", "kota", "desa", "kelurahan", "provinsi", "dan",
                  "umkm", "ukm", "daerah"}
# A place named right after a venue: "di Aula Barat Gedung Sate, Kota Bandung".
VENUE_PLACE = re.compile(r"\b(?:di|bertempat di)\s+(?:[A-Z][\w'’.-]*\s*){1,8},\s*$")
# The words of handing an award over.
HANDING_CUE = re.compile(r"(?i)\b(menyerahkan|diserahkan|penyerahan|dari tangan|memberikan|diberikan|menganugerahkan|"
                         r"menerima|diterima)\b")
CATEGORY = re.compile(
    r"\b[Kk](?:ategori|etegori)\s+(?P<label>(?:[A-Z][\w/.-]*|Kota/Kabupaten|(?:pemerintah|perusahaan|badan|usaha|sektor|"
    r"skala|pelayanan|layanan|provinsi|kabupaten|kota|desa|umkm|ukm)[\w/-]*)"
    r"(?:\s*(?:[A-Z][\w/.-]*|dan|&|skala|sektor|serta|usaha|besar|menengah|kecil|mikro|kecil-mikro|besar-menengah|"
    r"publik|daerah|provinsi|kabupaten/kota|kota|desa/kelurahan|kelurahan|desa|layanan|pelayanan|"
    r",(?=\s*[A-Z][a-z]+ (?:dan|&)))){0,9})")
CEREMONY_CUE = re.compile(
    r"\b(diserahkan|menyerahkan|penyerahan|menerima|diterima|penganugerahan|penganugrahan|dianugerahkan|"
    r"menganugerahkan|digelar|berlangsung|bertempat|acara|malam|seremoni|upacara|diumumkan|memboyong)\b", re.I)
VENUE = re.compile(
    r"\b(?:di|bertempat di|berlangsung di|digelar di|dilaksanakan di|diselenggarakan di)\s+"
    r"(?P<venue>(?:(?:aula|ruang|ballroom|gedung|lantai)\s+\w+\s+)?"
    r"(?:The\s+)?(?:Gedung|Hotel|Aula|Ballroom|Kantor|Istana|Balai|Pendopo|Pendapa|Graha|Wisma|Convention|Auditorium|"
    r"Ruang|Grand|Aston|Swiss-?[Bb]el|Novotel|Santika|Vasa|Harper|Baruga|Rumah Dinas|Rumah Jabatan|Gelanggang|"
    r"Sasana|Bale|Wiswa|Command Center|Alana|Plaza|Menara|Lobby|Lobi|Hall|GOR|Pantai|Taman|Anjungan)\b"
    r"(?:[\s-]+(?:[A-Z0-9][\w'’.-]*|di|dan|&|de|of)){0,7})")
QUOTE = re.compile(r"[“\"](?P<q>[^”\"]{15,}?)[”\"]")
SPEECH_VERB = (r"(?:ujar|kata|ucap|ungkap|jelas|tutur|terang|tegas|tambah|imbuh|sebut|tutup|pungkas|papar|lanjut|"
               r"katanya|ujarnya|ucapnya|ungkapnya|jelasnya|tuturnya|terangnya|tegasnya|tambahnya|imbuhnya|sebutnya|"
               r"tutupnya|pungkasnya|paparnya|lanjutnya|menurut)")
ATTRIBUTION_AFTER = re.compile(r"^\s*[,.]?\s*(?P<verb>" + SPEECH_VERB + r")(?P<nya>nya)?\b\s*(?P<who>[A-Z][^,.;\n]{0,80})?")
COVERAGE_CUE = re.compile(
    r"\b(perlindungan|melindungi|dilindungi|terlindungi|jaminan sosial|jaminan ketenagakerjaan|didaftarkan|"
    r"mendaftarkan|terdaftar|kepesertaan|peserta|iuran|menanggung|ditanggung|mengikutsertakan|memberikan jaminan|"
    r"mencakup|mengcover|meng-cover|menjamin|dijamin|program ini|bpjs)\b", re.I)
COVERAGE_NEGATIVE = re.compile(r"\b(tantangan|membutuhkan|butuh|perlu|belum|kekurangan\w*|komitmen|berkomitmen|upaya|"
                               r"harapan|berharap|memperhatikan|capaian|baru|"
                               r"strategi|fokus|sosialisasi|diharapkan|seharusnya|kewajiban|wajib)\b", re.I)
PLANNED_CUE = re.compile(r"\b(akan|rencana|berencana|direncanakan|merencanakan|mengupayakan|sedang kita arahkan|"
                         r"ke ?depan|target|menargetkan|sasaran|diusulkan|mengusulkan|tahun depan|mendorong|secara bertahap)\b",
                         re.I)
# Formal employees are insured by their employers; a government "covering" them is never the news.
NOT_COVERAGE_GROUPS = {"pekerja-formal"}
AWARD_DEFINITION = re.compile(r"(?i)paritrana(?: award)?,?\s+(?:adalah|merupakan|sebuah|yakni|ialah|diberikan|ditujukan)")
LIST_HEAD = re.compile(r"\b(seperti|antara lain|yaitu|yakni|meliputi|termasuk|di antaranya|diantaranya)\b", re.I)
COUNT_BEFORE = re.compile(r"(?P<n>\d{1,3}(?:[.,]\d{3})+|\d+)(?:\s+(?P<mult>ribu|juta))?\s+(?:orang\s+)?(?:para\s+)?$")
YEAR_IN_AWARD = re.compile(
    r"Paritrana(?:\s+Awards?)?(?:\s+(?:tingkat|Tingkat)\s+[^.\n]{0,50}?)?(?:\s+(?:Tahun|tahun|periode|Periode))?\s+(?P<y>20\d\d)\b"
    r"|(?:tahun|periode) penilaian\s+(?:[^.\n]{0,30}?)(?P<y2>20\d\d)")
YEAR = re.compile(r"\b(20[12]\d)\b")


# --- the reader ------------------------------------------------------------------------------------


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    in_quote: bool = False


@dataclass
class Candidate:
    """An organization a sentence may honour or nominate."""

    org: OrgMention
    rank: int | None = None
    category_label: str | None = None


@dataclass
class ArticleReader:
    article: Article
    doc: Doc
    facts: ArticleFacts = field(init=False)

    def __post_init__(self) -> None:
        self.facts = ArticleFacts(article=self.article)
        self.text = self.doc.text
        self.sentences = [Sentence(s.start_char, s.end_char, s.text) for s in self.doc.sents if s.text.strip()]
        self.regions: list[RegionMention] = self.doc.user_data.get("regions", [])
        self.orgs: list[OrgMention] = self.doc.user_data.get("orgs", [])
        self.people: list[PersonMention] = self.doc.user_data.get("people", [])
        self.gaz = load_gazetteer()
        self.person_org: dict[str, str] = {}  # person key -> organization key of their post
        self.quote_spans = [(m.start(), m.end()) for m in QUOTE.finditer(self.text)]

    # entities ---------------------------------------------------------------------------------------

    def add_region(self, region: Region) -> str:
        if region.key not in self.facts.regions:
            self.facts.regions[region.key] = Region(region.key, region.name, region.kind, region.code, region.part_of,
                                                    set(region.alt_labels))
            if region.part_of and region.part_of in self.gaz.regions:
                self.add_region(self.gaz.regions[region.part_of])
        return region.key

    def add_org(self, mention: OrgMention) -> str:
        org = self.facts.organizations.get(mention.key)
        if org is None:
            org = Organization(mention.key, mention.name, mention.kind if mention.kind != "bpjs" else "agency")
            self.facts.organizations[mention.key] = org
            if mention.kind == "government" and mention.region is not None:
                org.governs = self.add_region(mention.region)
            elif mention.region is not None:
                org.region = self.add_region(mention.region)
            if mention.parent:
                org.parent = mention.parent
                if mention.parent == BPJS_KEY:
                    self.add_org(OrgMention(0, 0, BPJS_NAME, BPJS_KEY, BPJS_NAME, "bpjs"))
                elif mention.parent.startswith("gov:") and mention.region is not None:
                    self.add_org(government_mention(mention.region, 0, 0, ""))
        org.alt_labels |= {a for a in mention.alt_labels if a and a != org.name}
        if mention.text and mention.text != org.name and len(mention.text) < 80:
            org.alt_labels.add(mention.text.strip())
        return mention.key

    def add_government(self, region: Region) -> str:
        return self.add_org(government_mention(region, 0, 0, ""))

    def add_person(self, name: str, written: str | None = None) -> str:
        key = "person:" + slugify(name)
        person = self.facts.persons.get(key)
        if person is None:
            person = self.facts.persons[key] = Person(key, name)
        if written and written.strip() != name:
            person.alt_labels.add(written.strip())
        return key

    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(self.article.id, sentence.start, sentence.end, sentence.text.strip())

    def sentence_at(self, pos: int) -> Sentence:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return self.sentences[-1]

    def in_quote(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quote_spans)

    # the whole article ------------------------------------------------------------------------------

    def read(self) -> ArticleFacts:
        if not self.sentences:
            return self.facts
        for rm in self.regions:
            self.add_region(rm.region)
        for om in self.orgs:
            self.add_org(om)
        self.main_province = self._main_province()
        self.award_years = self._award_years()
        self.ceremony_date, self.date_sentence = self._ceremony_date()
        self.venue_key = self._venue()
        self.national = self._national()
        self.read_people()
        self.read_conferrals()
        self.read_nominations()
        self.read_statements()
        self.read_coverage()
        self.fold_narrower_groups()
        return self.facts

    def _main_province(self) -> Region | None:
        counts: dict[str, int] = {}
        for rm in self.regions:
            prov = self.gaz.province_of(rm.region.key)
            if prov is not None:
                weight = 3 if re.search(r"(?i)(tingkat|se-?)\s*(provinsi\s+)?$", self.text[max(0, rm.start - 20):rm.start]) else 1
                counts[prov.key] = counts.get(prov.key, 0) + weight
        if not counts:
            return None
        return self.gaz.regions[max(counts, key=lambda k: (counts[k], k))]

    def _award_years(self) -> list[int]:
        years: list[int] = []
        sources = [self.article.title or "", self.text]
        for source in sources:
            for m in YEAR_IN_AWARD.finditer(source):
                start = m.start()
                if PAST_CUE.search(self._sentence_text_around(source, start)) and source is self.text:
                    continue
                y = int(m.group("y") or m.group("y2"))
                if 2016 <= y <= 2035 and y not in years:
                    years.append(y)
        return years

    @staticmethod
    def _sentence_text_around(source: str, pos: int) -> str:
        left = max(source.rfind(".", 0, pos), source.rfind("\n", 0, pos))
        right_candidates = [i for i in (source.find(".", pos), source.find("\n", pos)) if i != -1]
        right = min(right_candidates) if right_candidates else len(source)
        return source[left + 1:right]

    def year_candidates(self) -> list[int]:
        years: list[int] = []
        if self.article.date and self.article.date[:4].isdigit():
            years.append(int(self.article.date[:4]))
        for y in self.award_years:
            for c in (y + 1, y):
                if c not in years:
                    years.append(c)
        return years or [y for y in (int(m.group(1)) for m in YEAR.finditer(self.text))][:1]

    def _ceremony_date(self) -> tuple[str | None, Sentence | None]:
        dates = find_dates(self.text)
        best = None
        for d in dates:
            sentence = self.sentence_at(d.start)
            iso = complete_date(d.iso, weekday=d.weekday, years=self.year_candidates())
            if iso is None:
                continue
            if d.weekday and weekday_name(iso) != d.weekday:
                self.facts.date_notes.append(DateNote(d.text, iso, d.weekday, weekday_name(iso), self.evidence(sentence)))
            if self.in_quote(d.start) or re.search(r"(?i)periode|penilaian|hingga|sampai|–|\bsd\b", sentence.text[:200]) and "/" not in d.text:
                continue
            if best is None and CEREMONY_CUE.search(sentence.text):
                best = (iso, sentence)
        if best is None:
            for d in dates:
                iso = complete_date(d.iso, weekday=d.weekday, years=self.year_candidates())
                if iso and not self.in_quote(d.start):
                    return iso, self.sentence_at(d.start)
            return None, None
        return best

    def _venue(self) -> str | None:
        for sentence in self.sentences:
            if not CEREMONY_CUE.search(sentence.text) and sentence is not self.date_sentence:
                continue
            m = VENUE.search(sentence.text)
            if m:
                name = _trim_venue(m.group("venue"))
                if not name:
                    continue
                region = None
                rest = sentence.text[m.end("venue"):m.end("venue") + 40]
                rm = re.match(r"^\s*,\s*((?:Kota|Kabupaten)\s+[A-Z]\w+|[A-Z]\w+)", rest)
                if rm:
                    found = self.gaz.lookup(rm.group(1))
                    region = found[0] if found else None
                key = "venue:" + slugify(name)
                self.facts.venues[key] = Venue(key, name, self.add_region(region) if region else None)
                return key
        return None

    def _national(self) -> bool:
        """The national round: the (Vice) President or a minister hands the award, the ceremony is at a palace,
        or the story says "tingkat nasional"."""
        for p in self.people:
            if p.role_slug in ("presiden", "wakil-presiden", "menteri"):
                sentence = self.sentence_at(p.start)
                if HANDING_CUE.search(sentence.text):
                    return True
        for role in self.doc.spans.get("role", []):
            if role.kb_id_.split("|")[0] in ("presiden", "wakil-presiden", "menteri") and role.text[:1].isupper():
                sentence = self.sentence_at(role.start_char)
                if AWARD_DEFINITION.search(sentence.text):
                    continue  # who gives the award in general, not at this ceremony
                if re.search(r"(?i)\b(diserahkan|diberikan|diserahkan langsung)\s+(oleh\s+)?$",
                             self.text[max(sentence.start, role.start_char - 30):role.start_char]):
                    return True
        if self.venue_key and re.search(r"(?i)\bistana\b|wakil presiden", self.facts.venues[self.venue_key].name):
            return True
        head = " ".join(s.text for s in self.sentences[:6] if not PAST_CUE.search(s.text))
        return bool(re.search(r"(?i)\btingkat nasional\b", head)) and not re.search(r"(?i)tingkat provinsi", head)

    # people -----------------------------------------------------------------------------------------

    def read_people(self) -> None:
        for pm in self.people:
            key = self.add_person(pm.name, pm.written)
            if not pm.role_slug:
                continue
            org_key = self.org_for_role(pm)
            title = vocab.ROLES[pm.role_slug].label if pm.role_slug in vocab.ROLES else pm.role_title
            slug = self.refine_role(pm)
            sentence = self.sentence_at(pm.start)
            membership = Membership(key, vocab.ROLES[slug].label if slug in vocab.ROLES else title, org_key, pm.acting,
                                    [self.evidence(sentence)])
            if not any(m.person == key and m.role == membership.role for m in self.facts.memberships):
                self.facts.memberships.append(membership)
            elif pm.acting:
                for m in self.facts.memberships:
                    if m.person == key and m.role == membership.role:
                        m.acting = True
            if org_key and key not in self.person_org:
                self.person_org[key] = org_key

    @staticmethod
    def refine_role(pm: PersonMention) -> str:
        slug = pm.role_slug or "kepala"
        q = pm.qualifier.lower()
        if slug == "kepala":
            if re.search(r"\b(kantor wilayah|kanwil)\b", q):
                return "kepala-kantor-wilayah"
            if re.search(r"\bcabang\b", q):
                return "kepala-cabang"
            if re.search(r"\b(dinas|disnaker\w*|nakertrans)\b", q):
                return "kepala-dinas"
            if re.search(r"\bbadan\b", q):
                return "kepala-badan"
        return slug

    def org_for_role(self, pm: PersonMention) -> str | None:
        """The organization a post belongs to, from the words between the role and the name."""
        window = pm.post_window()
        # an organization written inside the role phrase
        for om in self.orgs:
            if window[0] <= om.start < window[1] and om.end <= window[1] + 2:
                return self.add_org(om)
        slug = pm.role_slug or ""
        if slug in ("presiden", "wakil-presiden"):
            return self.add_government(COUNTRY)
        if slug in ("menteri", "wakil-menteri") and re.search(r"(?i)ketenagakerjaan|naker", pm.qualifier + pm.role_title):
            return self.add_org(OrgMention(0, 0, "", "org:kementerian-ketenagakerjaan", "Kementerian Ketenagakerjaan", "agency"))
        want = {"gubernur": "province", "wakil-gubernur": "province", "bupati": "regency", "wakil-bupati": "regency",
                "wali-kota": "city", "wakil-wali-kota": "city"}.get(slug)
        for rm in self.regions:
            if window[0] <= rm.start < window[1]:
                region = rm.region
                if want and region.kind != want:
                    alt = self.gaz.by_name(rm.text if want != "province" else region.name, want)
                    alt = alt or next((r for r in self.gaz.lookup(rm.text) if r.kind == want), None)
                    region = alt or region
                if re.search(r"(?i)\b(dinas|disnaker\w*|nakertrans|badan)\b", pm.qualifier):
                    continue
                return self.add_government(region)
        if re.search(r"(?i)\b(bpjs|bpjamsostek|jamsostek)\b", pm.qualifier):
            return self.add_org(OrgMention(0, 0, BPJS_NAME, BPJS_KEY, BPJS_NAME, "bpjs"))
        if re.search(r"(?i)\b(dinas|disnaker\w*|nakertrans)\b", pm.qualifier):
            gov = self.main_government()
            label = "Dinas Tenaga Kerja" + (f" {self.facts.regions[self.facts.organizations[gov].governs].name}"
                                            if gov and self.facts.organizations[gov].governs else "")
            region = self.gaz.regions.get(self.facts.organizations[gov].governs) if gov else None
            mention = OrgMention(0, 0, "", f"org:{slugify(label)}", label, "unit", region,
                                 parent=gov, alt_labels={f"Disnaker {region.name}"} if region else set())
            return self.add_org(mention)
        if want == "province" and self.main_province is not None:
            return self.add_government(self.main_province)
        if slug in ("sekretaris-daerah", "asisten", "staf-ahli") and self.main_province is not None:
            gov = self.main_government()
            return gov or self.add_government(self.main_province)
        return None

    def main_government(self) -> str | None:
        """The government the article is mostly about: the first one it names that is not the giver."""
        counts: dict[str, int] = {}
        for om in self.orgs:
            if om.kind == "government":
                counts[om.key] = counts.get(om.key, 0) + 1
        for rm in self.regions:
            if rm.explicit and rm.region.kind in ("regency", "city"):
                key = government_key(rm.region)
                counts[key] = counts.get(key, 0) + 1
                self.add_government(rm.region)
        if not counts:
            return None
        local = {k: v for k, v in counts.items() if k.count(".") >= 1}
        pool = local or counts
        return max(pool, key=lambda k: (pool[k], k))

    def person_near(self, name: str) -> str | None:
        """The person a short name ("Dani", "Helldy") refers to in this article."""
        target = fold(name).split()
        if not target:
            return None
        for key, person in self.facts.persons.items():
            tokens = fold(person.name).split()
            if target == tokens or (len(target) == 1 and target[0] in tokens):
                return key
            if len(target) > 1 and set(target) <= set(tokens):
                return key
        return None

    # conferrals -------------------------------------------------------------------------------------

    def candidates(self, sentence: Sentence) -> list[Candidate]:
        """Organizations in a sentence that may be honoured: not givers, places, or posts' bodies."""
        out: list[Candidate] = []
        seen_keys: set[str] = set()
        role_windows = [p.post_window() for p in self.people]
        pool: list[OrgMention] = [o for o in self.orgs if sentence.start <= o.start < sentence.end]
        covered = [(o.start, o.end) for o in pool]
        items = self.list_items(sentence, pool)
        covered += [(o.start, o.end) for o in items]
        for rm in self.regions:
            if sentence.start <= rm.start < sentence.end and not any(s <= rm.start < e for s, e in covered):
                if rm.text.isupper() and len(rm.text) > 4:
                    continue  # a dateline: "BANDUNG –"
                if re.search(r"[A-Z][\w'’.-]*\s+$", self.text[max(sentence.start, rm.start - 20):rm.start]) and not rm.explicit:
                    continue  # the tail of a longer name: "Hotel Aston Serang", "Dodol Picnic Garut"
                pool.append(government_mention(rm.region, rm.start, rm.end, rm.text))
        pool.extend(items)
        pool.sort(key=lambda o: o.start)
        for idx, om in enumerate(pool):
            if om.kind in ("bpjs", "agency", "unit"):
                continue
            if idx and self.locates(pool[idx - 1], om):
                continue
            if any(s <= om.start < e for s, e in role_windows):
                continue
            before = self.text[max(sentence.start, om.start - 25):om.start].lower()
            if re.search(r"(\btingkat|\bse-?|\bdari|\boleh|\bdi|\bke|\bbersama|\bwilayah|\bdaerah|\bzona|\bprovinsi|"
                         r"\bdengan|\bantara|\bdalam|\bbagi|\buntuk|\basal)\s*(provinsi\s+|pemerintah\s+provinsi\s+)?$",
                         before) and not re.search(r"(diraih|dimenangkan|diterima|diberikan|disusul|diikuti)\s+oleh\s*$", before):
                continue
            if re.search(r"\b(bupati|wali ?kota|gubernur|sekda|sekretaris daerah|kepala|wakil)\s*$", before):
                continue
            if VENUE_PLACE.search(self.text[max(sentence.start, om.start - 80):om.start]):
                continue  # where the venue stands: "di Gedung Sate, Kota Bandung"
            if re.search(r"\(\s*$", before) or ZONE_LIST.search(self.text[max(sentence.start, om.start - 60):om.start]) \
                    and not re.match(r"(?i)(provinsi|pemerintah|pemprov)\b", om.text):
                continue  # a place in brackets, or one of the provinces that make up a zone
            if om.key in seen_keys:
                continue
            seen_keys.add(om.key)
            out.append(Candidate(om))
        return out

    def locates(self, previous: OrgMention, om: OrgMention) -> bool:
        """Whether a region only says where the name before it lies: "Kabupaten Raja Ampat, Provinsi Papua Barat
        Daya", "Desa X (Kabupaten Semarang)", "PT Y (Klaten)"."""
        if om.kind != "government" or om.region is None:
            return False
        gap = self.text[previous.end:om.start]
        if re.fullmatch(r"\s*\(\s*", gap):
            return True
        if not re.fullmatch(r"\s*,\s*", gap) or previous.region is None or previous.kind != "government":
            return False
        region = previous.region
        while region is not None and region.key != om.region.key:
            region = self.gaz.regions.get(region.part_of or "")
        return region is not None

    def list_items(self, sentence: Sentence, known: list[OrgMention]) -> list[OrgMention]:
        """Winners written as bare names in lists: "dimenangkan oleh A, disusul oleh B serta C", "Kategori X : Y"."""
        text = sentence.text
        m = re.search(r"(?:antara lain|yaitu|yakni|adalah|oleh|:|jatuh kepada|diraih)\s*", text)
        if not m or not WIN_CUE.search(text) and not re.match(r"\W*[Kk]ategori", text.strip()):
            return []
        segment_start = sentence.start + m.end()
        segment = text[m.end():]
        items: list[OrgMention] = []
        for offset, piece in _list_pieces(segment):
            lead = len(piece) - len(piece.lstrip(" ."))
            raw = piece.strip(" .")
            name = re.match(r"^(?:oleh\s+)?((?:[A-Z][\w'’&.-]*|bjb)(?:\s+(?:[A-Z0-9][\w'’&.-]*|&|de|bjb))*)", raw)
            if not name:
                continue
            label = name.group(1).strip()
            words = label.split()
            if len(words) < 2 or len(words) > 7 or words[0] in ("Kategori", "Paritrana", "Penghargaan", "Juara",
                                                                 "Peringkat", "Tingkat", "Pemerintah", "Pada"):
                continue
            if any(w.lower() in ("juara", "peringkat", "terbaik", "kategori", "award") for w in words):
                continue
            if all(w.lower() in CATEGORY_WORDS for w in re.split(r"[\s/-]+", label)):
                continue  # a category named in the list, not a winner
            pos = segment_start + offset + lead + name.start(1)
            if any(k.start <= pos < k.end or pos <= k.start < pos + len(label) for k in known):
                continue
            if self.gaz.lookup(label) or any(p.start <= pos < p.end for p in self.people):
                continue
            items.append(OrgMention(pos, pos + len(label), label, f"org:{slugify(label)}", label, "company"))
        return items

    def sentence_scope(self, sentence: Sentence, after: int = 0) -> str | None:
        text = sentence.text[after:]
        if NATIONAL_CUE.search(text):
            return COUNTRY_KEY
        for rm in self.regions:
            if sentence.start + after <= rm.start < sentence.end and rm.region.kind == "province":
                before = self.text[max(sentence.start, rm.start - 22):rm.start].lower()
                if re.search(r"(tingkat|se-?|di|daerah|zona|wilayah)\s*(provinsi\s+)?$", before):
                    return rm.region.key
        m = re.search(r"\bse-?\s*([A-Z][\w]+(?: [A-Z][\w]+)?)", text)
        if m:
            prov = self.gaz.by_name(m.group(1), "province")
            if prov:
                return prov.key
        return None

    def article_scope(self) -> str | None:
        if self.national:
            return COUNTRY_KEY
        for rm in self.regions:
            if rm.region.kind != "province":
                continue
            before = self.text[max(0, rm.start - 25):rm.start].lower()
            if re.search(r"(tingkat|se-?|paritrana award)\s*(daerah\s+)?(provinsi\s+)?$", before):
                return rm.region.key
        return self.main_province.key if self.main_province else None

    def read_conferrals(self) -> None:
        category_context: str | None = None
        past_scope: str | None = None  # the round that earlier results in the article were told of
        for sentence in self.sentences:
            text = sentence.text
            cat = CATEGORY.search(text)
            if cat:
                category_context = _trim_category(cat.group("label"))
            is_list_line = bool(re.match(r"\W*[Kk](?:ategori|etegori)\b.*:", text.strip()))
            here = self.sentence_scope(sentence)
            if here and PAST_CUE.search(text):
                past_scope = here
            if not (WIN_CUE.search(text) or is_list_line) or self.in_quote(sentence.start + 1) and not is_list_line:
                continue
            if MODAL_CUE.search(text) and not RANK.search(text):
                continue
            if NOMINATION_CUE.search(text) and not RANK.search(text) and not re.search(r"(?i)\b(meraih|menerima|juara)\b", text):
                continue
            candidates = self.candidates(sentence)
            if not candidates:
                continue
            self.assign_ranks(sentence, candidates)
            past = bool(PAST_CUE.search(text))
            years = self.sentence_years(sentence)
            if years and not set(years) & set(self.award_years):
                past = True
            for cand in candidates:
                org_key = self.add_org(cand.org)
                scope = self.sentence_scope(sentence, cand.org.end - sentence.start) or self.sentence_scope(sentence)
                if scope is None and past:
                    scope = past_scope
                if scope is None:
                    scope = self.default_scope(cand.org)
                if scope is not None and scope in self.gaz.regions:
                    self.add_region(self.gaz.regions[scope])
                label = _trim_category(cat.group("label")) if cat else category_context if is_list_line or cat else None
                category = _category_for(cand.org, label)
                conferral = Conferral(
                    award=AWARD_NAME, recipient=org_key, rank=cand.rank,
                    category=category, category_label=label,
                    scope=scope,
                    award_years=years or ([y - 1 for y in [int(self.ceremony_date[:4])]] if past and re.search(
                        r"(?i)tahun lalu", text) and self.ceremony_date else list(self.award_years)),
                    date=None if past else self.ceremony_date,
                    venue=None if past else self.venue_key,
                    evidence=[self.evidence(sentence)],
                )
                self.merge_conferral(conferral, past=past)
        self.attach_ceremony_people()

    def default_scope(self, org: OrgMention) -> str | None:
        scope = self.article_scope()
        if scope == COUNTRY_KEY:
            return scope
        if org.kind == "government" and org.region is not None:
            prov = self.gaz.province_of(org.region.key)
            if org.region.kind == "province":
                # provinces compete in the national round
                return COUNTRY_KEY
            if prov is not None:
                return prov.key
        return scope

    def sentence_years(self, sentence: Sentence) -> list[int]:
        years = []
        for m in re.finditer(r"(?i)(?:tahun|award|awards|periode|pada|di)\s+(20[12]\d)\b|\b(20[12]\d)\s+lalu", sentence.text):
            y = int(m.group(1) or m.group(2))
            if y not in years:
                years.append(y)
        return years

    def assign_ranks(self, sentence: Sentence, candidates: list[Candidate]) -> None:
        """Ranks written before a winner ("Juara I diraih X"), after it ("X sebagai juara 2"), or only
        by the order of a list ("dimenangkan oleh X, disusul Y serta Z")."""
        ranks = []
        for m in RANK.finditer(sentence.text):
            word = (m.group("n") or m.group("w") or "").lower()
            value = int(word) if word.isdigit() else RANK_WORDS.get(word)
            if value:
                ranks.append((sentence.start + m.start(), sentence.start + m.end(), value))
        used: set[int] = set()
        for cand in candidates:  # "Juara I diraih Sulawesi Utara", "Urutan pertama ditempati X"
            before = [r for r in ranks if r[1] <= cand.org.start and r[0] not in used
                      and RANK_LINK.fullmatch(self.text[r[1]:cand.org.start])]
            if before:
                cand.rank = before[-1][2]
                used.add(before[-1][0])
        orgs_pos = [c.org.start for c in candidates]
        for idx, cand in enumerate(candidates):
            if cand.rank is not None:
                continue
            next_org = orgs_pos[idx + 1] if idx + 1 < len(candidates) else sentence.end
            after = [r for r in ranks if cand.org.end <= r[0] < next_org and r[0] - cand.org.end <= 90 and r[0] not in used]
            if after:
                cand.rank = after[0][2]
                used.add(after[0][0])
        for idx, cand in enumerate(candidates):
            if cand.rank is not None:
                continue
            before = [r for r in ranks if r[1] <= cand.org.start and r[0] not in used]
            if before:
                cand.rank = before[-1][2]
        self.rank_by_order(sentence, candidates)

    def rank_by_order(self, sentence: Sentence, candidates: list[Candidate]) -> None:
        """After "disusul" / "diikuti" the list is in the order of the ranking."""
        cue = ORDER_CUE.search(sentence.text)
        if not cue or len(candidates) < 2:
            return
        cue_at = sentence.start + cue.start()
        leaders = [c for c in candidates if c.org.start < cue_at]
        followers = [c for c in candidates if c.org.start > cue_at]
        if not leaders or not followers or any(c.rank is not None for c in followers):
            return
        base = leaders[-1].rank or (1 if len(leaders) == 1 else None)
        if base is None:
            return
        leaders[-1].rank = base
        for offset, cand in enumerate(followers, start=1):
            cand.rank = base + offset

    def merge_conferral(self, new: Conferral, *, past: bool) -> None:
        for old in self.facts.conferrals:
            if old.recipient != new.recipient or (old.scope and new.scope and old.scope != new.scope):
                continue
            if old.award_years and new.award_years and not set(old.award_years) & set(new.award_years):
                continue
            if old.rank and new.rank and old.rank != new.rank:
                continue
            old.rank = old.rank or new.rank
            old.scope = old.scope or new.scope
            if new.category and (not old.category or old.category_label is None):
                old.category, old.category_label = new.category, new.category_label or old.category_label
            old.evidence.extend(e for e in new.evidence if e not in old.evidence)
            return
        self.facts.conferrals.append(new)

    def attach_ceremony_people(self) -> None:
        """Presenters, receivers and on-behalf-of people of the ceremony, from the sentences that name them."""
        main = [c for c in self.facts.conferrals if c.date == self.ceremony_date or not c.date]
        for sentence in self.sentences:
            roles = self.ceremony_roles(sentence)
            if not roles:
                continue
            presenters, receivers, behalf = roles
            in_sentence = [c for c in self.facts.conferrals if any(e.start == sentence.start for e in c.evidence)]
            targets = in_sentence
            if receivers:
                matched = [c for c in self.facts.conferrals if self.represents(receivers + behalf, c.recipient)]
                targets = matched or in_sentence or main[:1]
            elif not targets:
                targets = [c for c in main if c.date]
            for c in targets:
                for key, bucket in ((presenters, c.presenters), (receivers, c.receivers), (behalf, c.on_behalf_of)):
                    for k in key:
                        if k not in bucket:
                            bucket.append(k)
                if not any(e.start == sentence.start for e in c.evidence):
                    c.evidence.append(self.evidence(sentence))

    def represents(self, people: list[str], recipient: str) -> bool:
        for person in people:
            org = self.person_org.get(person)
            while org:
                if org == recipient:
                    return True
                org = self.facts.organizations[org].parent if org in self.facts.organizations else None
        return False

    def ceremony_roles(self, sentence: Sentence) -> tuple[list[str], list[str], list[str]] | None:
        people = [p for p in self.people if sentence.start <= p.start < sentence.end and not self.in_quote(p.start)]
        if not people or not re.search(r"(?i)\b(diserahkan|menyerahkan|menerima|diterima|mewakili|diwakili|"
                                        r"dari tangan|memberikan|diberikan|penyerahan|memboyong)\b", sentence.text):
            return None
        presenters: list[str] = []
        receivers: list[str] = []
        behalf: list[str] = []
        last_role: list[str] | None = None
        for idx, p in enumerate(people):
            key = "person:" + slugify(p.name)
            begin = min(p.start, p.role_start) if p.role_start is not None else p.start  # the name may precede the post
            prev_end = max(people[idx - 1].end, people[idx - 1].role_start or 0) if idx else sentence.start
            before = self.text[prev_end:begin].lower()
            nxt = people[idx + 1].role_start if idx + 1 < len(people) and people[idx + 1].role_start else (
                people[idx + 1].start if idx + 1 < len(people) else sentence.end)
            after = self.text[p.end:nxt].lower()
            bucket: list[str] | None = None
            if re.search(r"(oleh|dari tangan|diserahkan|diserahkan langsung|diberikan|menyerahkan)\s*(langsung\s*)?$", before.strip() + " ") \
                    and not re.search(r"(diterima|diwakili)\s+(langsung\s+)?oleh\s*$", before):
                bucket = presenters
            elif re.search(r"(kepada|diterima (langsung )?oleh|diwakili|diwakilkan kepada|kepada yang)\s*$", before.strip() + " ") \
                    or re.search(r"(diterima|diwakili)\s", before):
                bucket = receivers
            elif re.search(r"mewakili\s*$", before):
                bucket = behalf
            elif re.search(r"^(,)?\s*(bersama|beserta|serta|dan|didampingi)\s*$", before.strip()) and last_role is not None:
                bucket = last_role if last_role is not behalf else receivers
            elif re.match(r"^[\s,]*(yang\s+)?(\w+\s+itu\s+)?(diwakili|diwakilkan)\b", after):
                bucket = behalf  # "Bupati X, yang kala itu diwakili Y": X is the one stood in for
            elif re.match(r"^[\s,]*(yang\s+)?(menyerahkan|memberikan|menganugerahkan)", after):
                bucket = presenters
            elif re.match(r"^[\s,]*(yang\s+)?(hadir\s+)?(menerima|memboyong|mewakili)", after):
                bucket = receivers
            elif re.match(r"^[\s,]*(bersama|beserta|serta)\b", after) and re.search(r"menyerahkan", after + self.text[nxt:sentence.end].lower()[:80]):
                bucket = presenters
            if bucket is None:
                continue
            if key not in bucket:
                bucket.append(key)
            last_role = bucket
        if not (presenters or receivers):
            return None
        return presenters, receivers, behalf

    # nominations ------------------------------------------------------------------------------------

    def read_nominations(self) -> None:
        won = {c.recipient for c in self.facts.conferrals if not c.award_years or set(c.award_years) & set(self.award_years)}
        for sentence in self.sentences:
            if not NOMINATION_CUE.search(sentence.text):
                continue
            if re.search(r"(?i)\bjuara\s*(1|i|satu|pertama)\b.{0,60}diikutsertakan|diikutsertakan.{0,80}tingkat nasional",
                         sentence.text):
                # provincial winners go on to the national round
                for c in self.facts.conferrals:
                    if c.rank == 1 and c.scope != COUNTRY_KEY:
                        self.add_nomination(c.recipient, COUNTRY_KEY, sentence, c.award_years)
                continue
            for cand in self.candidates(sentence):
                key = self.add_org(cand.org)
                if key in won:
                    continue
                scope = self.sentence_scope(sentence) or self.default_scope(cand.org)
                self.add_nomination(key, scope, sentence, self.sentence_years(sentence) or list(self.award_years))

    def add_nomination(self, nominee: str, scope: str | None, sentence: Sentence, years: list[int]) -> None:
        stage = next((w for w in ("wawancara", "presentasi", "verifikasi", "nominasi", "kandidat", "finalis")
                      if w in sentence.text.lower()), None)
        date = None
        for d in find_dates(sentence.text):
            date = complete_date(d.iso, weekday=d.weekday, years=self.year_candidates())
            break
        for n in self.facts.nominations:
            if n.nominee == nominee and n.scope == scope:
                n.evidence.append(self.evidence(sentence))
                n.date = n.date or date
                return
        if scope and scope in self.gaz.regions:
            self.add_region(self.gaz.regions[scope])
        self.facts.nominations.append(Nomination(AWARD_NAME, nominee, stage, scope, years, date or (
            self.ceremony_date if stage == "wawancara" else None), self.venue_key if stage == "wawancara" else None,
            [self.evidence(sentence)]))

    # coverage ---------------------------------------------------------------------------------------

    def read_coverage(self) -> None:
        groups = list(self.doc.spans.get("worker_group", []))
        if not groups:
            return
        for sentence in self.sentences:
            inside = [g for g in groups if sentence.start <= g.start_char < sentence.end]
            if not inside or not COVERAGE_CUE.search(sentence.text) or COVERAGE_NEGATIVE.search(sentence.text):
                continue
            if AWARD_DEFINITION.search(sentence.text):
                continue  # what the award is for, not who is covered
            provider = self.coverage_provider(sentence)
            if provider is None:
                continue
            planned = bool(PLANNED_CUE.search(sentence.text))
            for span in inside:
                after = self.text[span.end_char:span.end_char + 25]
                if LIST_HEAD.match(after.strip()) or re.match(r"^\s*(yang|seperti)\b", after) and LIST_HEAD.search(after):
                    continue  # a heading for the list that follows
                slug = span.kb_id_.split("|")[0]
                if slug in NOT_COVERAGE_GROUPS:
                    continue
                label = span.text
                name_after = re.match(r"^\s+((?:[A-Z][\w]+\s?){1,3})", self.text[span.end_char:span.end_char + 40])
                if slug == "kader" and name_after:
                    label = f"{span.text} {name_after.group(1).strip()}"
                count = None
                m = COUNT_BEFORE.search(self.text[max(sentence.start, span.start_char - 30):span.start_char])
                if m:
                    count = int(re.sub(r"[.,]", "", m.group("n"))) * {"ribu": 1000, "juta": 1_000_000}.get(m.group("mult") or "", 1)
                coverage = Coverage(provider, slug, label.lower(), "planned" if planned else "realized", count,
                                    [self.evidence(sentence)])
                existing = next((c for c in self.facts.coverages if c.provider == provider and c.group == slug), None)
                if existing is None:
                    self.facts.coverages.append(coverage)
                else:
                    existing.count = existing.count or count
                    if existing.status == "planned" and not planned:
                        existing.status = "realized"
                    existing.evidence.append(self.evidence(sentence))

    def fold_narrower_groups(self) -> None:
        """"26.000 petani" and, later, "26.000 petani penggarap" are one coverage, of the broader group."""
        kept: list[Coverage] = []
        for cov in self.facts.coverages:
            broader = vocab.WORKER_GROUPS[cov.group].broader if cov.group in vocab.WORKER_GROUPS else ()
            # only a repeated count says it is the same people: "pendeta, pastor, ..." after "pekerja keagamaan"
            # are members listed on their own, not a restatement
            twin = next((k for k in self.facts.coverages if k is not cov and k.provider == cov.provider
                         and k.group in broader and cov.count is not None and k.count == cov.count), None)
            if twin is not None:
                twin.count = twin.count or cov.count
                twin.evidence.extend(cov.evidence)
                continue
            kept.append(cov)
        self.facts.coverages = kept

    def coverage_provider(self, sentence: Sentence) -> str | None:
        for om in self.orgs:
            if sentence.start <= om.start < sentence.end and om.kind in ("government", "company"):
                before = self.text[max(0, om.start - 15):om.start].lower()
                if re.search(r"(tingkat|se-?|dari|di)\s*$", before):
                    continue
                return self.add_org(om)
        speaker = self.quote_speaker(sentence)
        if speaker and speaker in self.person_org:
            org = self.person_org[speaker]
            while org in self.facts.organizations and self.facts.organizations[org].kind in ("unit",):
                org = self.facts.organizations[org].parent or org
                break
            if org in self.facts.organizations and self.facts.organizations[org].kind in ("government", "company"):
                return org
        for p in self.people:
            if sentence.start <= p.start < sentence.end:
                key = "person:" + slugify(p.name)
                org = self.person_org.get(key)
                if org and self.facts.organizations.get(org) and self.facts.organizations[org].kind == "government":
                    return org
        gov = self.primary_government()
        return gov

    def primary_government(self) -> str | None:
        for c in self.facts.conferrals + self.facts.nominations:  # type: ignore[operator]
            key = c.recipient if isinstance(c, Conferral) else c.nominee
            if key.startswith("gov:") and key.count(".") >= 1:
                return key
        for c in self.facts.conferrals + self.facts.nominations:  # type: ignore[operator]
            key = c.recipient if isinstance(c, Conferral) else c.nominee
            if key.startswith("gov:"):
                return key
        return self.main_government()

    def quote_speaker(self, sentence: Sentence) -> str | None:
        for st in self.facts.statements:
            for e in st.evidence:
                if e.start <= sentence.start < e.end or sentence.start <= e.start < sentence.end:
                    return st.speaker
        return None

    # statements -------------------------------------------------------------------------------------

    def read_statements(self) -> None:
        last_person: str | None = None
        people_sorted = sorted(self.people, key=lambda p: p.start)
        for m in QUOTE.finditer(self.text):
            quote = m.group("q").strip()
            mentioned = [p for p in people_sorted if p.end <= m.start()]
            if mentioned:
                last_person = "person:" + slugify(mentioned[-1].name)
            speaker = None
            after = ATTRIBUTION_AFTER.match(self.text[m.end():m.end() + 120])
            if after:
                who = after.group("who")
                if who and not after.group("nya") and not after.group("verb").endswith("nya"):
                    speaker = self.speaker_from(who)
                if speaker is None:
                    speaker = self.pronoun_speaker(m.start(), mentioned)
            else:
                before = self.text[max(0, m.start() - 160):m.start()]
                b = re.search(r"([A-Z][\w'’.]+(?:\s+[A-Z][\w'’.]+){0,3})\s*(?:,\s*[^,]{0,80})?\s+(?:mengatakan|menyatakan|"
                              r"berkata|menuturkan|mengungkapkan|menegaskan|menjelaskan|menyebut|menambahkan)\b[^“\"]{0,40}$",
                              before)
                if b:
                    speaker = self.speaker_from(b.group(1))
                elif re.search(r"(?i)\b(katanya|ujarnya|ucapnya|ungkapnya|jelasnya|tuturnya|kata|ujar)\s*[,:]?\s*$", before):
                    speaker = self.pronoun_speaker(m.start(), mentioned)
            if speaker is None:
                continue
            start, end = m.start(), m.end()
            sentence = self.sentence_at(start)
            ev = Evidence(self.article.id, min(start, sentence.start), max(end, sentence.end),
                          self.text[min(start, sentence.start):max(end, sentence.end)].strip())
            self.facts.statements.append(Statement(speaker, quote, [ev]))

    def pronoun_speaker(self, pos: int, mentioned: list[PersonMention]) -> str | None:
        """Whom "ujarnya" points to: the person named last before the quote, or the last speaker."""
        earlier = [s for s in self.facts.statements if s.evidence and s.evidence[0].start < pos]
        last_statement = earlier[-1].evidence[0].end if earlier else -1
        if mentioned and mentioned[-1].end > last_statement:
            return "person:" + slugify(mentioned[-1].name)
        return earlier[-1].speaker if earlier else None

    def last_speaker(self, pos: int) -> str | None:
        earlier = [s for s in self.facts.statements if s.evidence and s.evidence[0].start < pos]
        return earlier[-1].speaker if earlier else None

    def speaker_from(self, who: str) -> str | None:
        """A speaker written after a speech verb: "Budi", "Kepala Cabang ... Budi Santoso"."""
        for p in self.people:
            if p.name in who:
                return "person:" + slugify(p.name)
        words = [w for w in re.findall(r"[A-Z][\w'’]+", who)]
        words = [w for w in words if w.lower() not in {"kepala", "wakil", "bupati", "gubernur", "sekda", "wali", "kota",
                                                         "pj", "plt", "dinas", "bpjs", "pak", "bu", "bapak", "ibu"}]
        if not words:
            return None
        name = " ".join(words[:3])
        found = self.person_near(name) or self.person_near(words[0])
        if found:
            return found
        if len(words[0]) < 3 or self.gaz.lookup(words[0]):
            return None
        return self.add_person(words[0] if len(words) == 1 else name)


LIST_SEPARATOR = re.compile(r"[,;]|\b(?:dan|serta|disusul(?: oleh)?|diikuti(?: oleh)?|lalu|kemudian|sedangkan)\b")


def _list_pieces(segment: str) -> Iterator[tuple[int, str]]:
    """The items of a written list with their offsets: "A, disusul oleh B serta C" -> A, B, C."""
    last = 0
    for sep in LIST_SEPARATOR.finditer(segment):
        yield last, segment[last:sep.start()]
        last = sep.end()
    yield last, segment[last:]


def _trim_venue(name: str) -> str:
    name = re.sub(r"\s+(di|dan|&|de|of)$", "", name.strip())
    name = re.sub(r"^(?:(?:aula|ruang|ballroom|lantai)\s+\w+\s+)", lambda m: m.group(0).title(), name)
    return name.strip(" ,.")


def _trim_category(label: str) -> str:
    label = re.sub(r"\s+(dan|&|serta|,)$", "", label.strip(" ,.:"))
    return re.split(r"\s+(?:Tingkat|tingkat|Tahun|tahun|se-|di|pada|yang|Provinsi Jawa|Paritrana)\b", label)[0].strip(" ,")


def _category_for(org: OrgMention, label: str | None) -> str | None:
    if label:
        slug = vocab.category_slug(label)
        if slug:
            return slug
    if org.kind == "government" and org.region is not None:
        return {"province": "provinsi", "regency": "kabupaten-kota", "city": "kabupaten-kota",
                "village": "desa-kelurahan"}.get(org.region.kind)
    return None


def facts_from_doc(article: Article, doc: Doc) -> ArticleFacts:
    """Read the records out of an annotated Doc."""
    return ArticleReader(article, doc).read()
