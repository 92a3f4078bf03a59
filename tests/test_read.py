"""Reading reports: formats, metadata, and one clear error per bad input."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from eventwire import read
from eventwire.read import ReadError, parse_date, read_path, read_paths
from eventwire.record import MAX_ID_BYTES, Article, id_problem

REPORT = "Gunmen attacked a market in Tillaberi on Friday, killing three traders.\n"


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def one(path: Path, **overrides: object) -> Article | ReadError:
    items = list(read_path(path, **overrides))
    assert len(items) == 1, items
    return items[0]


def error(path: Path, **overrides: object) -> str:
    item = one(path, **overrides)
    assert isinstance(item, ReadError), item
    return str(item)


def test_plain_text_takes_its_stem_as_id(tmp_path: Path) -> None:
    article = one(write(tmp_path / "tillaberi.txt", REPORT))
    assert isinstance(article, Article)
    assert (article.id, article.text, article.published, article.source) == (
        "tillaberi", REPORT, None, str(tmp_path / "tillaberi.txt"))


def test_sidecar_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "tillaberi.txt", REPORT)
    meta = {"id": "wire-77", "outlet": "Example Wire", "url": "https://example.org/t",
            "published": "2023-05-13T08:00:00Z", "title": "Three killed"}
    write(tmp_path / "tillaberi.meta.json", json.dumps(meta))
    article = one(path)
    assert (article.id, article.outlet, article.url, article.published, article.title) == (
        "wire-77", "Example Wire", "https://example.org/t", date(2023, 5, 13), "Three killed")


def test_command_line_metadata_wins(tmp_path: Path) -> None:
    path = write(tmp_path / "t.txt", REPORT)
    write(tmp_path / "t.meta.json", json.dumps({"published": "2023-05-13", "outlet": "A"}))
    article = one(path, published="2023-06-01", outlet=None, url="https://x.org")
    assert (article.published, article.outlet, article.url) == (date(2023, 6, 1), "A", "https://x.org")


def test_jsonl_articles(tmp_path: Path) -> None:
    rows = [{"id": "a1", "url": "u", "outlet": "O", "published": "2023-05-13", "title": "T", "text": REPORT},
            {"text": "Second report: a bomb exploded."}]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n\n")
    first, second = read_path(path)
    assert (first.id, first.outlet, first.published, first.source) == ("a1", "O", date(2023, 5, 13), f"{path}:1")
    assert second.id == "batch-2"


def test_any_id_is_kept_as_given(tmp_path: Path) -> None:
    given = ["https://example.org/news/2024/03/18/tillaberi?ref=rss#top", "100% sure / 'quoted' ", "..",
             "Тиллабери/№5", "ティラベリ", "é" * (MAX_ID_BYTES // 2)]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps({"id": i, "text": f"{n} {REPORT}"})
                                                     for n, i in enumerate(given)))
    assert [a.id for a in read_path(path)] == given
    sidecar = write(tmp_path / "t.txt", REPORT)
    write(tmp_path / "t.meta.json", json.dumps({"id": given[0]}))
    assert one(sidecar).id == given[0]


def test_an_id_no_store_can_keep_is_one_clear_error(tmp_path: Path) -> None:
    too_long = "é" * (MAX_ID_BYTES // 2) + "e"
    rows = [{"id": too_long, "text": REPORT}, {"id": "a\u0000b", "text": REPORT}, {"id": "ok", "text": REPORT}]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(r) for r in rows))
    first, second, third = read_path(path)
    assert str(first) == f"{path}:1: id too long (2,001 bytes in UTF-8; the limit is {MAX_ID_BYTES:,})"
    assert str(second) == f"{path}:2: id contains a NUL character"
    assert third.id == "ok"
    report = write(tmp_path / "t.txt", REPORT)
    write(tmp_path / "t.meta.json", json.dumps({"id": too_long}))
    assert error(report) == f"{report}: id too long (2,001 bytes in UTF-8; the limit is {MAX_ID_BYTES:,})"
    assert id_problem("\ud800") == "id is not valid Unicode (it holds a lone surrogate)"


def test_jsonl_bad_lines_are_named_and_the_rest_read(tmp_path: Path) -> None:
    lines = ['{"id": "ok1", "text": "A report."}', '{"id": "broken", "text": ', '["not", "an object"]',
             '{"id": "notext"}', '{"id": "blank", "text": "  "}', '{"id": "d", "text": "x", "published": "2023-13-01"}',
             '{"id": "ok2", "text": "Another report."}']
    path = write(tmp_path / "b.jsonl", "\n".join(lines))
    items = list(read_path(path))
    assert [i.id for i in items if isinstance(i, Article)] == ["ok1", "ok2"]
    errors = [str(i) for i in items if isinstance(i, ReadError)]
    assert errors[0].startswith(f"{path}:2: malformed JSON line")
    assert errors[1].startswith(f"{path}:3: not an article") and errors[2].startswith(f"{path}:4: not an article")
    assert errors[3] == f"{path}:5: empty input: no text to read"
    assert errors[4].startswith(f"{path}:6: published: bad date '2023-13-01'")


def test_json_file_with_one_or_many_articles(tmp_path: Path) -> None:
    single = one(write(tmp_path / "one.json", json.dumps({"text": REPORT, "outlet": "O"})))
    assert (single.id, single.outlet) == ("one", "O")
    many = list(read_path(write(tmp_path / "many.json", json.dumps([{"text": REPORT}, {"title": "no text"}]))))
    assert isinstance(many[0], Article) and many[0].id == "many-1"
    assert str(many[1]).startswith(f"{tmp_path / 'many.json'}[2]: not an article")
    assert "malformed JSON" in error(write(tmp_path / "bad.json", "{oops"))


def test_sidecar_given_with_its_report_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "t.txt", REPORT)
    sidecar = write(tmp_path / "t.meta.json", json.dumps({"id": "t-1"}))
    assert [a.id for a in read_paths([path, sidecar])] == ["t-1"]
    assert "metadata sidecar" in str(next(read_paths([sidecar])))


@pytest.mark.parametrize("content, problem", [
    (b"", "empty input: no text to read"),
    (b"  \n\t\n", "empty input: no text to read"),
    (b"\xef\xbb\xbf\n", "empty input: no text to read"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text (contains NUL bytes)"),
    (bytes(range(1, 32)) * 20, "binary data, not text (mostly control characters)"),
    ("Gunmen killed three in Tillab\u00e9ri.".encode("latin-1"), "not valid UTF-8 text (bad byte 0xe9"),
])
def test_bad_text_files(tmp_path: Path, content: bytes, problem: str) -> None:
    path = write(tmp_path / "bad.txt", content)
    assert error(path).startswith(f"{path}: {problem}")


def test_a_nul_anywhere_is_refused_before_it_reaches_a_store(tmp_path: Path) -> None:
    late = write(tmp_path / "late.txt", REPORT.encode() * 400 + b"\x00" + REPORT.encode())
    assert error(late) == f"{late}: binary data, not text (contains NUL bytes)"
    rows = [{"id": "a", "text": "Rebels shelled the town.\u0000"}, {"id": "b", "text": REPORT, "title": "Shelling\u0000"},
            {"id": "c", "text": REPORT}]
    path = write(tmp_path / "nul.jsonl", "\n".join(json.dumps(r) for r in rows))
    first, second, third = read_path(path)
    assert str(first) == f"{path}:1: text contains a NUL character"
    assert str(second) == f"{path}:2: title contains a NUL character"
    assert third.id == "c"


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    assert one(write(tmp_path / "a.txt", b"\xef\xbb\xbf" + REPORT.encode())).text == REPORT
    assert one(write(tmp_path / "b.txt", REPORT.encode("utf-16"))).text == REPORT


def test_oversized_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 10)
    path = write(tmp_path / "big.txt", REPORT)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read an oversized file"))
    assert error(path) == f"{path}: too large ({len(REPORT):,} bytes; the limit is 10)"


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert error(tmp_path / "nope.txt") == f"{tmp_path / 'nope.txt'}: no such file"
    assert error(tmp_path).startswith(f"{tmp_path}: is a folder, not a file")


@pytest.mark.parametrize("meta, problem", [
    ("{not json", "malformed metadata (not JSON"),
    ('["a", "list"]', "malformed metadata (not a JSON object"),
    (b"\xff\xfe\xfa", "malformed metadata (not UTF-8 text)"),
])
def test_malformed_sidecar_is_named(tmp_path: Path, meta: str | bytes, problem: str) -> None:
    write(tmp_path / "t.txt", REPORT)
    sidecar = write(tmp_path / "t.meta.json", meta)
    assert error(tmp_path / "t.txt").startswith(f"{sidecar}: {problem}")


def test_bad_published_in_sidecar(tmp_path: Path) -> None:
    path = write(tmp_path / "t.txt", REPORT)
    write(tmp_path / "t.meta.json", json.dumps({"published": "last Tuesday"}))
    assert error(path) == f"{path}: published: bad date 'last Tuesday', expected YYYY-MM-DD"


def test_parse_date() -> None:
    assert parse_date("2021-12-07") == date(2021, 12, 7)
    assert parse_date("2021-12-07T19:00:00+03:00") == date(2021, 12, 7)
    assert parse_date(date(2021, 12, 7)) == date(2021, 12, 7)
    assert type(parse_date(datetime(2021, 12, 7, 19, 0))) is date
    assert parse_date(None) is None and parse_date("") is None
    for bad in ("2021-02-30", "07/12/2021", "yesterday"):
        with pytest.raises(ValueError, match="expected YYYY-MM-DD"):
            parse_date(bad)


def test_html_page_loses_its_boilerplate(tmp_path: Path) -> None:
    page = """<html><head><title>Three killed | Example Wire</title>
    <meta property="article:published_time" content="2023-05-13T09:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Gunmen kill three traders in Tillaberi market</h1>
    <p>Gunmen on motorbikes attacked a market in Tillaberi region on Friday, killing three traders.</p>
    <p>Residents said the attackers set fire to stalls before fleeing toward the border.</p></article>
    <footer>Copyright Example Wire. All rights reserved and then some more words.</footer></body></html>"""
    article = one(write(tmp_path / "page.html", page))
    assert "killing three traders" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert article.published == date(2023, 5, 13)


def test_rss_feed_gives_one_article_an_item(tmp_path: Path) -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>Market attacked</title><link>https://example.org/1</link><guid>g1</guid>
    <pubDate>Sat, 13 May 2023 08:00:00 GMT</pubDate><description>Gunmen killed three traders.</description></item>
    <item><title>Empty</title><description></description></item></channel></rss>"""
    path = write(tmp_path / "wire.rss", feed)
    first, second = read_path(path)
    assert (first.outlet, first.url, first.published) == ("Example Wire", "https://example.org/1", date(2023, 5, 13))
    assert first.id == "g1"  # the item's guid
    assert first.text == "Market attacked\n\nGunmen killed three traders."
    assert str(second) == f"{path}:item 2: feed item has no text"
    assert "malformed XML" in error(write(tmp_path / "broken.xml", "<rss><channel>"))


def test_feed_items_keep_their_own_ids(tmp_path: Path) -> None:
    atom = """<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Wire</title>
    <entry><id>tag:example.org,2023:/news/42?lang=fr#top</id><title>Market attacked</title>
    <summary>Gunmen killed three traders.</summary></entry>
    <entry><title>No id</title><link href="https://example.org/news/43?a=1&amp;b=2"/>
    <summary>A bomb killed two.</summary></entry>
    <entry><title>Nothing</title><summary>Police fired on a crowd.</summary></entry></feed>"""
    first, second, third = read_path(write(tmp_path / "wire.atom", atom))
    assert (first.id, second.id, third.id) == ("tag:example.org,2023:/news/42?lang=fr#top",
                                               "https://example.org/news/43?a=1&b=2", "wire-3")


def test_deeply_nested_json_line(tmp_path: Path) -> None:
    path = write(tmp_path / "deep.jsonl", "[" * 100_000 + "\n" + json.dumps({"id": "ok", "text": REPORT}))
    items = list(read_path(path))
    assert str(items[0]).startswith(f"{path}:1: malformed JSON line")
    assert items[1].id == "ok"


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "locked.txt", REPORT)

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    assert error(path) == f"{path}: cannot read (Permission denied)"
