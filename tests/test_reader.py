"""The read stage: files, folders and JSONL into Article records; bad input is one clear error."""
import json

import pytest

from kg.errors import InputError
from kg.reader import html_main_text, normalize_text, read_articles


def test_txt_file_becomes_one_article_named_by_its_stem(tmp_path):
    (tmp_path / "berita-1.txt").write_text("Pemkab Bekasi meraih juara.\r\nSelesai.", encoding="utf-8")
    [article] = read_articles([tmp_path / "berita-1.txt"])
    assert article.id == "berita-1"
    assert article.text == "Pemkab Bekasi meraih juara.\nSelesai."


def test_folder_is_read_recursively_in_path_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("dua", encoding="utf-8")
    (tmp_path / "1.txt").write_text("satu", encoding="utf-8")
    (tmp_path / "ignored.csv").write_text("x", encoding="utf-8")
    assert [a.id for a in read_articles([tmp_path])] == ["1", "2"]


def test_jsonl_keeps_metadata(tmp_path):
    path = tmp_path / "news.jsonl"
    rows = [{"id": "a1", "text": "Teks satu.", "url": "https://example.org/a1", "title": "Judul", "date": "2024-08-24",
             "publisher": "Kabar"}, {"id": "a2", "text": "Teks dua."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    first, second = read_articles([path])
    assert (first.id, first.url, first.title, first.date, first.publisher) == (
        "a1", "https://example.org/a1", "Judul", "2024-08-24", "Kabar")
    assert second.id == "a2" and second.url is None


def test_html_keeps_the_article_and_drops_navigation():
    html = """<html><head><title>Desa Juara</title></head><body><nav>Beranda | Nasional | Daerah</nav>
    <article><h1>Desa Juara</h1><p>Pemerintah Desa Sukamaju meraih juara pertama Paritrana Award tingkat provinsi.
    Penghargaan diserahkan oleh gubernur di gedung negara pada hari Senin.</p>
    <p>Kepala desa mengatakan penghargaan ini milik seluruh warga yang bekerja di sektor informal.</p></article>
    <footer>Hak cipta redaksi</footer></body></html>"""
    title, body = html_main_text(html, source="x.html")
    assert "Sukamaju meraih juara pertama" in body
    assert "Beranda" not in body and "Hak cipta" not in body
    assert title == "Desa Juara"


@pytest.mark.parametrize("name, content, message", [
    ("kosong.txt", b"", "file is empty"),
    ("spasi.txt", b"   \n ", "file is empty"),
    ("biner.txt", b"\x00\x01\x02abc", "binary file"),
    ("latin.txt", "caf\xe9".encode("latin-1"), "not UTF-8"),
    ("rusak.jsonl", b'{"id": "a", "text": "ok"}\n{not json}\n', "rusak.jsonl:2: not JSON"),
    ("tanpa-teks.jsonl", b'{"id": "a"}\n', "missing or empty 'text'"),
    ("daftar.jsonl", b'[1, 2]\n', "expected a JSON object"),
    ("data.csv", b"a,b\n", "unsupported file type .csv"),
])
def test_bad_input_is_one_error_naming_the_input(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_articles([path])
    assert message in str(info.value)
    assert name in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_path_and_duplicate_ids(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        read_articles([tmp_path / "tidak-ada.txt"])
    (tmp_path / "a.txt").write_text("satu", encoding="utf-8")
    (tmp_path / "x.jsonl").write_text('{"id": "a", "text": "dua"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="article id 'a' also used"):
        read_articles([tmp_path / "a.txt", tmp_path / "x.jsonl"])


def test_normalize_text_unifies_spaces_but_keeps_words():
    assert normalize_text("Gedung\u00a0Sate,\tBandung\r\n") == "Gedung Sate, Bandung"
