"""Coverage: which provider protects which worker group, realized or planned."""
from __future__ import annotations

import re

from kg import vocab
from kg.records import Conferral, Coverage
from kg.text import slugify
from kg.extract.context import ArticleContext, Sentence
from kg.extract.patterns import (COVERAGE_CUE, COVERAGE_NEGATIVE, PLANNED_CUE, NOT_COVERAGE_GROUPS, AWARD_DEFINITION,
                                LIST_HEAD, COUNT_BEFORE, COUNT_AFTER, ENROL_CUE)


# Words that doubt a coverage only when they are said close to the group: "capaian ... baru 18 persen".
WEAK_NEGATIVE = {"capaian", "baru", "cakupan"}


class CoverageReader(ArticleContext):
    """Reads social-security coverage of worker groups."""

    def read_coverage(self) -> None:
        groups = list(self.doc.spans.get("worker_group", []))
        if not groups:
            return
        for sentence in self.sentences:
            inside = [g for g in groups if sentence.start <= g.start_char < sentence.end]
            if not inside or not COVERAGE_CUE.search(sentence.text):
                continue
            negative = [m for m in COVERAGE_NEGATIVE.finditer(sentence.text)
                        if m.group(0).lower() not in WEAK_NEGATIVE
                        and not (m.group(0).lower() == "belum" and PLANNED_CUE.search(sentence.text))]
            if negative:
                continue  # a need, a challenge or a wish: nobody is covered yet
            if AWARD_DEFINITION.search(sentence.text):
                continue  # what the award is for, not who is covered
            provider = self.coverage_provider(sentence)
            if provider is None:
                continue
            planned = bool(PLANNED_CUE.search(sentence.text))
            for span in inside:
                # a doubt or a wish said of this group, not of another one in the same sentence
                if any(m.group(0).lower() in WEAK_NEGATIVE for m in COVERAGE_NEGATIVE.finditer(
                        self.text[max(sentence.start, span.start_char - 60):span.start_char])):
                    continue
                after = self.text[span.end_char:span.end_char + 25]
                if LIST_HEAD.match(re.sub(r"^(?:lainnya|lain)\s*,?\s*", "", after.strip())) or re.match(r"^\s*(yang|seperti)\b", after) and LIST_HEAD.search(after):
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
                if m is None:
                    m = COUNT_AFTER.match(self.text[span.end_char:sentence.end])
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
        posts = [p.post_window() for p in self.people if sentence.start <= p.start < sentence.end]
        offices: list[str] = []
        for om in self.orgs:
            if sentence.start <= om.start < sentence.end and om.kind in ("government", "company", "unit"):
                before = self.text[max(0, om.start - 15):om.start].lower()
                if re.search(r"(tingkat|se-?|dari|di)\s*$", before):
                    continue
                key = self.add_org(om)
                if om.kind == "unit":
                    key = self.governing(key) or ""
                    if not key:
                        continue
                if any(s <= om.start < e for s, e in posts):
                    offices.append(key)  # the speaker's office: the provider only when no other is named
                    continue
                return key
        for rm in self.regions:  # a region written bare as the subject: "Kukar unggul karena telah mendaftarkan ..."
            if sentence.start <= rm.start < sentence.end and rm.region.kind in ("regency", "city") \
                    and not any(s <= rm.start < e for s, e in posts) \
                    and not re.search(r"(?i)(tingkat|se-?|dari|di|ke)\s*$", self.text[max(0, rm.start - 15):rm.start]):
                return self.add_government(rm.region)
        if offices:
            return offices[0]
        speaker = self.quote_speaker(sentence)
        if speaker and speaker in self.person_org:
            org = self.governing(self.person_org[speaker])
            if org in self.facts.organizations and self.facts.organizations[org].kind in ("government", "company"):
                return org
        for p in self.people:
            if sentence.start <= p.start < sentence.end:
                key = "person:" + slugify(p.name)
                org = self.governing(self.person_org.get(key) or "")
                if org and self.facts.organizations.get(org) and self.facts.organizations[org].kind == "government":
                    return org
        if not (ENROL_CUE.search(sentence.text) or PLANNED_CUE.search(sentence.text)
                or re.search(r"(?i)\b(mencakup|pemberian perlindungan)\b", sentence.text)):
            return None  # talk of protection in general, with nobody named who enrols or pays
        gov = self.primary_government()
        return gov

    def governing(self, org: str) -> str | None:
        """A government unit's government ("Dinas Tenaga Kerja Sulsel" -> Pemerintah Provinsi Sulawesi Selatan)."""
        seen = 0
        while org in self.facts.organizations and self.facts.organizations[org].kind == "unit" and seen < 3:
            parent = self.facts.organizations[org].parent
            if not parent or not parent.startswith("gov:"):
                return None
            if parent not in self.facts.organizations:
                return None
            org, seen = parent, seen + 1
        return org or None

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
