"""awardkg: knowledge graphs of Indonesian news about social-security awards.

The stages, each usable alone::

    from kg.reader import read_articles      # paths -> Article records
    from kg.extract import extract           # Article -> ArticleFacts (pure)
    from kg.resolve import resolve           # [ArticleFacts] -> Corpus (one node per real thing)
    from kg.graph import corpus_to_dataset   # Corpus -> rdflib Dataset
    from kg.export import write_graph        # Dataset -> file, format by ending, atomically
    from kg.build import build               # all of the above
"""
__version__ = "0.1.0"
