"""Place-name keys: one spelling of a name in, a comparable key out.

News reports spell the same village many ways (Makhmour, Makhmur, Mexmur;
al-Qaim, Al Qaim, Qaim). Two keys make those meet: ``norm_key`` (case,
diacritics, punctuation, articles and kind words removed) for exact matches,
and ``phonetic_key`` (a consonant skeleton after spelling rules) as a second
chance. The rules live in ``data/spelling.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

# Letters NFKD does not split into base letter + mark.
_FOLD = str.maketrans(
    {
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ħ": "h", "ŧ": "t", "ŋ": "n", "ə": "e", "Ə": "e",
    }
)
# Apostrophe-like marks (ayn, hamza, quotes) vanish; other punctuation splits words.
_APOSTROPHES = re.compile(r"['’‘`´ʼʾʿʻ\u02bc\u02bb]")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class SpellingRules:
    """The contents of data/spelling.yaml, compiled."""

    articles: frozenset[str]
    prefixes: tuple[tuple[str, ...], ...]
    suffixes: dict[tuple[str, ...], str]
    prefix_first: frozenset[str]
    suffix_last: frozenset[str]
    phonetic: tuple[tuple[str, re.Pattern[str], str], ...]  # (literal or "", regex, replacement)
    min_phonetic: int
    directions: frozenset[str]
    variants: tuple[tuple[re.Pattern[str], str], ...] = ()
    direction_synonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    connectors: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=1)
def rules() -> SpellingRules:
    """Load the spelling rules once per process."""
    text = resources.files("eventwire.places").joinpath("data/spelling.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    prefixes = tuple(sorted((tuple(_words(p)) for p in raw["prefix_words"]), key=len, reverse=True))
    suffixes = {tuple(_words(k)): (v or "") for k, v in raw["suffix_words"].items()}
    return SpellingRules(
        articles=frozenset(raw["articles"]),
        prefixes=prefixes,
        suffixes=suffixes,
        prefix_first=frozenset(p[0] for p in prefixes),
        suffix_last=frozenset(s[-1] for s in suffixes),
        phonetic=tuple(
            (a if a.isalpha() else "", re.compile(a), b) for a, b in raw["phonetic_rules"]
        ),
        min_phonetic=int(raw["min_phonetic_key"]),
        directions=frozenset(raw.get("direction_words") or ()),
        variants=tuple((re.compile(a), b) for a, b in raw.get("variant_rules") or ()),
        direction_synonyms=_synonyms(raw.get("direction_synonyms") or {}),
        connectors=tuple(sorted((tuple(c.split()) for c in raw.get("name_connectors") or ()),
                                key=len, reverse=True)),
    )


def _synonyms(raw: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Each direction word with its other-language words, both ways: "north" -> ("nord",
    "norte"), "nord" -> ("north",)."""
    out: dict[str, set[str]] = {}
    for word, others in raw.items():
        for other in others:
            if other != word:
                out.setdefault(word, set()).add(other)
                out.setdefault(other, set()).add(word)
    return {w: tuple(sorted(v)) for w, v in out.items()}


def direction_variants(key: str) -> list[str]:
    """The key with one direction word put in another language: "north kivu" -> ["nord kivu",
    "norte kivu"]; [] for a key without one."""
    words = key.split()
    table = rules().direction_synonyms
    out = []
    for i, w in enumerate(words):
        for other in table.get(w, ()):
            out.append(" ".join(words[:i] + [other] + words[i + 1:]))
    return out


def _words(text: str) -> list[str]:
    return fold(text).split()


_ASCII_APOSTROPHES = str.maketrans("", "", "'`")


def fold(text: str) -> str:
    """Lowercase ASCII words separated by single spaces: no case, marks or punctuation."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower().translate(_ASCII_APOSTROPHES)).strip()
    text = _APOSTROPHES.sub("", text.translate(_FOLD))
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", text.lower()).strip()


def is_latin(text: str) -> bool:
    """True when a name is written in Latin letters (the only ones English news uses)."""
    if text.isascii():
        return any(ch.isalpha() for ch in text)
    folded = unicodedata.normalize("NFKD", text.translate(_FOLD))
    letters = [ch for ch in folded if ch.isalpha()]
    return bool(letters) and all(ch.isascii() for ch in letters)


def split_kind(text: str) -> tuple[str, str]:
    """Split a name into (folded name, qualifier implied by a kind word).

    "Kirkuk province" -> ("kirkuk", "province"); "Dibis town" -> ("dibis", "");
    the kind word is only dropped when a name remains. "&" reads "and" ("Jammu & Kashmir").
    """
    text = text.replace("&", " and ")
    if is_arabic(text):
        return arabic_key(text), ""
    r = rules()
    words = fold(text).split()
    if len(words) < 2 or (words[-1] not in r.suffix_last and words[0] not in r.prefix_first):
        return " ".join(words), ""
    qualifier = ""
    changed = True
    while changed and len(words) > 1:
        changed = False
        for n in (3, 2, 1):
            tail = tuple(words[-n:])
            if len(words) > n and tail in r.suffixes:
                qualifier = qualifier or r.suffixes[tail]
                words = words[:-n]
                changed = True
                break
    for prefix in r.prefixes:
        n = len(prefix)
        if len(words) > n and tuple(words[:n]) == prefix:
            words = words[n:]
            break
    return " ".join(words), qualifier


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")  # harakat, dagger alef, tatweel
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك"})


def is_arabic(text: str) -> bool:
    """True for a name written in Arabic script (Arabic, Persian, Kurdish Sorani, Urdu)."""
    return bool(_ARABIC.search(text)) and not any("a" <= ch.lower() <= "z" for ch in text)


def arabic_key(text: str) -> str:
    """Arabic-script key: no short vowels or tatweel, one alef, ta marbuta as ha, the article
    'ال' dropped from a word that has more."""
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_FOLD)
    words = [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in re.split(r"[\s\-‐]+", text) if w]
    return " ".join(words)


def _norm_key(text: str) -> str:
    if is_arabic(text):
        return arabic_key(text)
    name, _ = split_kind(text)
    if " " not in name:
        return name
    articles = rules().articles
    kept = [w for w in name.split() if w not in articles]
    return " ".join(kept) if kept else name


def _phonetic_key(text: str, key: str | None = None) -> str:
    key = (_norm_key(text) if key is None else key).replace(" ", "")
    if not key.isascii() or not key.isalpha():
        return ""
    r = rules()
    for literal, pattern, repl in r.phonetic:
        key = key.replace(literal, repl) if literal else pattern.sub(repl, key)
    return key if len(key) >= r.min_phonetic else ""


def keys(text: str) -> tuple[str, str]:
    """(norm_key, phonetic_key) of a name, uncached: for bulk indexing."""
    key = _norm_key(text)
    return key, _phonetic_key(text, key)


@lru_cache(maxsize=100_000)
def norm_key(text: str) -> str:
    """Exact-match key: folded, kind words and Arabic-style articles removed."""
    return _norm_key(text)


@lru_cache(maxsize=100_000)
def phonetic_key(text: str) -> str:
    """Second-chance key: spelling rules then a consonant skeleton; '' if too short."""
    return _phonetic_key(text)


@lru_cache(maxsize=100_000)
def variant_key(text: str) -> str:
    """A name with transliteration habits folded (oo/u, ee/i, kh/k, w/v, z/j ...), spaces
    dropped: two spellings of one name come out alike letter by letter."""
    key = norm_key(text).replace(" ", "")
    for pattern, repl in rules().variants:
        key = pattern.sub(repl, key)
    return key
