"""The RDF namespaces of the graph contract (../shared/spec/graph-contract.md)."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS, XSD

AWARD = Namespace("https://w3id.org/awardkg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
VOCAB = Namespace("https://w3id.org/awardkg/vocab/")  # SKOS concepts: worker groups, roles, categories
DEFAULT_BASE = "https://w3id.org/awardkg/id/"

PREFIXES = {
    "award": AWARD, "foaf": FOAF, "org": ORG, "prov": PROV, "skos": SKOS, "schema": SCHEMA,
    "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "owl": OWL, "vocab": VOCAB,
}

__all__ = ["AWARD", "ORG", "SCHEMA", "VOCAB", "DEFAULT_BASE", "PREFIXES",
           "DCTERMS", "FOAF", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]
