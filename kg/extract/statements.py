"""Statements: quotations and who said them."""
from __future__ import annotations

import re

from kg.mentions import PersonMention
from kg.records import Evidence, Statement
from kg.text import slugify
from kg.extract.context import ArticleContext
from kg.extract.patterns import (QUOTE, ATTRIBUTION_AFTER)


class StatementReader(ArticleContext):
    """Reads quotations and their speakers."""

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
