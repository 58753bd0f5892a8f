"""Event extraction on articles written for the tests (fictional names and companies)."""
from kg.extract import extract
from kg.gazetteer import COUNTRY_KEY
from kg.records import Article


def facts(text: str, title: str | None = None):
    return extract(Article("t1", text, title=title))


def conferrals(text: str):
    return {c.recipient: c for c in facts(text).conferrals}


def test_ranks_written_after_winners_and_ceremony_slots():
    text = ("BANDUNG - Paritrana Award 2022 tingkat Provinsi Jawa Barat diserahkan di Gedung Sate, Selasa (30/5/2023).\n"
            "Kategori Kabupaten/Kota diraih Kabupaten Bekasi sebagai juara 1, lalu Kota Sukabumi sebagai juara 2.\n")
    got = conferrals(text)
    assert got["gov:32.16"].rank == 1 and got["gov:32.72"].rank == 2
    bekasi = got["gov:32.16"]
    assert bekasi.scope == "region:32" and bekasi.award_years == [2022]
    assert bekasi.date == "2023-05-30" and bekasi.venue == "venue:gedung-sate"
    assert bekasi.category == "kabupaten-kota"


def test_rank_written_before_winner():
    text = "Pada Paritrana Award 2019, Juara I diraih Sulawesi Utara, sementara Juara II diperoleh Sulawesi Selatan."
    got = conferrals(text)
    assert got["gov:71"].rank == 1 and got["gov:73"].rank == 2


def test_rank_by_order_after_disusul():
    text = ("Paritrana Award 2022 tingkat Provinsi Jawa Tengah digelar Senin (30/1/2023).\n"
            "Kategori Perusahaan Besar dimenangkan oleh Sinar Kawi Abadi, disusul oleh Bumi Karya Lestari serta "
            "Tirta Mulya Sentosa.")
    got = conferrals(text)
    ranks = {k: c.rank for k, c in got.items()}
    assert ranks == {"org:sinar-kawi-abadi": 1, "org:bumi-karya-lestari": 2, "org:tirta-mulya-sentosa": 3}
    assert all(c.category == "perusahaan-skala-besar" for c in got.values())


def test_place_in_apposition_is_not_a_winner():
    text = "Kabupaten Sleman, Provinsi Daerah Istimewa Yogyakarta keluar sebagai juara Paritrana Award 2024."
    assert set(conferrals(text)) == {"gov:34.04"}


def test_province_winner_is_in_the_national_round():
    text = "Provinsi Jawa Tengah meraih juara pertama Paritrana Award 2023 kategori pemerintah provinsi."
    assert conferrals(text)["gov:33"].scope == COUNTRY_KEY


def test_presenter_receiver_and_on_behalf_of():
    text = ("Paritrana Award 2023 tingkat Provinsi Jawa Barat diserahkan oleh Wakil Gubernur Jawa Barat Budi Santoso "
            "kepada Kabupaten Bekasi di Gedung Sate, Selasa (30/5/2023).\n"
            "Bupati Bekasi Rahmat Hidayat, yang kala itu diwakili Sari Wulandari selaku Sekretaris Daerah Bekasi, "
            "menerima penghargaan tersebut.")
    c = conferrals(text)["gov:32.16"]
    assert c.presenters == ["person:budi-santoso"]
    assert c.receivers == ["person:sari-wulandari"]
    assert c.on_behalf_of == ["person:rahmat-hidayat"]


def test_membership_with_acting_post():
    f = facts("Pj. Bupati Bekasi Rahmat Hidayat hadir dalam acara itu.")
    (m,) = f.memberships
    assert m.person == "person:rahmat-hidayat" and m.role == "Bupati" and m.acting
    assert m.organization == "gov:32.16"


def test_coverage_of_listed_groups_and_counts():
    text = ("Pemerintah Kabupaten Bekasi melindungi 26.000 petani melalui BPJS Ketenagakerjaan.\n"
            "Program ini juga melindungi pekerja sosial keagamaan, misalnya pendeta, marbot dan guru ngaji.")
    covs = {c.group: c for c in facts(text).coverages}
    assert covs["petani"].count == 26000
    assert {"pekerja-keagamaan", "pendeta", "marbot", "guru-ngaji"} <= set(covs)


def test_planned_coverage():
    text = ("Pemerintah Kota Cimahi menyatakan sasaran program ini adalah pekerja informal, misalnya tukang ojek "
            "dan pedagang kecil, yang akan didaftarkan ke BPJS Ketenagakerjaan.")
    covs = {c.group: c for c in facts(text).coverages}
    assert covs["tukang-ojek"].status == "planned"
    assert covs["pedagang-kecil"].status == "planned"


def test_lalu_as_then_is_not_the_past():
    text = ("Paritrana Award 2022 tingkat Provinsi Jawa Barat diserahkan Selasa (30/5/2023).\n"
            "Juara 1 diraih Kabupaten Bekasi, lalu Kota Sukabumi sebagai juara 2.")
    got = conferrals(text)
    assert got["gov:32.72"].date == "2023-05-30"


def test_evidence_offsets_point_into_the_text():
    text = "Kabupaten Bekasi meraih juara 1 Paritrana Award 2022."
    (c,) = facts(text).conferrals
    ev = c.evidence[0]
    assert text[ev.start:ev.end].strip() == ev.text


def test_nomination_from_interview_stage():
    text = "Pemerintah Kabupaten Bekasi mengikuti tahap wawancara Paritrana Award 2024 tingkat nasional."
    (n,) = facts(text).nominations
    assert n.nominee == "gov:32.16" and n.scope == COUNTRY_KEY
