"""Conferrals: the organizations a sentence honours, their ranks, and merging repeats."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg import vocab
from kg.mentions import OrgMention, government_mention, village_region
from kg.records import Conferral
from kg.text import slugify
from kg.extract.context import ArticleContext, Sentence
from kg.gazetteer import COUNTRY_KEY
from kg.extract.patterns import (NATIONAL_CUE, CATEGORY_BARE, SUBJECT_WINNER, SUBJECT_STOP, ADDRESS_GAP, AWARD_NAME, CATEGORY, CATEGORY_WORDS, DATELINE_AFTER, ITEM_CLAUSE, LIST_SEPARATOR,
                                MODAL_CUE, NOMINATION_CUE, OFFICE_PLACE_BEFORE, ORDER_CUE, PAST_CUE, RANK, RANK_LINK,
                                RANK_WORDS, REFERRED_WINNERS, VENUE_PLACE, WIN_CUE, ZONE_LIST)


# Words that open a sentence and are no part of a name after them: "Sebelumnya Bulungan meraih ...".
SENTENCE_OPENER = (r"(?:Sebelumnya|Selain|Namun|Sementara|Kemudian|Adapun|Bahkan|Kini|Lalu|Selanjutnya|Sedangkan|"
                   r"Setelah|Sejak|Menurut|Bagi|Untuk|Dari|Tahun|Pada|Di|Hingga|Akhirnya|Alhasil|Sehingga)")


# The posts whose holder stands for the government of a region.
HEAD_ROLES = {"gubernur", "wakil-gubernur", "bupati", "wakil-bupati", "wali-kota", "wakil-wali-kota"}


@dataclass
class Candidate:
    """An organization a sentence may honour or nominate."""

    org: OrgMention
    rank: int | None = None
    category_label: str | None = None
    rank_end: int | None = None  # where the rank phrase that ranks it ends


class ConferralReader(ArticleContext):
    """Reads who won what, at which rank, in which round."""

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
                if rm.text.isupper() and len(rm.text) > 4 or self.is_dateline(rm.start, rm.end):
                    continue  # a dateline: "BANDUNG –", "Semarang (ANTARA) -"
                if re.search(r"[A-Z][\w'’.-]*\s+$", self.text[max(sentence.start, rm.start - 20):rm.start]) and not rm.explicit \
                        and not re.fullmatch(r"\W*" + SENTENCE_OPENER + r"\s+", self.text[sentence.start:rm.start]) \
                        and not re.search(r"\b(?:Kab\.?|Kabupaten|Kota|Provinsi|Prov\.?)\s+$", self.text[max(0, rm.start - 12):rm.start]):
                    continue  # the tail of a longer name: "Hotel Nusa Serang", "Keripik Sinar Garut"
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
                         r"\bdengan|\bantara|\bdalam|\bbagi|\buntuk|\basal|\bcabang|\bkanwil)\s*(provinsi\s+|pemerintah\s+provinsi\s+)?$",
                         before) and not re.search(r"(diraih|dimenangkan|diterima|diberikan|disusul|diikuti)\s+oleh\s*$", before):
                continue
            if re.search(r"\b(bupati|wali ?kota|gubernur|sekda|sekretaris daerah|kepala|wakil)\s*$", before):
                continue
            if om.region is not None and om.region.kind == "province" and re.search(
                    r"\bawards?\s+(?:tahun\s+)?(?:20\d\d\s+)?(?:tingkat\s+)?$", before):
                continue  # part of the award's name: "penerima Paritrana Award 2024 Provinsi Jawa Timur"
            if re.search(r"\bmewakili\s*$", before) and om.region is not None and om.region.kind == "province":
                continue  # the province a nominee stands for: "mewakili Sumatera Barat pada ... tingkat nasional"
            after = self.text[om.end:min(sentence.end, om.end + 60)]
            if om.kind == "government" and re.match(r"\s*,?\s*(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b|"
                                                    r"\(\d|\d{1,2}\s+[A-Z][a-z]+\s+20\d\d)", after):
                continue  # where the ceremony was held, written before its date: "..., Ambon, Jumat (8/11)"
            if re.match(r"\s*(?:(?:bersama|dan)\s+[^.;]{0,80}?\s+)?(?:resmi\s+)?(?:mengumumkan|menggelar|menyelenggarakan|"
                        r"menetapkan|menyerahkan|memberikan|menganugerahkan)\b", after):
                continue  # the organizer: "Pemerintah Provinsi X bersama ... mengumumkan pemenang"
            if VENUE_PLACE.search(self.text[max(sentence.start, om.start - 80):om.start]):
                continue  # where the venue stands: "di Gedung Sate, Kota Bandung"
            if re.search(r"\(\s*$", before) or ZONE_LIST.search(self.text[max(sentence.start, om.start - 60):om.start]) \
                    and not re.match(r"(?i)(provinsi|pemerintah|pemprov)\b", om.text):
                continue  # a place in brackets, or one of the provinces that make up a zone
            if OFFICE_PLACE_BEFORE.search(self.text[max(sentence.start, om.start - 60):om.start]):
                continue  # part of an office's name: "Kantor Wilayah Jateng dan DIY"
            if om.key in seen_keys:
                continue
            seen_keys.add(om.key)
            out.append(Candidate(om))
        return out

    def is_dateline(self, start: int, end: int) -> bool:
        """A place that opens a line and is followed by the outlet and a dash: where the story was filed."""
        line_start = self.text.rfind("\n", 0, start) + 1
        lead = self.text[line_start:start].strip()
        if lead and not re.fullmatch(r"[\w.-]+(?:\s+[\w.-]+)?\s*[|/,]", lead):
            return False  # "OUTLET.COM | Aceh -" still opens a dateline
        return bool(DATELINE_AFTER.match(self.text[end:end + 40]))

    def locates(self, previous: OrgMention, om: OrgMention) -> bool:
        """Whether a region only says where the name before it lies: "Kabupaten Alor, Provinsi Nusa Tenggara
        Timur", "Desa X (Kabupaten Semarang)", "PT Y (Klaten)"."""
        if om.kind != "government" or om.region is None:
            return False
        gap = self.text[previous.end:om.start]
        if re.fullmatch(r"\s*\(\s*", gap):
            return True
        if not ADDRESS_GAP.fullmatch(gap) or previous.region is None or previous.kind != "government":
            return False
        region = previous.region
        while region is not None and region.key != om.region.key:
            region = self.gaz.regions.get(region.part_of or "")
        return region is not None

    def list_items(self, sentence: Sentence, known: list[OrgMention]) -> list[OrgMention]:
        """Winners written as bare names in lists: "dimenangkan oleh A, disusul oleh B serta C", "Kategori X : Y"."""
        text = sentence.text
        subjects = self.subject_items(sentence, known)
        m = re.search(r"(?:antara lain|yaitu|yakni|adalah|oleh|:|jatuh kepada|diraih|diberikan kepada)\s*", text)
        if not m or not WIN_CUE.search(text) and not re.match(r"\W*[Kk]ategori", text.strip()):
            return subjects
        segment_start = sentence.start + m.end()
        segment = text[m.end():]
        items: list[OrgMention] = []
        for offset, piece in _list_pieces(segment):
            clause = ITEM_CLAUSE.match(piece.strip(" ."))
            lead = len(piece) - len(piece.lstrip(" .")) + (clause.end() if clause else 0)
            raw = piece.strip(" .")[clause.end() if clause else 0:]
            name = re.match(r"^(?:oleh\s+)?((?:[A-Z][\w'’&.-]*|bjb)(?:[ \t]+(?:[A-Z0-9][\w'’&.-]*|&|de|bjb))*)", raw)
            if not name:
                continue
            label = name.group(1).strip()
            words = label.split()
            pos = segment_start + offset + lead + name.start(1)
            village = self.village_item(pos, label, known)
            if village is not None:
                items.append(village)
                continue
            if len(words) < 2 or len(words) > 7 or words[0] in ("Kategori", "Paritrana", "Penghargaan", "Juara",
                                                                 "Peringkat", "Tingkat", "Pemerintah", "Pada",
                                                                 "Kecamatan", "Kec.", "Distrik", "Kelurahan"):
                continue
            if any(w.lower() in ("juara", "peringkat", "terbaik", "kategori", "award") for w in words):
                continue
            if all(w.lower() in CATEGORY_WORDS for w in re.split(r"[\s/-]+", label)):
                continue  # a category named in the list, not a winner
            if any(k.start <= pos < k.end or pos <= k.start < pos + len(label) for k in known):
                continue
            if self.gaz.lookup(label) or any(p.start <= pos < p.end for p in self.people):
                continue
            items.append(OrgMention(pos, pos + len(label), label, f"org:{slugify(label)}", label, "company"))
        return items + [s for s in subjects if not any(i.start <= s.start < i.end or s.start <= i.start < s.end
                                                       for i in items)]

    def subject_items(self, sentence: Sentence, known: list[OrgMention]) -> list[OrgMention]:
        """Companies written without a legal form as the subject of winning: "Mahakam Karya Energi menjadi juara I"."""
        out: list[OrgMention] = []
        names = {w for p in self.people for w in p.name.split()}
        for m in SUBJECT_WINNER.finditer(sentence.text):
            label = m.group("name").strip()
            words = label.split()
            pos = sentence.start + m.start("name")
            end = pos + len(label)
            if words[0] in SUBJECT_STOP or len(words) < 2:
                continue
            if all(w.lower() in CATEGORY_WORDS for w in re.split(r"[\s/-]+", label)) or set(words) <= names:
                continue
            if any(k.start < end and pos < k.end for k in known) or any(p.start < end and pos < p.end for p in self.people):
                continue
            if any(rm.start < end and pos < rm.end for rm in self.regions) or self.gaz.lookup(label):
                continue
            out.append(OrgMention(pos, end, label, f"org:{slugify(label)}", label, "company"))
        return out

    def village_item(self, pos: int, label: str, known: list[OrgMention]) -> OrgMention | None:
        """A bare name in a list headed by a village: "Pemerintah Desa A (...), B (...), serta C" -> Desa B."""
        heads = [k for k in known if k.kind == "government" and k.region is not None and k.region.kind == "village"
                 and k.end <= pos and not re.search(r"[.;:]", self.text[k.end:pos])]
        if not heads or len(label.split()) > 3 or any(k.start <= pos < k.end for k in known):
            return None
        if any(heads[-1].end <= k.start < pos and not (k.region is not None and k.region.kind == "village")
               for k in known):
            return None  # another kind of winner stands between: the list has moved on from villages
        if self.gaz.lookup(label) or label.split()[0] in CATEGORY_WORDS or not label[:1].isupper():
            return None
        if re.match(r"(?i)(kecamatan|kec\.?|distrik|kabupaten|kab\.?|kota|provinsi)\b", label):
            return None  # the district or regency that locates the village, not another village
        if any(p.start <= pos < p.end for p in self.people):
            return None
        kind = heads[-1].region.name.split()[0]
        region = village_region(kind, label, self.text[pos + len(label):pos + len(label) + 60], self.regions)
        return government_mention(region, pos, pos + len(label), label)

    def read_conferrals(self) -> None:
        self.winner_spans: list[tuple[int, Conferral]] = []  # where each winner is written, for the ceremony's people
        self.defaulted_scope: list[Conferral] = []  # conferrals whose round no sentence named
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
            referred = self.referred_winners(sentence)
            quoted_result = bool(RANK.search(text) and WIN_CUE.search(text) and not MODAL_CUE.search(text))
            if not (WIN_CUE.search(text) or is_list_line or referred is not None) \
                    or self.in_quote(sentence.start + 1) and not is_list_line and not quoted_result:
                continue  # a quotation, unless it tells a result: "... X yang mendapat peringkat II ..."
            if MODAL_CUE.search(text) and not RANK.search(text):
                continue
            if NOMINATION_CUE.search(text) and not RANK.search(text) and not re.search(r"(?i)\b(meraih|menerima|juara)\b", text):
                continue
            candidates = self.candidates(sentence) or self.heads_as_winners(sentence)
            if referred is not None:
                candidates = [c for c in candidates if c.org.start >= referred]
            if not candidates:
                continue
            self.assign_ranks(sentence, candidates)
            if NOMINATION_CUE.search(text) and not is_list_line:
                # "Sebagai juara provinsi, X akan mewakili ... tingkat nasional": a candidacy, unless a rank is given
                candidates = [c for c in candidates if c.rank is not None]
            categories = list(CATEGORY.finditer(text))
            categories += [b for b in CATEGORY_BARE.finditer(text)
                           if not any(c.start() <= b.start() < c.end() for c in categories)]
            categories.sort(key=lambda c: c.start())
            past = bool(PAST_CUE.search(text))
            years = self.sentence_years(sentence)
            if years and not set(years) & set(self.award_years):
                past = True
            for idx, cand in enumerate(candidates):
                org_key = self.add_org(cand.org)
                start = max(cand.org.end, cand.rank_end or 0)
                nxt = [c.org.start for c in candidates[idx + 1:] if c.org.start > start]
                scope = self.window_scope(start, min([sentence.end, start + 100] + nxt)) \
                    or self.sentence_scope(sentence, cand.org.end - sentence.start) or self.sentence_scope(sentence)
                if scope is None and past and not (past_scope != COUNTRY_KEY and cand.org.region is not None
                                                   and cand.org.kind == "government" and cand.org.region.kind == "province"):
                    scope = past_scope  # (a province's earlier results are national ones)
                defaulted = scope is None
                if scope is None:
                    scope = self.default_scope(cand.org)
                if scope is not None and scope in self.gaz.regions:
                    self.add_region(self.gaz.regions[scope])
                label = _nearest_category(categories, cand.org.start - sentence.start, text) if categories else \
                    category_context if is_list_line else None
                if label and cand.org.kind == "government" and cand.org.region is not None \
                        and not _in_own_clause(categories, cand.org.start - sentence.start, text) \
                        and _category_for(cand.org, label) != _category_for(cand.org, None):
                    label = None  # a category of another clause does not fit this government: its own kind does
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
                merged = self.merge_conferral(conferral, past=past)
                if defaulted and merged is conferral:
                    self.defaulted_scope.append(conferral)
                self.winner_spans.append((cand.org.start, merged))
        self.own_round_provinces()
        self.fold_unplaced_repeats()
        self.attach_ceremony_people()

    def fold_unplaced_repeats(self) -> None:
        """A headline's "X Sabet Paritrana Award", with no rank and no round, is the award the body places: fold it
        into the one other conferral of the same winner."""
        for c in list(self.defaulted_scope):
            if c.rank is not None or c not in self.facts.conferrals:
                continue
            others = [o for o in self.facts.conferrals if o is not c and o.recipient == c.recipient
                      and (not o.award_years or not c.award_years or set(o.award_years) & set(c.award_years))]
            if len(others) != 1:
                continue
            keep = others[0]
            keep.award_years = keep.award_years or c.award_years
            keep.date, keep.venue = keep.date or c.date, keep.venue or c.venue
            keep.evidence.extend(e for e in c.evidence if e not in keep.evidence)
            if not keep.category and c.category:
                keep.category, keep.category_label = c.category, c.category_label
            self.facts.conferrals.remove(c)
            self.winner_spans = [(pos, keep if w is c else w) for pos, w in self.winner_spans]

    def heads_as_winners(self, sentence: Sentence, verbs: str = r"memboyong|meraih|menerima|mendapat\w*|menyabet") \
            -> list[Candidate]:
        """A government named only through its head's post: "Gubernur X Budi Hartawan memboyong penghargaan",
        "penyerahan piala Juara I ... kepada Gubernur Jawa Tengah X"."""
        out: list[Candidate] = []
        for p in self.people:
            if not (sentence.start <= p.start < sentence.end) or p.role_slug not in HEAD_ROLES:
                continue
            org = self.facts.organizations.get(self.person_org.get("person:" + slugify(p.name), ""))
            if org is None or org.kind != "government" or not org.governs or org.governs not in self.gaz.regions:
                continue
            start, end = p.post_window()
            before = self.text[max(sentence.start, start - 25):start].lower()
            after = self.text[end:min(sentence.end, end + 40)].lower()
            if re.search(r"\bkepada\s*(?:yth\.?\s*)?$", before) or re.match(
                    r"^[\s,]*(?:yang\s+)?(?:saat\s+|ketika\s+|tengah\s+|sedang\s+)?(?:berhasil\s+|sukses\s+|resmi\s+)?(?:"
                    + verbs + r")\b", after):
                region = self.gaz.regions[org.governs]
                out.append(Candidate(government_mention(region, start, end, "")))  # the post is no name of it
        return out

    def own_round_provinces(self) -> None:
        """A province government listed among the winners of its own provincial round ("Kategori Pemerintah
        Provinsi : Pemprov X" among winners scoped to X) won that round, not the national one."""
        current = [c for c in self.facts.conferrals if c.date and c.date == self.ceremony_date]
        for c in current:
            org = self.facts.organizations.get(c.recipient)
            region = self.facts.regions.get(org.governs) if org is not None and org.governs else None
            if region is None or region.kind != "province" or c.scope != COUNTRY_KEY or self.national:
                continue
            if any(NATIONAL_CUE.search(e.text) for e in c.evidence):
                continue
            others = [o for o in current if o is not c]
            if len(others) >= 2 and sum(o.scope == region.key for o in others) > len(others) / 2:
                c.scope = region.key

    def referred_winners(self, sentence: Sentence) -> int | None:
        """Where a list of winners named by reference begins ("ketiga daerah itu adalah ..."), when one of the two
        sentences before says what was won."""
        m = REFERRED_WINNERS.search(sentence.text)
        if m is None:
            return None
        idx = self.sentences.index(sentence)
        if not any(WIN_CUE.search(s.text) for s in self.sentences[max(0, idx - 2):idx]):
            return None
        return sentence.start + m.end()

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
                cand.rank, cand.rank_end = before[-1][2], before[-1][1]
                used.add(before[-1][0])
        orgs_pos = [c.org.start for c in candidates]
        for idx, cand in enumerate(candidates):
            if cand.rank is not None:
                continue
            next_org = orgs_pos[idx + 1] if idx + 1 < len(candidates) else sentence.end
            after = [r for r in ranks if cand.org.end <= r[0] < next_org and r[0] - cand.org.end <= 90 and r[0] not in used]
            if after:
                cand.rank, cand.rank_end = after[0][2], after[0][1]
                used.add(after[0][0])
        for idx, cand in enumerate(candidates):
            if cand.rank is not None:
                continue
            before = [r for r in ranks if r[1] <= cand.org.start and r[0] not in used]
            if before:
                cand.rank, cand.rank_end = before[-1][2], before[-1][1]
        self.rank_by_order(sentence, candidates)
        self.rank_respectively(sentence, candidates)

    def rank_respectively(self, sentence: Sentence, candidates: list[Candidate]) -> None:
        """"A dan B masing-masing meraih peringkat kedua dan ketiga": the ranks in the order of the names; and the one
        winner left without a rank before others ranked from 2 on is the first ("dimenangkan A, sedangkan B dan C
        masing-masing ...")."""
        m = re.search(r"(?i)\bmasing-masing\b", sentence.text)
        if m:
            at = sentence.start + m.start()
            ranks = [RANK_WORDS.get(w.lower()) for w in re.findall(
                r"(?i)\b(pertama|kedua|ketiga|keempat|kelima|I{1,3}|IV|V)\b", sentence.text[m.end():])]
            ranks = [r for r in ranks if r]
            named = [c for c in candidates if c.org.start < at]
            group = named[-len(ranks):] if ranks and len(named) >= len(ranks) else []
            if len(ranks) >= 2 and group and all(c.rank is None or c.rank == ranks[0] for c in group):
                for c, r in zip(group, ranks):
                    c.rank = r
        ranked = [c.rank for c in candidates if c.rank is not None]
        unranked = [c for c in candidates if c.rank is None]
        if len(unranked) == 1 and unranked[0] is candidates[0] and ranked and min(ranked) == 2 \
                and re.search(r"(?i)\b(dimenangkan|juara|pemenang)", sentence.text):
            unranked[0].rank = 1

    def rank_by_order(self, sentence: Sentence, candidates: list[Candidate]) -> None:
        """After "disusul" / "diikuti" the list is in the order of the ranking."""
        cue = ORDER_CUE.search(sentence.text)
        if not cue or len(candidates) < 2:
            return
        cue_at = sentence.start + cue.start()
        leaders = [c for c in candidates if c.org.start < cue_at]
        followers = [c for c in candidates if c.org.start > cue_at]
        if not leaders and followers and re.match(r"(?i)(secara )?berurutan|berturut", cue.group(0)) \
                and all(c.rank is None for c in followers):
            for offset, cand in enumerate(followers, start=1):  # "secara berurutan adalah A, B, dan C"
                cand.rank = offset
            return
        if not leaders or not followers or any(c.rank is not None for c in followers):
            return
        base = leaders[-1].rank or (1 if len(leaders) == 1 else None)
        if base is None:
            return
        leaders[-1].rank = base
        for offset, cand in enumerate(followers, start=1):
            cand.rank = base + offset

    def merge_conferral(self, new: Conferral, *, past: bool) -> Conferral:
        """Add a conferral, or fold it into the one of the same winner, round and rank; returns the one kept."""
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
            return old
        self.facts.conferrals.append(new)
        return new


def _list_pieces(segment: str) -> Iterator[tuple[int, str]]:
    """The items of a written list with their offsets: "A, disusul oleh B serta C" -> A, B, C."""
    last = 0
    for sep in LIST_SEPARATOR.finditer(segment):
        yield last, segment[last:sep.start()]
        last = sep.end()
    yield last, segment[last:]


def _trim_category(label: str) -> str:
    label = re.sub(r"\s+(dan|&|serta|,)$", "", label.strip(" ,.:"))
    return re.split(r"\s+(?:Tingkat|tingkat|Tahun|tahun|se-|di|pada|yang|Provinsi Jawa|Paritrana)\b", label)[0].strip(" ,")


CLAUSE_BREAK = re.compile(r"(?i);|\b(?:sedangkan|sementara(?:\s+itu)?|adapun|selanjutnya)\b")


def _in_own_clause(categories: list[re.Match], offset: int, text: str) -> bool:
    breaks = [0] + [b.start() for b in CLAUSE_BREAK.finditer(text)] + [len(text) + 1]
    lo = max(b for b in breaks if b <= offset)
    hi = min(b for b in breaks if b > offset)
    return any(lo <= c.start() < hi and vocab.category_slug(_trim_category(c.group("label"))) for c in categories)


def _nearest_category(categories: list[re.Match], offset: int, text: str = "") -> str | None:
    """The category a winner at ``offset`` is listed under: one named in its own clause ("..., sementara X menjadi
    terbaik pertama kategori kelurahan"), else the last one named before it, else the first after."""
    breaks = [0] + [b.start() for b in CLAUSE_BREAK.finditer(text)] + [len(text) + 1]
    lo = max(b for b in breaks if b <= offset)
    hi = min(b for b in breaks if b > offset)
    own = [c for c in categories if lo <= c.start() < hi and vocab.category_slug(_trim_category(c.group("label")))]
    if own:
        before = [c for c in own if c.start() < offset]
        chosen = before[-1] if before else own[0]
        return _trim_category(chosen.group("label"))
    before = [c for c in categories if c.start() < offset]
    chosen = before[-1] if before else next((c for c in categories if c.start() >= offset), None)
    return _trim_category(chosen.group("label")) if chosen else None


def _category_for(org: OrgMention, label: str | None) -> str | None:
    if label:
        slug = vocab.category_slug(label)
        if slug:
            return slug
    if org.kind == "government" and org.region is not None:
        return {"province": "provinsi", "regency": "kabupaten-kota", "city": "kabupaten-kota",
                "village": "desa-kelurahan"}.get(org.region.kind)
    return None
