"""End to end on the five seed articles in ../shared: build, validate, score, and ask the headline question."""
import pytest

from _shared import GOLD, SEEDS, load_scorer, need_shared


@pytest.fixture(scope="module")
def seeds_ttl(tmp_path_factory):
    need_shared(SEEDS)
    from kg.build import build

    out = tmp_path_factory.mktemp("seeds") / "seeds.ttl"
    build([SEEDS], output=out)
    return out


def test_who_handed_what_to_whom_on_the_seeds(seeds_ttl):
    from kg.query import prepare_query, run_query

    label, text = prepare_query("who_handed_what_to_whom")
    result = run_query(text, graph=seeds_ttl, label=label)
    assert result.columns == ("presenter", "award", "year", "recipient", "rank", "category", "scope", "receiver",
                              "on_behalf_of", "date", "venue", "source")
    rows = {r["recipient"]: r for r in result.records()}
    bekasi = rows["Pemerintah Kabupaten Bekasi"]
    assert (bekasi["presenter"], bekasi["rank"], bekasi["scope"], bekasi["year"], bekasi["date"]) == (
        "Uu Ruzhanul Ulum", "1", "Jawa Barat", "2022", "2023-05-30")
    assert bekasi["receiver"] == "Dani Ramdan" and "Gedung Sate" in bekasi["venue"]
    assert set(bekasi["source"].split("; ")) == {"000", "003"}
    bandung = rows["Pemerintah Kabupaten Bandung"]
    assert set(bandung["presenter"].split("; ")) == {"Bey Machmudin", "Romie Erfianto"}
    assert (bandung["receiver"], bandung["on_behalf_of"], bandung["date"]) == ("Rukmana", "Dadang Supriatna", "2024-08-24")
    assert rows["Pemerintah Kota Cimahi"]["rank"] == "3"
    assert rows["PT Kawai NIP"]["category"] == "Perusahaan Skala Menengah"


def test_seed_scores_meet_the_foundation_floor(seeds_ttl):
    import json

    scorer = load_scorer()
    result = scorer.score(scorer.load(str(seeds_ttl)), json.loads((GOLD / "seeds.json").read_text(encoding="utf-8")))
    assert result["layers"]["conferral"]["f1"] >= 0.6
    assert result["mean_f1"] >= 0.5


def test_seed_graph_passes_shacl_validation(seeds_ttl):
    from kg.validate import validate_file

    report = validate_file(seeds_ttl)
    assert report.conforms, report.violations[:5]
