"""Dates as Indonesian news writes them."""
from kg.dates import complete_date, find_dates


def test_weekday_and_slashed_date():
    (d,) = find_dates("Acara digelar Selasa (30/5/2023) di Bandung.")
    assert d.iso == "2023-05-30" and d.weekday == "selasa"


def test_month_name_date():
    (d,) = find_dates("Sabtu, 24 Agustus 2024 lalu.")
    assert d.iso == "2024-08-24"


def test_date_without_year_is_completed_by_weekday():
    (d,) = find_dates("pada Kamis (12/9) di Jakarta")
    assert d.iso == "--09-12"
    assert complete_date(d.iso, weekday=d.weekday, years=[2023, 2024]) == "2024-09-12"


def test_date_without_year_falls_back_to_first_candidate():
    assert complete_date("--05-30", weekday=None, years=[2023]) == "2023-05-30"


def test_weekday_with_time_of_day_picks_the_year():
    found = find_dates("Malam anugerah berlangsung Kamis malam (26/6) di Palu.")[0]
    assert found.weekday == "kamis"
    assert complete_date(found.iso, weekday=found.weekday, years=[2026, 2025]) == "2025-06-26"
