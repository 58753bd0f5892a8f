"""Nominations: candidacies, shortlists and interview stages."""
from __future__ import annotations

import re

from kg.dates import complete_date, find_dates
from kg.gazetteer import COUNTRY_KEY
from kg.records import Nomination
from kg.extract.context import ArticleContext, Sentence
from kg.extract.patterns import (AWARD_NAME, NOMINATION_CUE)


class NominationReader(ArticleContext):
    """Reads candidacies that did not (yet) win."""

    def read_nominations(self) -> None:
        won = [(c.recipient, c.scope, set(c.award_years)) for c in self.facts.conferrals
               if not c.award_years or set(c.award_years) & set(self.award_years)]
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
            candidates = self.candidates(sentence) or self.heads_as_winners(  # type: ignore[attr-defined]
                sentence, r"menembus|mengikuti|menjalani|lolos|masuk|memaparkan|mempresentasikan")
            candidates = candidates + self.named_again(sentence, candidates)
            for cand in candidates:
                key = self.add_org(cand.org)
                scope = self.sentence_scope(sentence)
                own = self.gaz.province_of(cand.org.region.key) if cand.org.region is not None else None
                if scope is None or own is not None and scope == own.key and cand.org.region.kind != "province":
                    # the nominee's own province may only say where it lies
                    scope = self.nominee_round(cand.org) or scope or self.default_scope(cand.org)
                years = set(self.sentence_years(sentence))
                if any(r == key and s == scope and (not years or not y or years & y) for r, s, y in won):
                    continue  # a winner of this round, not a candidate for it
                self.add_nomination(key, scope, sentence, self.sentence_years(sentence) or list(self.award_years))

    def nominee_round(self, org) -> str | None:
        """The national round, when another sentence names the nominee with it: "... jika kelak Bone Bolango terpilih
        sebagai kabupaten terbaik secara nasional"."""
        if org.kind != "government" or org.region is None:
            return None
        for rm in self.regions:
            if rm.region.key == org.region.key:
                sentence = self.sentence_at(rm.start)
                if re.search(r"(?i)\b(tingkat nasional|secara nasional|se-?indonesia)\b", sentence.text):
                    return COUNTRY_KEY
        return None

    def named_again(self, sentence: Sentence, candidates: list) -> list:
        """Companies the article named bare as winners ("Mahakam Karya Energi menjadi juara I"), named again in a
        later sentence ("Kukar dan Mahakam Karya Energi akan diusulkan ...")."""
        from kg.extract.conferrals import Candidate
        from kg.mentions import OrgMention

        out = []
        for key, org in self.facts.organizations.items():
            if org.kind != "company" or any(key == o.key for o in self.orgs):
                continue
            for m in re.finditer(r"\b" + re.escape(org.name) + r"\b", sentence.text):
                start = sentence.start + m.start()
                if not any(c.org.start <= start < c.org.end for c in candidates):
                    out.append(Candidate(OrgMention(start, start + len(org.name), org.name, key, org.name, "company")))
        return out

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
