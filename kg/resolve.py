"""Resolution across the corpus: one entry per real person, organization and region, one node per
real event, every source kept, and values that disagree between sources marked as conflicts.

Deterministic: the result does not depend on the order of the input files, because articles are
taken in the order of their ids and every tie is broken by a sort.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz import fuzz

from kg.records import (ArticleFacts, Conferral, Corpus, Coverage, Membership, MergedEvent, Nomination, Person,
                        Sourced, Statement)
from kg.text import fold, slugify

# Two spellings of one name ("Bobby"/"Boby", "Ma'ruf"/"Ma'aruf") score at least this (rapidfuzz ratio).
NAME_SIMILARITY = 90


def resolve(all_facts: Iterable[ArticleFacts]) -> Corpus:
    """Merge the facts of many articles into one corpus."""
    facts = sorted(all_facts, key=lambda f: f.article.id)
    corpus = Corpus(articles=[f.article for f in facts])
    person_map = _resolve_people(facts, corpus)
    for f in facts:
        for key, region in f.regions.items():
            known = corpus.regions.setdefault(key, replace(region, alt_labels=set(region.alt_labels)))
            known.alt_labels |= region.alt_labels
            known.part_of = known.part_of or region.part_of
        for key, org in f.organizations.items():
            known = corpus.organizations.get(key)
            if known is None:
                corpus.organizations[key] = replace(org, alt_labels=set(org.alt_labels))
            else:
                known.alt_labels |= org.alt_labels
                known.parent = known.parent or org.parent
                known.region = known.region or org.region
                known.governs = known.governs or org.governs
        for key, venue in f.venues.items():
            corpus.venues.setdefault(key, venue)
        corpus.date_notes.extend(f.date_notes)

    def person(key: str) -> str:
        return person_map.get(key, key)

    conferrals: list[tuple[str, Conferral]] = []
    for f in facts:
        for c in f.conferrals:
            conferrals.append((f.article.id, replace(
                c, presenters=_unique(person(p) for p in c.presenters), receivers=_unique(person(p) for p in c.receivers),
                on_behalf_of=_unique(person(p) for p in c.on_behalf_of),
                recipient=person(c.recipient) if c.recipient.startswith("person:") else c.recipient)))
    corpus.events.extend(_merge_conferrals(conferrals))
    corpus.events.extend(_merge_simple(
        [(f.article.id, n) for f in facts for n in f.nominations], "nomination",
        key=lambda n: (n.nominee, n.scope), same=lambda a, b: _years_agree(a.award_years, b.award_years)))
    corpus.events.extend(_merge_simple(
        [(f.article.id, c) for f in facts for c in f.coverages], "coverage",
        key=lambda c: (c.provider, c.group), same=lambda a, b: True, slots=("status", "count")))
    corpus.events.extend(_merge_simple(
        [(f.article.id, replace(m, person=person(m.person))) for f in facts for m in f.memberships], "membership",
        key=lambda m: (m.person, m.role, m.organization), same=lambda a, b: True))
    corpus.events.extend(_merge_simple(
        [(f.article.id, replace(s, speaker=person(s.speaker))) for f in facts for s in f.statements], "statement",
        key=lambda s: (s.speaker, fold(s.quote)), same=lambda a, b: True))
    return corpus


def _unique(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


# --- people --------------------------------------------------------------------------------------


def _resolve_people(facts: list[ArticleFacts], corpus: Corpus) -> dict[str, str]:
    """Cluster person mentions across articles; returns old key -> canonical key."""
    written: dict[str, Counter] = {}
    alts: dict[str, set[str]] = {}
    for f in facts:
        for key, p in f.persons.items():
            written.setdefault(key, Counter())[p.name] += 1
            alts.setdefault(key, set()).update(p.alt_labels)
    keys = sorted(written, key=lambda k: (-len(fold(_top(written[k])).split()), k))
    parent: dict[str, str] = {}
    canon: list[str] = []
    for key in keys:
        name = fold(_top(written[key]))
        tokens = name.split()
        target = None
        for c in canon:
            cname = fold(_top(written[c]))
            ctokens = cname.split()
            if name == cname:
                target = c
            elif len(tokens) >= 2 and set(tokens) <= set(ctokens):
                target = c
            elif len(tokens) >= 2 and len(tokens) == len(ctokens) and fuzz.ratio(name, cname) >= NAME_SIMILARITY:
                target = c
            if target:
                break
        if target is None:
            canon.append(key)
            parent[key] = key
        else:
            parent[key] = target
    mapping: dict[str, str] = {}
    for c in canon:
        members = [k for k in keys if parent[k] == c]
        names = Counter()
        for k in members:
            names.update(written[k])
        best = sorted(names.items(), key=lambda kv: (-len(kv[0].split()), -kv[1], kv[0]))[0][0]
        new_key = "person:" + slugify(best)
        person = corpus.persons.setdefault(new_key, Person(new_key, best))
        for k in members:
            mapping[k] = new_key
            person.alt_labels |= {n for n in written[k] if n != best} | {a for a in alts[k] if a != best}
    return mapping


def _top(counter: Counter) -> str:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


# --- events --------------------------------------------------------------------------------------


def _years_agree(a: list[int], b: list[int]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def _same_conferral(a: Conferral, b: Conferral) -> bool:
    if a.receivers and b.receivers and not set(a.receivers) & set(b.receivers):
        return False  # two reports whose winners took the award from different hands are two ceremonies
    if a.date and b.date:
        return a.date == b.date
    if a.award_years and b.award_years:
        return bool(set(a.award_years) & set(b.award_years))
    return True


def _merge_conferrals(items: list[tuple[str, Conferral]]) -> list[MergedEvent]:
    groups: dict[tuple, list[MergedEvent]] = {}
    out: list[MergedEvent] = []
    for article_id, c in items:
        bucket = groups.setdefault((c.award, c.recipient, c.scope), [])
        target = next((e for e in bucket if _same_conferral(e.record, c)), None)  # type: ignore[arg-type]
        if target is None:
            event = MergedEvent("conferral", replace(c, evidence=list(c.evidence), award_years=list(c.award_years)),
                                {article_id}, list(c.evidence))
            _note_values(event, c, article_id, ("rank", "date", "venue", "category"))
            bucket.append(event)
            out.append(event)
            continue
        rec: Conferral = target.record  # type: ignore[assignment]
        target.sources.add(article_id)
        target.evidence.extend(e for e in c.evidence if e not in target.evidence)
        _note_values(target, c, article_id, ("rank", "date", "venue", "category"))
        rec.rank = rec.rank or c.rank
        rec.date = rec.date or c.date
        rec.venue = rec.venue or c.venue
        rec.category = rec.category or c.category
        rec.category_label = rec.category_label or c.category_label
        rec.award_years = sorted(set(rec.award_years) | set(c.award_years))
        for name in ("presenters", "receivers", "on_behalf_of"):
            bucket_list = getattr(rec, name)
            bucket_list.extend(p for p in getattr(c, name) if p not in bucket_list)
    for event in out:
        _keep_conflicts(event)
    return out


def _merge_simple(items: list[tuple[str, object]], kind: str, *, key, same, slots: tuple[str, ...] = ()) -> list[MergedEvent]:
    groups: dict[tuple, list[MergedEvent]] = {}
    out: list[MergedEvent] = []
    for article_id, record in items:
        bucket = groups.setdefault(key(record), [])
        target = next((e for e in bucket if same(e.record, record)), None)
        if target is None:
            event = MergedEvent(kind, replace(record, evidence=list(record.evidence)), {article_id},  # type: ignore
                                list(record.evidence))  # type: ignore[attr-defined]
            _note_values(event, record, article_id, slots)
            bucket.append(event)
            out.append(event)
            continue
        target.sources.add(article_id)
        target.evidence.extend(e for e in record.evidence if e not in target.evidence)  # type: ignore[attr-defined]
        _note_values(target, record, article_id, slots)
        rec = target.record
        if isinstance(rec, Membership):
            rec.acting = rec.acting or record.acting  # type: ignore[attr-defined]
        if isinstance(rec, Coverage):
            rec.count = rec.count or record.count  # type: ignore[attr-defined]
            if record.status == "realized":  # type: ignore[attr-defined]
                rec.status = "realized"
        if isinstance(rec, Nomination):
            rec.date = rec.date or record.date  # type: ignore[attr-defined]
            rec.award_years = sorted(set(rec.award_years) | set(record.award_years))  # type: ignore[attr-defined]
    for event in out:
        _keep_conflicts(event)
    return out


def _note_values(event: MergedEvent, record: object, article_id: str, slots: tuple[str, ...]) -> None:
    """Remember which article gave which value of each slot."""
    for slot in slots:
        value = getattr(record, slot)
        if value is None:
            continue
        claims = event.conflicts.setdefault(slot, [])
        known = next((c for c in claims if c.value == value), None)
        if known is None:
            claims.append(Sourced(value, {article_id}))
        else:
            known.sources.add(article_id)


def _keep_conflicts(event: MergedEvent) -> None:
    """Keep only the slots where sources gave different values."""
    event.conflicts = {slot: claims for slot, claims in event.conflicts.items() if len(claims) > 1}


__all__ = ["resolve", "Statement"]
