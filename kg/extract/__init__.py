"""Extraction: one article in, its ``ArticleFacts`` out: a pure function of the article.

The spaCy pipeline (``kg.nlp``) marks sentences, regions, role titles, worker groups, dates,
organizations and people; the readers below turn those marks into typed records: memberships,
award conferrals, nominations, coverage of worker groups, and quotations.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.ceremony import CeremonyReader
from kg.extract.committees import CommitteeReader
from kg.extract.conferrals import ConferralReader
from kg.extract.coverage import CoverageReader
from kg.extract.nominations import NominationReader
from kg.extract.patterns import AWARD_NAME
from kg.extract.people import PeopleReader
from kg.extract.statements import StatementReader
from kg.records import Article, ArticleFacts


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The full extraction pipeline: kg.nlp's components plus organizations and people."""
    from kg import mentions  # noqa: F401  (registers awardkg_orgs and awardkg_people)
    from kg.nlp import build_nlp

    nlp = build_nlp()
    nlp.add_pipe("awardkg_orgs")
    nlp.add_pipe("awardkg_people")
    return nlp


def extract(article: Article) -> ArticleFacts:
    """Everything one article says about awards, officials and coverage."""
    return facts_from_doc(article, get_pipeline()(article.text))


def extract_many(articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[ArticleFacts]:
    """Extract a stream of articles through ``nlp.pipe``."""
    nlp = get_pipeline()
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield facts_from_doc(article, doc)


@dataclass
class ArticleReader(StatementReader, CoverageReader, NominationReader, CeremonyReader, ConferralReader,
                    CommitteeReader, PeopleReader):
    """One article's reader: the context plus one reader for every kind of record."""

    def read(self) -> ArticleFacts:
        if not self.sentences:
            return self.facts
        for rm in self.regions:
            self.add_region(rm.region)
        for om in self.orgs:
            self.add_org(om)
        self.main_province = self._main_province()
        self.award_years = self._award_years()
        self.ceremony_date, self.date_sentence = self._ceremony_date()
        self.venue_key = self._venue()
        self.national = self._national()
        self.read_people()
        self.read_committees()
        self.read_conferrals()
        self.read_nominations()
        self.read_statements()
        self.read_coverage()
        self.fold_narrower_groups()
        return self.facts


def facts_from_doc(article: Article, doc: Doc) -> ArticleFacts:
    """Read the records out of an annotated Doc."""
    return ArticleReader(article, doc).read()


__all__ = ["AWARD_NAME", "ArticleReader", "extract", "extract_many", "facts_from_doc", "get_pipeline"]
