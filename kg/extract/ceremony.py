"""The ceremony's people: presenters, receivers and those they stood in for."""
from __future__ import annotations

import re

from kg.extract.patterns import AFTER_RECEIVING, TITLES_AT_END
from kg.records import Conferral
from kg.text import slugify
from kg.extract.context import ArticleContext, Sentence


class CeremonyReader(ArticleContext):
    """Attaches presenters, receivers and on-behalf-of people to conferrals."""

    def attach_ceremony_people(self) -> None:
        """Presenters, receivers and on-behalf-of people of the ceremony, from the sentences that name them."""
        main = [c for c in self.facts.conferrals if c.date == self.ceremony_date or not c.date]
        for sentence in self.sentences:
            roles = self.ceremony_roles(sentence)
            if not roles:
                continue
            presenters, receivers, behalf = roles
            in_sentence = [c for c in self.facts.conferrals if any(e.start == sentence.start for e in c.evidence)]
            if receivers:
                by_receiver = {r: self.conferrals_received(r, behalf, sentence, in_sentence, main) for r in receivers}
                targets = _unique(c for cs in by_receiver.values() for c in cs)
            else:
                by_receiver = {}
                # a sentence that names only the presenter speaks of every award of this ceremony
                targets = in_sentence or [c for c in main if c.date or not self.ceremony_date and not c.date]
            for c in targets:
                mine = [r for r, cs in by_receiver.items() if any(x is c for x in cs)]
                for key, bucket in ((presenters, c.presenters), (mine, c.receivers), (behalf, c.on_behalf_of)):
                    for k in key:
                        if k not in bucket:
                            bucket.append(k)
                if not any(e.start == sentence.start for e in c.evidence):
                    c.evidence.append(self.evidence(sentence))

    def conferrals_received(self, receiver: str, behalf: list[str], sentence: Sentence, in_sentence: list[Conferral],
                            main: list[Conferral]) -> list[Conferral]:
        """The awards one receiver took: those of the government they lead or stand in for; else, when a sentence
        lists several winners each with its receiver ("A (diterima oleh X), B (diterima oleh Y)"), the winner
        written last before the receiver; else every award of the sentence, or the article's first."""
        matched = [c for c in self.facts.conferrals if self.represents([receiver], c.recipient)]
        if not matched and behalf:
            matched = [c for c in self.facts.conferrals if self.represents(behalf, c.recipient)]
        if matched:
            return matched
        spans = [(pos, c) for pos, c in self.winner_spans if sentence.start <= pos < sentence.end]
        if len({id(c) for _, c in spans}) > 1:
            at = next((p.start for p in self.people if "person:" + slugify(p.name) == receiver
                       and sentence.start <= p.start < sentence.end), None)
            before = [c for pos, c in spans if at is not None and pos < at]
            if before:
                return [before[-1]]
        return in_sentence or main[:1]

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
            prev_end = max(people[idx - 1].end, people[idx - 1].role_end or 0) if idx else sentence.start
            # titles stand between the verb and the name: "kepada HM Budi", "oleh Dr. Ani"
            before = TITLES_AT_END.sub("", _without_titles_after(self.text[prev_end:begin])).lower()
            nxt = people[idx + 1].role_start if idx + 1 < len(people) and people[idx + 1].role_start else (
                people[idx + 1].start if idx + 1 < len(people) else sentence.end)
            after = _without_titles_after(self.text[p.end:nxt]).lower()
            bucket: list[str] | None = None
            if re.search(r"(oleh|dari tangan|diserahkan|diserahkan langsung|diberikan|menyerahkan)\s*(langsung\s*)?$", before.strip() + " ") \
                    and not re.search(r"(diterima|diwakili)\s+(langsung\s+)?oleh\s*$", before):
                bucket = presenters
            elif re.search(r"(kepada|diterima (langsung )?oleh|diwakili|diwakilkan kepada|kepada yang)\s*$", before.strip() + " ") \
                    or re.search(r"(diterima|diwakili)\s", before):
                bucket = receivers
            elif re.search(r"mewakili\s*$", before):
                bucket = behalf
            elif re.search(r"(^|[\s,])dari\s*$", before) and re.search(
                    r"(?i)\b(diterima|menerima)\b", self.text[sentence.start:begin]):
                bucket = presenters  # "diterima oleh X dari Y", "X menerima penghargaan dari Y"
            elif re.search(r"^(,)?\s*(bersama|beserta|serta|dan|didampingi)\s*$", before.strip()) and last_role is not None:
                bucket = last_role if last_role is not behalf else receivers
            elif re.match(r"^[\s,]*(yang\s+)?(\w+\s+itu\s+)?(diwakili|diwakilkan)\b", after):
                bucket = behalf  # "Bupati X, yang kala itu diwakili Y": X is the one stood in for
            elif re.match(r"^[\s,]*(yang\s+)?(menyerahkan|memberikan|menganugerahkan)", after):
                bucket = presenters
            elif re.match(r"^[\s,]*(yang\s+)?(turut\s+|juga\s+)?(hadir\s+)?(langsung\s+)?(menerima|memboyong|mewakili)", after):
                bucket = receivers
            elif AFTER_RECEIVING.match(after):
                bucket = receivers  # "..., ujar X, Asisten ..., seusai menerima penghargaan"
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


def _unique(items) -> list:
    """Items in first-seen order, each object once."""
    out: list = []
    for item in items:
        if not any(item is o for o in out):
            out.append(item)
    return out


def _without_titles_after(text: str) -> str:
    """Drop the academic titles written after a name from the start of a gap: ", M.Si., bersama " -> " bersama "."""
    return re.sub(r"^(?:[\s,]*\b[A-Z][A-Za-z]{0,4}\.(?:[A-Za-z]{1,5}\.?)*(?=[\s,]))+", "", text)
