"""Memberships: who holds which post in which organization, and short names."""
from __future__ import annotations

import re

from kg import vocab
from kg.gazetteer import COUNTRY
from kg.mentions import BPJS_KEY, BPJS_NAME, OrgMention, PersonMention, government_key
from kg.records import Membership, Region
from kg.text import fold, slugify
from kg.extract.context import ArticleContext


class PeopleReader(ArticleContext):
    """Reads posts and the organizations they belong to."""

    def read_people(self) -> None:
        for pm in self.people:
            key = self.add_person(pm.name, pm.written)
            if not pm.role_slug:
                continue
            org_key = self.org_for_role(pm)
            title = vocab.ROLES[pm.role_slug].label if pm.role_slug in vocab.ROLES else pm.role_title
            slug = self.refine_role(pm)
            if slug == "kepala" and org_key:
                slug = self.role_from_office(org_key)
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
            if re.search(r"\b(dinas|disnaker\w*|disnas\w*|nakertrans)\b", q):
                return "kepala-dinas"
            if re.search(r"\bbadan\b", q):
                return "kepala-badan"
        return slug

    def role_from_office(self, org_key: str) -> str:
        """"Kepala BPJS Ketenagakerjaan Tarakan" heads the branch office of a city or regency: a kepala cabang."""
        org = self.facts.organizations.get(org_key)
        if org is None or org.parent != BPJS_KEY or "Kantor Cabang" not in org.name:
            return "kepala"
        place = org.name.rsplit("Kantor Cabang", 1)[1].strip()
        kinds = {r.kind for r in self.gaz.lookup(place)}
        return "kepala-cabang" if kinds and kinds <= {"regency", "city"} else "kepala"

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
        bracketed = self.region_before_bracket(pm, want)
        if bracketed is not None:
            return self.add_government(bracketed)
        if want == "province" and self.main_province is not None:
            return self.add_government(self.main_province)
        if slug in ("sekretaris-daerah", "asisten", "staf-ahli") and self.main_province is not None:
            gov = self.main_government()
            return gov or self.add_government(self.main_province)
        return None

    def region_before_bracket(self, pm: PersonMention, want: str | None) -> Region | None:
        """"Sumatera Selatan (diterima oleh Wagub X)": a post without a place, in brackets after a place, is that
        place's post."""
        if want is None:
            return None
        start = min(pm.start, pm.role_start if pm.role_start is not None else pm.start)
        opening = self.text.rfind("(", max(0, start - 40), start)
        if opening == -1 or ")" in self.text[opening:start]:
            return None
        for rm in self.regions:
            if 0 <= opening - rm.end <= 2:
                if rm.region.kind == want:
                    return rm.region
                return next((r for r in self.gaz.lookup(rm.text) if r.kind == want), None)
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
