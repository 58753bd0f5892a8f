"""Where ../shared is (the corpora, gold and scorer beside the project); tests that need it skip without it."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev.jsonl"
GOLD = SHARED / "gold"
SCORER = SHARED / "eval" / "score.py"
EXAMPLES = ROOT / "examples"


def need_shared(*paths: Path) -> None:
    """Skip the calling test when ../shared (or one of the given paths in it) is absent."""
    for path in (SHARED, *paths):
        if not path.exists():
            pytest.skip(f"{path} is absent (../shared is not beside this clone)")


def load_scorer():
    """The scorer module of ../shared/eval/score.py."""
    need_shared(SCORER)
    spec = importlib.util.spec_from_file_location("awardkg_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module
