"""Where the project's bundled files live (ontology, SHACL shapes, SKOS schemes, queries)."""
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
QUERIES_DIR = ROOT / "queries"
EXAMPLES_DIR = ROOT / "examples"

ONTOLOGY = ONTOLOGY_DIR / "award.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
WORKER_GROUPS = ONTOLOGY_DIR / "worker-groups.ttl"
ROLES = ONTOLOGY_DIR / "roles.ttl"
CATEGORIES = ONTOLOGY_DIR / "categories.ttl"
