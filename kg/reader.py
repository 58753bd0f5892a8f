"""Read inputs into ``Article`` records: ``.txt``, ``.html``/``.htm`` (main text via trafilatura),
``.jsonl`` (one article a line) and folders of them.

Every problem is an ``InputError`` naming the input, raised before anything is written, so a bad
file costs nothing.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.records import Article

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read_articles(inputs: Iterable[str | Path]) -> list[Article]:
    """Read every article from files and folders, in a stable order; ids must be unique."""
    articles: list[Article] = []
    for path in expand_inputs(inputs):
        articles.extend(read_file(path))
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            raise InputError(f"{article.source}: article id {article.id!r} also used by {seen[article.id]}")
        seen[article.id] = article.source or article.id
    return articles


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files named directly, plus the readable files below each folder, sorted by path."""
    paths: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                raise InputError(f"{path}: folder holds no .txt, .html or .jsonl files")
            paths.extend(found)
        elif path.suffix.lower() in SUFFIXES:
            paths.append(path)
        else:
            raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'}; use .txt, .html or .jsonl")
    if not paths:
        raise InputError("no input given")
    return paths


def read_file(path: Path) -> list[Article]:
    """The articles of one file."""
    suffix = path.suffix.lower()
    text = _read_text(path)
    if suffix in JSONL_SUFFIXES:
        return list(_read_jsonl(path, text))
    if suffix in HTML_SUFFIXES:
        title, body = html_main_text(text, source=str(path))
        return [Article(id=path.stem, text=body, title=title, source=str(path))]
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    return [Article(id=path.stem, text=normalize_text(text), source=str(path))]


def _read_text(path: Path) -> str:
    data = path.read_bytes()
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def _read_jsonl(path: Path, text: str) -> Iterator[Article]:
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object")
        body = record.get("text")
        if not isinstance(body, str) or not body.strip():
            raise InputError(f"{where}: missing or empty 'text'")
        article_id = str(record.get("id") or f"{path.stem}-{number}")
        yield Article(
            id=article_id,
            text=normalize_text(body),
            url=_opt_str(record.get("url")),
            title=_opt_str(record.get("title")),
            date=_opt_str(record.get("date")),
            publisher=_opt_str(record.get("publisher")),
            source=where,
        )


def _opt_str(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None


def html_main_text(html: str, *, source: str) -> tuple[str | None, str]:
    """The title and main text of a news page, without navigation, boxes and footers."""
    import trafilatura

    if not html.strip():
        raise InputError(f"{source}: file is empty")
    body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise InputError(f"{source}: no article text found in the HTML")
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    return title, normalize_text(body)


_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")


def normalize_text(text: str) -> str:
    """Unify line ends and odd spaces; keep every character's meaning (offsets refer to this text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACES.sub(" ", text).strip()
