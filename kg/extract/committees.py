"""Committees and juries: the posts of the award's own bodies ("Tim 9", "Dewan Juri", "Panitia").

News names these posts in three ways, each read by one function below:

- by an office: "Tim 9 diketuai oleh Sekda Provinsi X dengan Kepala Kantor BPJS Y sebagai sekretaris,
  ditambah 7 anggota lain, yakni Kepala Disnakertrans, ...": the post goes to whoever the article
  names as holding that office;
- by a name: "Tim Juri ... yang diketuai oleh ahli jaminan sosial, Budi Santoso";
- by a list of names and expert seats: "A sebagai Ahli Hukum; B dari Unsur Pengusaha; ...".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.context import ArticleContext, Sentence
from kg.extract.patterns import (ALSO_HOLDS, COMMITTEE, COMMITTEE_CHAIR, COMMITTEE_ITEM_START, COMMITTEE_MEMBERS,
                                 COMMITTEE_SECRETARY, EXPERT_SEAT, LIST_SEPARATOR)
from kg.mentions import OrgMention, clean_name
from kg.records import Membership
from kg.text import fold, slugify

# The kinds of committee: every jury word names the one jury of a round; the organizing committee is another body.
JURY_WORDS = ("tim 9", "tim sembilan", "tim juri", "dewan juri", "tim penilai", "juri")
# Abbreviations that name the same office in different words, so that "Kepala Disnakertrans" finds the
# "Kepala Dinas Tenaga Kerja dan Transmigrasi" the article names elsewhere.
OFFICE_SYNONYMS = (
    (re.compile(r"\bdis\w*naker\w*|\bdisnas\w*"), "dinas tenaga kerja transmigrasi"),
    (re.compile(r"\bbpjamsostek|\bjamsostek|\bbp jamsostek|\bbpjs tk\b|\bbpjs ketenagakerjaan\b"), "bpjs"),
    (re.compile(r"\bsekda\w*"), "sekretaris daerah"),
    (re.compile(r"\bkanwil\b"), "kantor wilayah"),
)
# "ahli jaminan sosial, Budi Santoso": a lower-case description, a comma and a name on the same line (a dot
# ends the name unless it closes a short abbreviation such as "Muh.").
DESCRIBED_NAME = re.compile(r"[a-z][a-z ]{2,40},[^\S\n]*((?:[A-Z](?:[\w'’-]{0,3}\.|[\w'’-]*)[^\S\n]?){1,5})")
# Words of an office that say nothing about which office it is.
OFFICE_FILLER = {"kepala", "kantor", "provinsi", "kabupaten", "kota", "dan", "pemerintah", "daerah"}


@dataclass
class CommitteeMention:
    """A committee named in a sentence: the organization it is, made a record only when a post is read."""

    org: OrgMention


class CommitteeReader(ArticleContext):
    """Reads the posts of award committees and juries."""

    def read_committees(self) -> None:
        self.committees: dict[str, tuple[str, str]] = {}  # "jury" / "panitia" -> (label, key)
        for sentence in self.sentences:
            mention = self.committee_in(sentence)
            if mention is None:
                continue
            self.read_chair(sentence, mention)
            self.read_secretary(sentence, mention)
            self.read_office_members(sentence, mention)
            self.read_expert_seats(sentence, mention)
            self.read_also_holds(sentence)

    # the committee ------------------------------------------------------------------------------------

    def committee_in(self, sentence: Sentence) -> CommitteeMention | None:
        """The first committee a sentence names, as an organization of this article."""
        m = COMMITTEE.search(sentence.text)
        if m is None:
            return None
        body = " ".join(w.capitalize() if not w[0].isdigit() else w for w in m.group("body").split())
        kind = "panitia" if body.lower().startswith("panitia") else "jury"
        award = m.group("award")
        award_label = " ".join(w.capitalize() for w in award.split()) if award else "Paritrana Award"
        year = m.group("year") or next((str(y) for y in self.sentence_years(sentence)), None) \
            or next((str(y) for y in self.award_years), None)
        label = " ".join(x for x in (body, award_label, year) if x)
        province = self.main_province
        if kind not in self.committees:  # one jury and one organizing committee per article
            self.committees[kind] = (label, "org:" + slugify(f"{label} {province.name}" if province else label))
        label, key = self.committees[kind]
        written = m.group(0).strip()
        alt = {written} if written != label and len(written) > 4 else set()
        return CommitteeMention(OrgMention(0, 0, "", key, label, "body", province, alt_labels=alt))

    # posts named by office or by name ------------------------------------------------------------------

    def read_chair(self, sentence: Sentence, committee: CommitteeMention) -> None:
        """"diketuai (oleh) X": X is a person, "a descriptor, Name", or an office whose holder is named elsewhere."""
        m = COMMITTEE_CHAIR.search(sentence.text)
        if m is None:
            return
        at = sentence.start + m.end()
        holder = self.person_at(at) or self.name_after_descriptor(at) or self.office_holder_at(at)
        if holder:
            self.add_post(holder, "Ketua", committee, sentence)

    def read_secretary(self, sentence: Sentence, committee: CommitteeMention) -> None:
        """"X sebagai sekretaris": X is the person or the office written right before."""
        m = COMMITTEE_SECRETARY.search(sentence.text)
        if m is None:
            return
        at = sentence.start + m.start()
        holder = self.person_ending_at(at) or self.office_holder_before(at, sentence)
        if holder:
            self.add_post(holder, "Sekretaris", committee, sentence)

    def read_office_members(self, sentence: Sentence, committee: CommitteeMention) -> None:
        """"7 anggota lain, yakni Kepala Disnakertrans, ahli ekonomi, ...": members named by their office."""
        m = COMMITTEE_MEMBERS.search(sentence.text)
        if m is None:
            return
        segment_start = sentence.start + m.end()
        segment = self.text[segment_start:sentence.end]
        last = 0
        for sep in list(LIST_SEPARATOR.finditer(segment)) + [None]:
            piece_end = sep.start() if sep else len(segment)
            piece = segment[last:piece_end]
            lead = len(piece) - len(piece.lstrip())
            at = segment_start + last + lead
            last = sep.end() if sep else len(segment)
            role = self.role_span_at(at)
            if role is None or any(p.role_start == role.start_char for p in self.people):
                continue  # an expert seat with no office, or an office written with its holder's name
            holder = self.holder_of(role.kb_id_.split("|")[0], self.text[role.start_char:segment_start + piece_end])
            if holder:
                self.add_post(holder, "Anggota", committee, sentence)

    def read_expert_seats(self, sentence: Sentence, committee: CommitteeMention) -> None:
        """"Name, titles sebagai Ahli Hukum; Name dari Unsur Pengusaha": the expert and interest-group seats."""
        for m in EXPERT_SEAT.finditer(sentence.text):
            seat = m.group("seat").strip()
            starts = [s.end() for s in COMMITTEE_ITEM_START.finditer(sentence.text, 0, m.start())]
            item = sentence.text[starts[-1] if starts else 0:m.start()]
            item = re.sub(r"^(?:serta|dan)\s+", "", item.strip(" ,"))
            name = self.plain_name(item.split(",")[0])
            if name is None:
                continue
            person = self.add_person(name, item.split(",")[0].strip())
            self.add_post(person, " ".join(seat.split()), committee, sentence)

    def read_also_holds(self, sentence: Sentence) -> None:
        """"A, Kepala Kantor Cabang ..., yang juga Sekretaris Panitia Paritrana Award": a second post of A."""
        for m in ALSO_HOLDS.finditer(sentence.text):
            at = sentence.start + m.start()
            before = [p for p in self.people if sentence.start <= p.start and p.post_window()[1] <= at + 1
                      and not re.search(r"[;.]", self.text[p.post_window()[1]:at])]
            if not before:
                continue
            post_committee = self.committee_in(Sentence(sentence.start + m.start("body"), sentence.end,
                                                        self.text[sentence.start + m.start("body"):sentence.end]))
            if post_committee is None:
                continue
            role = " ".join(w.capitalize() for w in m.group("role").split())
            self.add_post("person:" + slugify(before[-1].name), f"{role} {m.group('body').split()[0].capitalize()}",
                          post_committee, sentence)

    # finding the holder ---------------------------------------------------------------------------------

    def person_at(self, pos: int) -> str | None:
        """The person whose post or name starts at ``pos`` (give or take a space or a Pj.)."""
        for p in self.people:
            if 0 <= min(p.start, p.role_start if p.role_start is not None else p.start) - pos <= 2:
                return "person:" + slugify(p.name)
        return None

    def person_ending_at(self, pos: int) -> str | None:
        for p in self.people:
            if 0 <= pos - p.end <= 2 or 0 <= pos - p.post_window()[1] <= 2 and p.end > pos - 60:
                return "person:" + slugify(p.name)
        return None

    def name_after_descriptor(self, pos: int) -> str | None:
        """"ahli jaminan sosial, Budi Santoso": a lower-case description, a comma, then the name."""
        m = DESCRIBED_NAME.match(self.text[pos:pos + 100])
        if m is None:
            return None
        name = self.plain_name(m.group(1).strip())
        return self.add_person(name, m.group(1).strip()) if name else None

    def role_span_at(self, pos: int):
        return next((r for r in self.doc.spans.get("role", []) if 0 <= r.start_char - pos <= 4), None)

    def office_holder_at(self, pos: int) -> str | None:
        """The holder of the office written at ``pos`` ("Sekda Provinsi Kaltara dengan ...")."""
        role = self.role_span_at(pos)
        if role is None:
            return None
        stop = re.search(r"\s(?:dengan|sebagai|selaku|dan|yang)\s|[,;.]", self.text[role.end_char:role.end_char + 80])
        end = role.end_char + (stop.start() if stop else 80)
        return self.holder_of(role.kb_id_.split("|")[0], self.text[role.start_char:end])

    def office_holder_before(self, pos: int, sentence: Sentence) -> str | None:
        """The holder of the office written right before ``pos`` ("..., Kepala Kantor BPJS X sebagai")."""
        roles = [r for r in self.doc.spans.get("role", []) if sentence.start <= r.start_char < pos
                 and not re.search(r"[,;]", self.text[r.end_char:pos])]
        if not roles:
            return None
        role = roles[-1]
        return self.holder_of(role.kb_id_.split("|")[0], self.text[role.start_char:pos])

    def holder_of(self, slug: str, office: str) -> str | None:
        """The person the article names as holding ``office``: same kind of post, most words of the office shared."""
        family = _role_family(slug)
        want = _office_words(office)
        best: tuple[int, str] | None = None
        tied = False
        for p in self.people:
            if p.role_slug is None or _role_family(p.role_slug) != family:
                continue
            score = len(want & _office_words(f"{p.role_title or ''} {p.qualifier}"))
            key = "person:" + slugify(p.name)
            if best is None or score > best[0]:
                best, tied = (score, key), False
            elif score == best[0] and key != best[1]:
                tied = True
        if best is None or tied or (best[0] == 0 and len(want) > 0):
            return None
        return best[1]

    def plain_name(self, text: str) -> str | None:
        """A person's name without titles, or None when the words are not a name."""
        words = [w for w in text.replace(",", " ").split() if w]
        if not words or len(words) > 6 or not all(w[:1].isupper() for w in words):
            return None
        name = clean_name(words)
        if not name or self.gaz.lookup(name) or fold(name) in ("tim", "panitia", "juri"):
            return None
        return name

    def add_post(self, person: str, role: str, committee: CommitteeMention, sentence: Sentence) -> None:
        key = self.add_org(committee.org)
        if any(m.person == person and m.role == role and m.organization == key for m in self.facts.memberships):
            return
        self.facts.memberships.append(Membership(person, role, key, False, [self.evidence(sentence)]))


def _role_family(slug: str) -> str:
    """Posts that news writes interchangeably: every "kepala ..." is a kepala."""
    return "kepala" if slug.startswith("kepala") else slug


def _office_words(text: str) -> set[str]:
    s = fold(text)
    for pattern, replacement in OFFICE_SYNONYMS:
        s = pattern.sub(replacement, s)
    return set(s.split()) - OFFICE_FILLER

