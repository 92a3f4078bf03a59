"""Counting words as ACLED reads them: exact numbers, ranges and vague quantities."""

import pytest

from eventwire.numbers import Count, is_year, not_a_count, parse_count, value


@pytest.mark.parametrize("word, expected", [
    ("10", 10), ("1,200", 1200), ("ten", 10), ("twenty-five", 25), ("Eleven", 11), ("a", None), ("soldiers", None),
])
def test_value_of_one_word(word, expected):
    assert value(word) == expected


@pytest.mark.parametrize("words, low, best, high", [
    (["two"], 2, 2, 2),
    (["at", "least", "14"], 14, 14, 14),
    (["more", "than", "20"], 20, 20, 20),
    (["a", "dozen"], 12, 12, 12),
    (["dozens"], 12, 24, 24),
    (["several"], 3, 3, 3),
    (["hundreds"], 100, 200, 200),
    (["one", "hundred"], 100, 100, 100),
    (["two", "to", "three"], 2, 2, 3),
    (["a"], 1, 1, 1),
    (["no"], 0, 0, 0),
    (["both"], 2, 2, 2),
])
def test_parse_count(words, low, best, high):
    assert parse_count(words) == Count(low, best, high)


def test_counts_add_up_by_bound():
    assert Count(10, 10, 10) + Count(3, 3, 5) == Count(13, 13, 15)


def test_no_number_is_no_count():
    assert parse_count(["the", "local"]) is None


@pytest.mark.parametrize("word, before, after, kind", [
    ("35", "a", ("-", "year", "-"), "age"),          # "a 35-year-old farmer"
    ("40", "aged", (), "age"),                        # "aged 40"
    ("$5,000", "stole", (), "money"),
    ("20,000", "", ("pesos", "from"), "money"),
    ("10", "", ("percent",), "share"),
    ("10:30", "at", ("am",), "time"),
    ("7", "", ("pm", "on"), "time"),
    ("12", "No.", ("Market",), "address"),
    ("30", "", ("km", "north"), "measure"),
    ("12", "", ("people", "died"), None),             # a count
    ("20", "at", (), None),                           # "put the toll at 20"
])
def test_numbers_that_count_something_other_than_people(word, before, after, kind):
    assert not_a_count(word, before, after) == kind


def test_a_year_is_written_as_one():
    assert is_year("2019") and is_year("1989")
    assert not is_year("2,019") and not is_year("1500") and not is_year("300")
