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
        won = {(c.recipient, c.scope) for c in self.facts.conferrals
               if not c.award_years or set(c.award_years) & set(self.award_years)}
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
                scope = self.sentence_scope(sentence) or self.default_scope(cand.org)
                if (key, scope) in won:
                    continue  # a winner of this round, not a candidate for it
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
