"""Cleaning: repeated paragraphs and blocks dropped, offsets mapped back to the original."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from eventwire.clean import clean, normalise, paragraphs

HEADLINE = "Gunmen kill three in Tillaberi"
BODY = [
    "NIAMEY - Gunmen on motorbikes attacked a market in Tillaberi region on Friday, killing three traders.",
    "Residents said the attackers set fire to stalls before fleeing toward the Malian border.",
    "No group has claimed the attack, but jihadists are active in the area.",
]
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_b542ad107430a3c2.txt"


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def assert_maps_back(original: str) -> None:
    """Every word of the clean text sits at the same word in the original (its case may be restored)."""
    cleaned = clean(original)
    for m in re.finditer(r"\w+", cleaned.text):
        start, end = cleaned.span(m.start(), m.end())
        assert original[start:end].lower() == m.group().lower(), (m.group(), original[start:end])


def test_text_without_repeats_is_unchanged() -> None:
    text = lines(HEADLINE, *BODY)
    assert clean(text).text == text.rstrip("\n")
    assert_maps_back(text)


def test_body_repeated_twice_is_kept_once() -> None:
    once = clean(lines(HEADLINE, *BODY)).text
    text = lines(HEADLINE, *BODY, *BODY)
    assert clean(text).text == once
    assert_maps_back(text)


def test_offsets_point_into_the_original() -> None:
    text = lines(HEADLINE, "", "   " + BODY[0], BODY[0], "", BODY[1])
    cleaned = clean(text)
    start = cleaned.text.index("Residents")
    s, e = cleaned.span(start, start + len("Residents"))
    assert text[s:e] == "Residents"
    assert s == text.index("Residents")
    assert cleaned.original(0) == 0
    assert cleaned.span(5, 5) == (cleaned.original(5), cleaned.original(5))


def test_repeat_with_different_whitespace_case_and_quotes() -> None:
    second = [" ".join(p.split()).replace(" ", "  ").upper() + "   " for p in BODY]
    second[2] = second[2].replace("'", "\u2019")
    text = lines(HEADLINE, *BODY, "", "\t" + second[0], *second[1:])
    assert clean(text).text == clean(lines(HEADLINE, *BODY)).text
    assert_maps_back(text)


def test_repeat_wrapped_into_different_lines() -> None:
    rewrapped = textwrap.fill(" ".join(BODY), width=45)
    text = lines(HEADLINE, *BODY, "", rewrapped)
    assert clean(text).text == clean(lines(HEADLINE, *BODY)).text


def test_repeat_with_paragraphs_joined() -> None:
    text = lines(HEADLINE, *BODY, " ".join(BODY[:2]), BODY[2])
    assert clean(text).text == clean(lines(HEADLINE, *BODY)).text


def test_repeated_block_with_its_short_headline() -> None:
    short = "Market attacked"  # shorter than the single-line threshold
    text = lines(short, *BODY, "", short, *BODY)
    assert clean(text).text == lines(short, *BODY).rstrip("\n")


def test_headline_repeated_right_after_itself() -> None:
    short = "Market attacked"
    text = lines(short, short, *BODY)
    assert clean(text).text == lines(short, *BODY).rstrip("\n")


def test_long_headline_repeated_as_first_line_of_body() -> None:
    text = lines(HEADLINE + " after raid on market", "", HEADLINE + " after raid on market", *BODY)
    assert clean(text).text.count(HEADLINE) == 1


def test_short_lines_repeated_outside_a_block_are_kept() -> None:
    text = lines("Casualties:", "- 3 killed", BODY[0], "Casualties:", "- 3 killed", BODY[1])
    assert clean(text).text.count("Casualties:") == 2


def test_a_paragraph_once_is_never_dropped() -> None:
    text = lines(*BODY, "Three traders were killed.", "Three traders were killed, officials said later.")
    assert clean(text).text.count("\n") == 4


def test_crlf_and_same_length_normalisation() -> None:
    text = "\u201cWe heard shots,\u201d a resident said \u2013 then silence.\r\nSecond line here.\r\n"
    cleaned = clean(text)
    assert cleaned.text.startswith('"We heard shots," a resident said - then silence.')
    assert "\r" not in cleaned.text
    assert_maps_back(text)


def test_empty_and_blank_text() -> None:
    assert clean("").text == ""
    assert clean(" \n\n  ").text == ""
    assert clean("").original(0) == 0


def test_helpers() -> None:
    assert normalise("  Gunmen, on MOTORBIKES\u2019 \u2014 attacked!") == "gunmen on motorbikes attacked"
    assert paragraphs("a\n\n  b  \n") == [(0, 1), (3, 8)]


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed report is not beside the repository")
def test_seed_report_body_kept_once() -> None:
    text = SEED.read_text(encoding="utf-8")
    cleaned = clean(text)
    kept = cleaned.text.split("\n")
    assert len(kept) == len({normalise(k) for k in kept})
    assert cleaned.text.count("killing two Iraqi soldiers") == 1
    assert len(cleaned.text) < 0.6 * len(text)
    assert_maps_back(text)


def test_teaser_cut_off_with_an_ellipsis_is_a_repeat() -> None:
    teaser = BODY[0][:57] + "\u2026"  # cut inside a word
    text = lines(HEADLINE, *BODY, "Related:", teaser, BODY[1][:40] + "...")
    assert clean(text).text == clean(lines(HEADLINE, *BODY, "Related:")).text


def test_edited_repeat_is_kept() -> None:
    """A later paragraph that changes a figure is news, not a copy."""
    edited = BODY[0].replace("three", "four")
    assert edited in clean(lines(*BODY, edited)).text


def test_kept_paragraphs_still_map_back_to_the_original() -> None:
    text = lines(HEADLINE, "", *BODY)
    kept = clean(text).keep([True, False, True, False])
    assert kept.text == "\n".join([HEADLINE, BODY[1]])
    assert kept.paragraphs() == [(0, len(HEADLINE)), (len(HEADLINE) + 1, len(kept.text))]
    for m in re.finditer(r"\w+", kept.text):
        start, end = kept.span(m.start(), m.end())
        assert text[start:end] == m.group()


WIRE = "\n\n".join(textwrap.fill(p, 70, initial_indent="   ") for p in [
    "QUITO, 9 MAR 91 -- [TEXT] A GROUP OF ARMED MEN BURNED TWO BUSES ON THE ROAD TO THE COAST LAST "
    "NIGHT, THE POLICE SAID.  NOBODY WAS HURT IN THE ATTACK, WHICH THE POLICE BLAMED ON A SMALL GROUP "
    "FROM THE NORTH.",
    "THE DRIVERS SAID THE MEN STOPPED THE BUSES AT A BRIDGE [WORDS INDISTINCT] AND ORDERED EVERYONE "
    "OFF BEFORE SETTING THEM ON FIRE AT 2300 [0400 GMT].",
]) + "\n"


def test_hard_wrapped_lines_are_joined_into_paragraphs() -> None:
    cleaned = clean(WIRE)
    assert len(cleaned.paragraphs()) == 2
    assert "\n" not in cleaned.text.split("\n")[0][:200]
    assert_maps_back(WIRE)


def test_short_lines_of_scraped_text_stay_paragraphs() -> None:
    text = lines(HEADLINE, *BODY)
    assert len(paragraphs(text)) == 4


def test_editors_notes_are_blanked_in_place() -> None:
    cleaned = clean(WIRE)
    assert "TEXT" not in cleaned.text.upper().split("--")[1][:12]
    assert "indistinct" not in cleaned.text.lower()
    assert "gmt" not in cleaned.text.lower()
    assert cleaned.span(0, 5) == (3, 8)  # offsets still index the original


def test_notes_of_substance_in_brackets_stay() -> None:
    text = lines("Rebels of the Patriotic Liberation Front [FPL] attacked the post at 0300 [local time].")
    assert "[FPL]" in clean(text).text


def test_a_speaker_named_beside_a_note_is_blanked_and_a_gloss_stays() -> None:
    text = lines("CARACAS, 2 MAY 91 -- [REPORT] [LUISA PEREZ] [TEXT] MARACAY SPENT A QUIET NIGHT.",
                 "[BEGIN RECORDING] [MENDOZA] THE UNION OF FARM WORKERS [UTC] WILL MARCH.")
    cleaned = clean(text).text.lower()
    assert "perez" not in cleaned and "mendoza" not in cleaned
    assert "maracay spent" in cleaned and "[utc]" in cleaned


def test_capitals_throughout_are_recased_and_mixed_case_left_alone() -> None:
    cleaned = clean(WIRE)
    assert "armed men burned two buses" in cleaned.text
    assert "Nobody was hurt" in cleaned.text
    mixed = lines(HEADLINE, *BODY)
    assert clean(mixed).text == mixed.rstrip("\n")
