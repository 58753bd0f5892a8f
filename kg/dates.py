"""Dates as Indonesian news writes them.

``find_dates`` locates date expressions ("Selasa (30/5/2023)", "Sabtu, 24 Agustus 2024",
"Rabu (28 Februari 2024)", "(30/5)", "22-26 April 2024") and reads them with ``dateparser``
(Indonesian, day first). A date written without its year is returned as ``--MM-DD``;
``complete_date`` fills the year from context, using the weekday where one is written.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
_WEEKDAY_ALT = {"jum'at": "jumat", "jum’at": "jumat", "ahad": "minggu"}
MONTHS = ("januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
          "november", "desember")
_MONTH_ALT = {"jan": 1, "feb": 2, "pebruari": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8,
              "agust": 8, "sep": 9, "sept": 9, "okt": 10, "nop": 11, "nov": 11, "des": 12}

# A weekday, maybe with the time of day between it and the date: "Kamis malam (26/6)", "Senin pagi, 3 Juni".
_WD = (r"(?:(?P<wd>senin|selasa|rabu|kamis|jumat|jum['’]at|sabtu|minggu|ahad)"
       r"(?:\s+(?:pagi|siang|sore|malam|petang|dini hari))?\s*,?\s*)?")
_MONTH_RE = r"(?:" + "|".join(MONTHS) + r"|jan|feb|pebruari|mar|apr|jun|jul|agu|agt|agust|sep|sept|okt|nop|nov|des)\.?"
DATE_PATTERNS = (
    # Selasa (30/5/2023), (30/5), Jumat (24/8/2024)
    re.compile(_WD + r"\(\s*(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{2,4}))?\s*\)", re.I),
    # Rabu (28 Februari 2024)
    re.compile(_WD + r"\(\s*(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(?P<mn>" + _MONTH_RE + r")(?:\s+(?P<y>\d{4}))?\s*\)", re.I),
    # Sabtu, 24 Agustus 2024 ; 22-26 April 2024 ; 3 Juni 2025 ; 12 September
    re.compile(_WD + r"\b(?P<d>\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+(?P<mn>" + _MONTH_RE + r")(?:\s+(?P<y>\d{4}))?\b", re.I),
    # 30/5/2023 without brackets
    re.compile(_WD + r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\b", re.I),
)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    iso: str  # YYYY-MM-DD, or --MM-DD when no year is written
    weekday: str | None  # as written, lower case


def find_dates(text: str) -> list[FoundDate]:
    """Every date expression in the text, in order, without overlaps."""
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            iso = _read(m)
            if iso is None:
                continue
            wd = m.group("wd")
            wd = _WEEKDAY_ALT.get(wd.lower(), wd.lower()) if wd else None
            found.append(FoundDate(m.start(), m.end(), m.group(0), iso, wd))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


def _read(m: re.Match) -> str | None:
    day = int(m.group("d"))
    groups = m.groupdict()
    if groups.get("m"):
        month = int(m.group("m"))
    else:
        month = _month_number(m.group("mn"))
    year = m.group("y") if groups.get("y") else None
    if year is not None:
        parsed = parse_date(f"{day} {MONTHS[month - 1] if 1 <= month <= 12 else month} {year}")
        return parsed
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"--{month:02d}-{day:02d}"


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS.index(key) + 1
    return _MONTH_ALT.get(key, 0)


@lru_cache(maxsize=4096)
def parse_date(text: str) -> str | None:
    """An ISO date from an Indonesian date string, read by dateparser (day first)."""
    import dateparser

    parsed = dateparser.parse(text, languages=["id"],
                              settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"]})
    if parsed is None:
        return None
    year = parsed.year if parsed.year >= 100 else 2000 + parsed.year
    return f"{year:04d}-{parsed.month:02d}-{parsed.day:02d}"


def weekday_name(iso: str) -> str:
    return WEEKDAYS[dt.date.fromisoformat(iso).weekday()]


def complete_date(iso: str, *, weekday: str | None, years: list[int]) -> str | None:
    """Give a year to a ``--MM-DD`` date: the candidate year whose weekday matches the written one,
    else the first candidate. A full date is returned as it is."""
    if not iso.startswith("--"):
        return iso
    month, day = int(iso[2:4]), int(iso[5:7])
    candidates = []
    for year in years:
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if weekday:
        for date in candidates:
            if WEEKDAYS[date.weekday()] == weekday:
                return date.isoformat()
    return candidates[0].isoformat()
