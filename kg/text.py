"""Small pure text helpers shared by the stages."""
from __future__ import annotations

import re
import unicodedata


def fold(text: str) -> str:
    """Lower-case ASCII words only: for comparing names written in different ways."""
    text = re.sub(r"[\u2019\u2018'`\u00b4]", "", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def slugify(text: str) -> str:
    """A readable IRI segment: "Pemerintah Kabupaten Bekasi" -> "pemerintah-kabupaten-bekasi"."""
    return fold(text).replace(" ", "-") or "x"
