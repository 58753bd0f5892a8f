"""Mention finders: regions, organizations and people, on sentences written for the tests (fictional names)."""
from kg.extract import get_pipeline


def annotate(text: str):
    return get_pipeline()(text)


def people(text: str) -> dict[str, object]:
    return {p.name: p for p in annotate(text).user_data["people"]}


def test_name_after_role_and_region():
    found = people("Wakil Gubernur Jawa Tengah Budi Santoso menyerahkan piagam itu.")
    assert "Budi Santoso" in found
    assert found["Budi Santoso"].role_slug == "wakil-gubernur"


def test_titles_are_stripped_and_acting_is_kept():
    found = people("Penghargaan diterima Pj. Bupati Sukamaju, Drs. H. Rahmat Hidayat, M.Si. di Bandung.")
    person = found.get("Rahmat Hidayat")
    assert person is not None and person.acting


def test_apposition_before_role():
    found = people("Sari Wulandari, Kepala Kantor Cabang BPJS Ketenagakerjaan Cimahi, hadir di acara itu.")
    assert found["Sari Wulandari"].role_slug == "kepala-cabang"


def test_one_word_role_abbreviations_are_not_names():
    found = people("Acara dihadiri Wapres, Mendagri, juga Wamenaker dan Dirut BPJS Ketenagakerjaan.")
    assert not any(name in ("Mendagri", "Wamenaker", "Dirut") for name in found)


def test_body_after_post_in_semicolon_list():
    found = people("Anggotanya adalah Joko Widagdo, Dosen Unfik; Lina Marlina, Kaban Kesbangpol Provinsi Jabar; serta tamu.")
    assert "Joko Widagdo" in found and "Lina Marlina" in found
    assert "Unfik" not in found and "Kesbangpol" not in found


def test_short_mention_links_to_full_name():
    found = people("Wakil Gubernur Jawa Tengah Budi Santoso hadir. Menurut Wagub Budi, program berjalan baik.")
    assert set(found) == {"Budi Santoso"}


def test_headline_words_are_not_names_unless_they_recur():
    doc = annotate("Gubernur Sukamaju Serahkan Paritrana Award Kepada Para Pemenang\nAcara berlangsung meriah.")
    assert not doc.user_data["people"]


def test_office_building_is_not_a_post():
    assert not people("Penyerahan dilakukan di Kantor Gubernur Jawa Barat, Bandung, pada Senin.")


def test_government_and_bpjs_office():
    doc = annotate("Pemkab Bekasi menerima penghargaan dari Kanwil BPJS Ketenagakerjaan Jawa Barat.")
    keys = {o.key for o in doc.user_data["orgs"]}
    assert "gov:32.16" in keys
    assert any(o.kind == "bpjs" and o.parent for o in doc.user_data["orgs"])


def test_ambiguous_region_from_prefix():
    doc = annotate("Pemkot Bekasi dan Pemkab Bandung Barat hadir.")
    keys = {o.key for o in doc.user_data["orgs"]}
    assert "gov:32.75" in keys and "gov:32.17" in keys


def test_province_short_name_with_prefix_and_region_alias():
    doc = annotate("Provinsi Jabar dan Kabupaten Sitaro hadir.")
    names = {r.region.name for r in doc.user_data["regions"]}
    assert "Jawa Barat" in names
    assert "Kabupaten Kepulauan Siau Tagulandang Biaro" in names


def test_company_name_stops_at_line_end():
    doc = annotate("Juara kedua diraih PT Sinar Kawi Abadi.\nLalu kategori lain.")
    labels = {o.name for o in doc.user_data["orgs"] if o.kind == "company"}
    assert labels == {"PT Sinar Kawi Abadi"}


def test_company_name_stops_at_a_title_case_verb():
    doc = annotate("Desa Sukamaju dan PT Sinar Kawi Abadi Tbk Raih Paritrana Award Jabar\n\nIsi berita.")
    labels = {o.name for o in doc.user_data["orgs"] if o.kind == "company"}
    assert labels == {"PT Sinar Kawi Abadi Tbk"}


def test_word_before_comma_after_a_place_post_is_the_place():
    found = people("Trofi diterima Kepala Desa Sukamaju, Muh. Rahmat Dg. Tompo. Desa itu bangga.")
    assert "Sukamaju" not in found
    assert found["Muh. Rahmat Dg. Tompo"].role_slug == "kepala-desa"


def test_office_abbreviations_are_not_names():
    found = people("Dalam acara itu hadir pula Kepala Bappeda Kota Bekasi, Sari Wulandari, dan juga Kepala "
                   "Disnakertrans, Budi Santoso, yang datang bersama para staf mereka.")
    assert "Bappeda" not in found and "Disnakertrans" not in found
    assert "Sari Wulandari" in found and "Budi Santoso" in found


def test_company_in_a_post_is_not_the_name():
    found = people("Direktur Sumber Daya Manusia PT Sinar Kawi Abadi Tbk, Rina Lestari, hadir di sana.")
    assert set(found) == {"Rina Lestari"}


def test_one_village_one_key_in_an_article():
    doc = annotate("Desa Sukamaju Juara\n\nDesa Sukamaju, Kec. Cibeber, Kab. Cianjur meraih juara I.")
    keys = {o.key for o in doc.user_data["orgs"] if o.region is not None and o.region.kind == "village"}
    assert len(keys) == 1 and next(iter(keys)).endswith("@32.03")


# --- round three -----------------------------------------------------------------------------------------


def orgs(text: str) -> dict[str, object]:
    return {o.key: o for o in annotate(text).user_data["orgs"]}


def test_an_abbreviation_defined_in_brackets_names_the_region_again():
    doc = annotate("Kabupaten Kepulauan Talaud (Talud) juara I. Menurut dia, Talud unggul karena iurannya ditanggung.")
    uses = [r for r in doc.user_data["regions"] if r.text == "Talud"]
    assert len(uses) == 1 and uses[0].region.key == "region:71.04" and uses[0].start > 40


def test_a_company_name_cut_at_a_stop_word_leaves_the_next_company_readable():
    found = orgs("Juara 1 diraih PT Palu Nikel Sejahtera dan Juara 2 PT Donggala Kakao Prima. Desa Bora juara 1.")
    assert "org:pt-palu-nikel-sejahtera" in found and "org:pt-donggala-kakao-prima" in found


def test_the_town_after_a_company_name_is_an_alternative_label():
    found = orgs("Juara dua diraih BPR Dana Lestari Kupang.")
    bpr = found["org:bpr-dana-lestari-kupang"]
    assert bpr.name == "BPR Dana Lestari" and "BPR Dana Lestari Kupang" in bpr.alt_labels


def test_kota_that_names_no_city_is_part_of_a_company_name():
    assert "org:bprs-syariah-kota-harapan" in orgs("Penghargaan diraih oleh BPRS Syariah Kota Harapan.")


def test_a_village_name_does_not_run_into_the_next_line():
    found = orgs("- Kategori Desa : Desa Sepa\nYohanis mengatakan hal itu.")
    assert any(k.endswith("desa-sepa") or "desa-sepa@" in k for k in found)
    assert not any("yohanis" in k for k in found)


def test_a_unit_name_stops_at_a_short_province_name():
    found = orgs("Kepala Dinas Tenaga Kerja dan Transmigrasi Sulsel, Andi Lamba, hadir.")
    unit = next(o for o in found.values() if o.kind == "unit")
    assert unit.parent == "gov:73"


def test_people_named_without_a_post():
    found = people("Salah satu peserta, Sumiati (45), pedagang sayur, mengaku tenang. Ahli waris almarhum Darsono "
                   "menerima santunan. Hadir pula Martin Sinaga yang mewakili Wakil Gubernur Bali.")
    assert {"Sumiati", "Darsono", "Martin Sinaga"} <= set(found)


def test_a_qualifier_after_and_and_a_name_ending_in_a_post_word():
    found = people("Dalam acara itu, Deputi Direktur BPJS Ketenagakerjaan Wilayah Sumatera Barat dan Riau, Fadil "
                   "Nasution, berharap daerah lain ikut melindungi pekerja rentan.")
    assert "Fadil Nasution" in found
    found = people("Hal itu disampaikan oleh Rudi Utama, Kepala Kanwil BPJS Ketenagakerjaan Sumbagteng, kemarin sore.")
    assert "Rudi Utama" in found
