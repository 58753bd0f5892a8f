"""A held-out check the project owns: news-style articles about fictional people and companies in real regions,
with gold files written by hand from reading them before the extractor was run on them. Built and scored with the
shared scorer; skipped when ../shared is absent.

- articles.jsonl / gold.json: twelve articles (Sumatra, Kalimantan, Sulawesi, Nusa Tenggara, Maluku, Papua, Java).
  First, untuned score: mean layer F1 0.733. Round three then fixed the error classes it shared with dev, so it is
  no longer unseen.
- fresh.jsonl / fresh_gold.json: four more, written after those fixes and scored once before any change: 0.906.
  A few general fixes followed, so it is no longer unseen either; write new ones for the next round.

The floors are what the extractor reaches now less 0.05, so that a change that only helps dev shows up as a fall.
"""
import json
from pathlib import Path

import pytest

from _shared import load_scorer

HELDOUT = Path(__file__).resolve().parent / "heldout"
MEAN_FLOOR = 0.937  # reached 0.987
LAYER_FLOORS = {"conferral": 0.95, "nomination": 0.95, "person": 0.95, "membership": 0.95, "coverage": 0.883}
FRESH_MEAN_FLOOR = 0.95  # reached 1.000 (0.906 when first scored)


@pytest.fixture(scope="module")
def heldout_score(tmp_path_factory):
    scorer = load_scorer()
    from kg.build import build

    out = tmp_path_factory.mktemp("heldout") / "heldout.ttl"
    build([HELDOUT / "articles.jsonl"], output=out)
    gold = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    return scorer.score(scorer.load(str(out)), gold)


def test_heldout_gold_names_every_article():
    gold = json.loads((HELDOUT / "gold.json").read_text(encoding="utf-8"))
    ids = [json.loads(line)["id"] for line in (HELDOUT / "articles.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]
    assert gold["documents"] == ids and len(ids) == 12
    for key in ("conferrals", "nominations", "persons", "coverage"):
        for fact in gold[key]:
            assert set(fact["docs"]) <= set(ids)


def test_heldout_mean_f1_floor(heldout_score):
    assert heldout_score["mean_f1"] >= MEAN_FLOOR, heldout_score["layers"]


@pytest.mark.parametrize("layer", sorted(LAYER_FLOORS))
def test_heldout_layer_floor(heldout_score, layer):
    assert heldout_score["layers"][layer]["f1"] >= LAYER_FLOORS[layer], heldout_score["layers"][layer]


def test_heldout_slot_accuracy_floor(heldout_score):
    assert heldout_score["slot_accuracy"] >= 0.946  # reached 0.996


def test_fresh_heldout_mean_f1_floor(tmp_path):
    scorer = load_scorer()
    from kg.build import build

    out = tmp_path / "fresh.ttl"
    build([HELDOUT / "fresh.jsonl"], output=out)
    gold = json.loads((HELDOUT / "fresh_gold.json").read_text(encoding="utf-8"))
    result = scorer.score(scorer.load(str(out)), gold)
    assert result["mean_f1"] >= FRESH_MEAN_FLOOR, result["layers"]
