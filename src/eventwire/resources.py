"""Language data kept as files under ``eventwire/data``, loaded once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    """The parsed YAML data file ``data/NAME.yaml``."""
    text = resources.files("eventwire.data").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def word_set(name: str, data: str = "words") -> frozenset[str]:
    """A word list of ``data/DATA.yaml`` (``words.yaml`` unless named) as a set, for
    membership tests on hot paths."""
    return frozenset(load(data)[name])


def alternation(words: Iterable[str]) -> str:
    """A regular-expression alternation of literal words, longest first, so that a phrase
    ("ceasefire line") is tried before a word it starts with."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def word_pattern(name: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that finds any word or phrase of the ``words.yaml`` list NAME, whole:
    "in custody" in "killed in custody", not "custodian"."""
    return re.compile(rf"\b(?:{alternation(word_set(name))})\b", flags)
