"""The per-article reader state: sentences, entities, award years, ceremony date, venue, scope."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from kg.dates import complete_date, find_dates, weekday_name
from kg.gazetteer import COUNTRY_KEY, load_gazetteer
from kg.mentions import BPJS_KEY, BPJS_NAME, OrgMention, PersonMention, RegionMention, government_mention
from kg.records import Article, ArticleFacts, DateNote, Evidence, Organization, Person, Region, Venue
from kg.text import slugify
from kg.extract.patterns import (RELATED_LINK, PAST_CUE, NATIONAL_CUE, HANDING_CUE, CEREMONY_CUE, VENUE, QUOTE, AWARD_DEFINITION,
                                YEAR_IN_AWARD, YEAR, HELD_AT, VENUE_SUBJECT, VENUE_BEFORE_DATE)


@dataclass
class Sentence:
    """One sentence of the article, by character offsets."""

    start: int
    end: int
    text: str
    in_quote: bool = False


@dataclass
class ArticleContext:
    """What every reader of one article shares: its text, sentences, mentions and the entities found so far."""

    article: Article
    doc: Doc
    facts: ArticleFacts = field(init=False)

    def __post_init__(self) -> None:
        self.facts = ArticleFacts(article=self.article)
        self.text = self.doc.text
        self.sentences = _without_related_links(
            [Sentence(s.start_char, s.end_char, s.text) for s in self.doc.sents if s.text.strip()])
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

    # the article's setting --------------------------------------------------------------------------

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
                around = self._sentence_text_around(source, start)
                if PAST_CUE.search(around) and source is self.text:
                    continue
                y = int(m.group("y") or m.group("y2"))
                if years and y not in years and source is self.text and re.match(
                        r"\s*(?:Pada|Di|Dalam)\s+(?:(?:ajang|edisi|tahun|penghargaan)\s+)?Paritrana", around):
                    continue  # "Pada Paritrana Award 2022, X juga ...": an earlier edition, told after this one
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
            if m is None:
                held = HELD_AT.search(sentence.text) or VENUE_SUBJECT.search(sentence.text) \
                    or VENUE_BEFORE_DATE.search(sentence.text)
                if held and not self.gaz.lookup(held.group("venue").rstrip(".,")):
                    m = held
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

    # scope and years --------------------------------------------------------------------------------

    def sentence_scope(self, sentence: Sentence, after: int = 0) -> str | None:
        text = sentence.text[after:]
        if NATIONAL_CUE.search(text):
            return COUNTRY_KEY
        for rm in self.regions:
            if sentence.start + after <= rm.start < sentence.end and rm.region.kind == "province":
                before = self.text[max(sentence.start, rm.start - 40):rm.start].lower()
                if re.search(r"(digelar|berlangsung|dilaksanakan|diselenggarakan|diadakan|bertempat)\s+di\s*$", before):
                    continue  # where an event took place, not the round: "wawancara digelar di Jakarta"
                if re.search(r"(tingkat|se-?|di|daerah|zona|wilayah)\s*(provinsi\s+)?$", before[-22:]):
                    return rm.region.key
        m = re.search(r"\bse-?\s*([A-Z][\w]+(?: [A-Z][\w]+)?)", text)
        if m:
            prov = self.gaz.by_name(m.group(1), "province")
            if prov:
                return prov.key
        return None

    def window_scope(self, start: int, end: int) -> str | None:
        """The round named closest after a winner or its rank: "terbaik pertama ... tingkat Provinsi NTT",
        "Juara I ... tingkat nasional", "di tingkat provinsi"."""
        text = self.text[start:end]
        found: list[tuple[int, str]] = []
        m = NATIONAL_CUE.search(text)
        if m:
            found.append((m.start(), COUNTRY_KEY))
        for rm in self.regions:
            if start <= rm.start < end and rm.region.kind == "province":
                before = self.text[max(start, rm.start - 22):rm.start].lower()
                if re.search(r"(tingkat|se-?)\s*(provinsi\s+)?$", before):
                    found.append((rm.start - start, rm.region.key))
        m = re.search(r"(?i)\btingkat provinsi\b(?!\s+[A-Z])", text)
        if m and self.main_province is not None:
            found.append((m.start(), self.main_province.key))
        return min(found)[1] if found else None

    def article_scope(self) -> str | None:
        """The round the article reports: national, the province it names as the round, or its main province."""
        if self.national:
            return COUNTRY_KEY
        return self.provincial_round() or (self.main_province.key if self.main_province else None)

    def provincial_round(self) -> str | None:
        """The province whose own round the article reports, when it says so: "tingkat Provinsi X",
        "Paritrana Award Provinsi X", "se-X"."""
        for rm in self.regions:
            if rm.region.kind != "province":
                continue
            before = self.text[max(0, rm.start - 25):rm.start].lower()
            if re.search(r"(tingkat|se-?|paritrana award)\s*(daerah\s+)?(provinsi\s+)?$", before):
                return rm.region.key
        return None

    def default_scope(self, org: OrgMention) -> str | None:
        scope = self.article_scope()
        if scope == COUNTRY_KEY:
            return scope
        if org.kind == "government" and org.region is not None:
            prov = self.gaz.province_of(org.region.key)
            if org.region.kind == "province":
                # provinces compete in the national round, unless this is the province's own round
                return scope if scope == org.region.key == self.provincial_round() else COUNTRY_KEY
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


def _trim_venue(name: str) -> str:
    name = re.sub(r"\s+(di|dan|&|de|of)$", "", name.strip())
    name = re.sub(r"^(?:(?:aula|ruang|ballroom|lantai)\s+\w+\s+)", lambda m: m.group(0).title(), name)
    return name.strip(" ,.")


def _without_related_links(sentences: list[Sentence]) -> list[Sentence]:
    """Drop "Baca juga: <headline of another story>" boxes: they are links, not this article's news. When the label
    stands on a line of its own, the headline is the next line."""
    kept: list[Sentence] = []
    skip_next = False
    for s in sentences:
        if skip_next:
            skip_next = False
            continue
        m = RELATED_LINK.match(s.text)
        if m:
            skip_next = not s.text[m.end():].strip()
            continue
        kept.append(s)
    return kept
