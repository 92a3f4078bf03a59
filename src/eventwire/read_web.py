"""Readers for the web's formats: HTML pages and RSS/Atom feed files, plus folder walking.

HTML pages lose their navigation, adverts and footers (boilerplate removal with
trafilatura when installed, a small paragraph-density extractor otherwise), so
evidence offsets point into the article's own words. Feeds give one article per
item. Imports of :mod:`eventwire.read` happen inside functions because read.py
registers these readers at its end.
"""

from __future__ import annotations

import html as htmllib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.read import Item, ReadError

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
"""Plain-text suffixes picked up when walking a folder (other unknown files there are ignored)."""


# --- folders --------------------------------------------------------------------------


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files to read: given files as they are, folders walked in sorted order for known formats.

    Hidden files and ``NAME.meta.json`` sidecars are left out of folders; a missing path
    is a :class:`ReadError`.
    """
    from eventwire.read import READERS, ReadError

    for path in map(Path, paths):
        if not path.exists():
            yield ReadError(str(path), "no such file or folder")
        elif path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path)
                if any(part.startswith(".") for part in rel.parts) or not child.is_file():
                    continue
                if child.name.endswith(".meta.json"):
                    continue
                suffix = child.suffix.lower()
                if suffix in READERS or suffix in TEXT_SUFFIXES:
                    yield child
        else:
            yield path


# --- HTML -----------------------------------------------------------------------------

BLOCK_TAGS = {"p", "div", "article", "section", "main", "li", "h1", "h2", "h3", "h4", "blockquote", "br", "tr"}
SKIP_TAGS = {"script", "style", "nav", "footer", "header", "aside", "form", "noscript", "svg", "figure", "iframe", "button"}


class _Paragraphs(HTMLParser):
    """Collects text blocks, the page title and ``<meta>`` values, skipping page furniture."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []  # (tag, text)
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0
        self._tag = "p"
        self._buf: list[str] = []
        self._in_title = False

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        if text:
            self.blocks.append((self._tag, text))
        self._buf = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            a = {k.lower(): (v or "") for k, v in attrs}
            key = a.get("property") or a.get("name") or a.get("itemprop")
            if key and "content" in a:
                self.meta.setdefault(key.lower(), a["content"])
        elif tag == "title":
            self._in_title = True
        elif tag in SKIP_TAGS:
            self._skip += 1
        elif tag in BLOCK_TAGS:
            self._flush()
            self._tag = tag

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self._buf.append(data)


def simple_extract(page: str) -> tuple[str, dict[str, str]]:
    """Readability-style fallback: keep headings and sentence-like paragraphs, drop short link lists."""
    parser = _Paragraphs()
    parser.feed(page)
    parser.close()
    parser._flush()
    kept = [t for tag, t in parser.blocks if (tag.startswith("h") and len(t) > 10) or (len(t) >= 60 and "." in t)]
    meta = dict(parser.meta)
    meta.setdefault("title", " ".join(parser.title.split()))
    return "\n\n".join(dict.fromkeys(kept)), meta


def extract_page(page: str) -> tuple[str, dict[str, str]]:
    """Article text and metadata (title, date, url, site name) of an HTML page."""
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    if trafilatura is not None:
        doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False)
        if doc is not None:
            d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            text = (d.get("text") or "").strip()
            if text:
                meta = {k: str(d[k]) for k in ("title", "date", "url", "sitename") if d.get(k)}
                return text.replace("\n", "\n\n"), meta
    text, raw = simple_extract(page)
    meta = {"title": raw.get("og:title") or raw.get("title", "")}
    for key in ("article:published_time", "date", "pubdate", "datepublished", "dc.date"):
        if raw.get(key):
            meta["date"] = raw[key]
            break
    if raw.get("og:url"):
        meta["url"] = raw["og:url"]
    if raw.get("og:site_name"):
        meta["sitename"] = raw["og:site_name"]
    return text, meta


CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)


def decode_legacy(data: bytes) -> str:
    """A page that is not UTF-8, in the charset its ``<meta>`` declares (windows-1256, cp1252…), else latin-1."""
    m = CHARSET.search(data[:4096])
    if m:
        try:
            return data.decode(m.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return data.decode("latin-1")  # never fails


def read_html(path: Path, overrides: dict) -> Iterator[Item]:
    """One HTML page as one article, boilerplate removed; ``NAME.meta.json`` beside it wins."""
    from eventwire.read import ReadError, decode, make_article, read_bytes, read_meta, sidecar_of

    source = str(path)
    data = read_bytes(path)
    if isinstance(data, ReadError):
        yield data
        return
    page = decode(data, source)
    if isinstance(page, ReadError):
        if "UTF-8" not in page.problem:
            yield page
            return
        page = decode_legacy(data)
    text, meta = extract_page(page)
    if not text.strip():
        yield ReadError(source, "HTML page has no article text (only navigation or scripts)")
        return
    found = {"title": meta.get("title", ""), "published": _date(meta.get("date")), "url": meta.get("url", ""),
             "outlet": meta.get("sitename", "")}
    extra = read_meta(sidecar_of(path))
    if isinstance(extra, ReadError):
        yield extra
        return
    found.update(extra)
    yield make_article({k: v for k, v in found.items() if v}, text, source, path.stem, overrides)


def html_to_text(fragment: str) -> str:
    """Plain text of a feed item's HTML description (no boilerplate to remove there)."""
    if "<" not in fragment:
        return " ".join(htmllib.unescape(fragment).split())
    parser = _Paragraphs()
    parser.feed(fragment)
    parser.close()
    parser._flush()
    return "\n\n".join(t for _, t in parser.blocks)


# --- RSS and Atom -------------------------------------------------------------------

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
DC_DATE = "{http://purl.org/dc/elements/1.1/}date"


def _date(value: str | None) -> str:
    """A feed or page date (RFC 822 or ISO 8601) as YYYY-MM-DD, or '' when unreadable."""
    if not value:
        return ""
    value = value.strip()
    if re.match(r"\d{4}-\d{2}-\d{2}", value):
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return ""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(node: ET.Element | None) -> str:
    return (node.text or "").strip() if node is not None else ""


def read_feed(path: Path, overrides: dict) -> Iterator[Item]:
    """RSS 2.0, RSS 1.0 (RDF) or Atom: one article per item, text from its content or summary."""
    from eventwire.read import ReadError, decode, make_article, read_bytes

    source = str(path)
    raw = read_bytes(path)
    data = raw if isinstance(raw, ReadError) else decode(raw, source)
    if isinstance(data, ReadError):
        yield data
        return
    try:
        root = ET.fromstring(data.encode("utf-8"))
    except ET.ParseError as exc:
        yield ReadError(source, f"malformed XML ({exc})")
        return
    kind = _local(root.tag).lower()
    if kind == "feed":
        outlet = _text(root.find(f"{ATOM}title"))
        entries = [(e, _atom_item(e)) for e in root.findall(f"{ATOM}entry")]
    elif kind in ("rss", "rdf"):
        channel = next((c for c in root.iter() if _local(c.tag) == "channel"), root)
        outlet = next((_text(c) for c in channel if _local(c.tag) == "title"), "")
        entries = [(e, _rss_item(e)) for e in root.iter() if _local(e.tag) == "item"]
    else:
        yield ReadError(source, f"not an RSS or Atom feed (root element <{_local(root.tag)}>)")
        return
    if not entries:
        yield ReadError(source, "feed has no items")
        return
    for number, (_, item) in enumerate(entries, 1):
        where = f"{source}:item {number}"
        text = html_to_text(item.pop("body", ""))
        if not text.strip():
            yield ReadError(where, "feed item has no text")
            continue
        title = item.get("title", "")
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        meta = {"outlet": outlet, **{k: v for k, v in item.items() if v}}
        meta.setdefault("id", item.get("url"))  # the item's guid or Atom id as given, else its link
        yield make_article(meta, text, where, f"{path.stem}-{number}", overrides)


def _rss_item(item: ET.Element) -> dict[str, str]:
    fields = {_local(c.tag): _text(c) for c in item}
    body = _text(item.find(CONTENT)) or fields.get("description", "")
    return {
        "id": fields.get("guid", ""),
        "url": fields.get("link", ""),
        "title": html_to_text(fields.get("title", "")),
        "published": _date(fields.get("pubDate") or _text(item.find(DC_DATE))),
        "body": body,
    }


def _atom_item(entry: ET.Element) -> dict[str, str]:
    link = ""
    for node in entry.findall(f"{ATOM}link"):
        if node.get("rel", "alternate") == "alternate":
            link = node.get("href", "")
            break
    return {
        "id": _text(entry.find(f"{ATOM}id")),
        "url": link,
        "title": html_to_text(_text(entry.find(f"{ATOM}title"))),
        "published": _date(_text(entry.find(f"{ATOM}published")) or _text(entry.find(f"{ATOM}updated"))),
        "body": _text(entry.find(f"{ATOM}content")) or _text(entry.find(f"{ATOM}summary")),
    }


WEB_READERS = {
    ".html": read_html,
    ".htm": read_html,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
