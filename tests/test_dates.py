"""Time expressions resolved against the publication date, always into the past."""

from datetime import date

import pytest

from eventwire.dates import find

TUESDAY = date(2023, 5, 16)


def first(text, published=TUESDAY):
    found = find(text, published)
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked a bus on Thursday in Zamfara.", date(2023, 5, 11)),
    ("The army said on Tuesday that two soldiers died.", TUESDAY),
    ("Rebels struck late on Sunday near Beni.", date(2023, 5, 14)),
    ("A bomb went off yesterday in Mogadishu.", date(2023, 5, 15)),
    ("Police were attacked last night in Peshawar.", date(2023, 5, 15)),
    ("The raid took place the day before yesterday.", date(2023, 5, 14)),
    ("Clashes broke out on 3 May in Khartoum.", date(2023, 5, 3)),
    ("Clashes broke out on May 3, 2023 in Khartoum.", date(2023, 5, 3)),
    ("The convoy was ambushed on 2023-05-12.", date(2023, 5, 12)),
])
def test_day_precision(text, expected):
    t = first(text)
    assert (t.value, t.precision) == (expected, 1)


def test_a_date_after_publication_is_last_year():
    t = first("Militants attacked the post on 28 December.")
    assert t.value == date(2022, 12, 28)


def test_last_week_has_week_precision():
    t = first("Soldiers were killed in an ambush last week.")
    assert t.precision == 2 and t.value <= TUESDAY


def test_last_month_has_month_precision():
    assert first("Fighting last month displaced thousands.").precision == 3


def test_a_year_is_background():
    assert first("The group seized the town in 2014.").precision == 4


def test_relative_dates_without_publication_stay_empty():
    for text in ("The attack happened on Friday.", "A mine exploded yesterday.", "Clashes resumed last week."):
        assert first(text, None).value is None


def test_explicit_dates_need_no_publication():
    assert first("On 21 March 2020, rebels attacked Beni.", None).value == date(2020, 3, 21)


def test_a_duration_is_not_a_time():
    found = find("They fought troops for about two hours before they withdrew.", TUESDAY)
    assert not [t for t in found if t.kind == "hours_before"]


def test_hours_before_anchors_to_another_act():
    assert first("Hours before the blast, rockets hit the base.").kind == "hours_before"


def test_the_modal_may_is_not_a_month():
    found = find("Officials warned that militants may 5 times strike again.", TUESDAY)
    assert all(t.kind != "mdy" for t in found)


def test_day_first_numeric_dates_only_where_they_cannot_be_fractions():
    assert first("Two bombs exploded in Dhaka (20/01).").value == date(2023, 1, 20)
    assert first("The attack on 3/02/2015 killed two.").value == date(2015, 2, 3)
    assert find("A group of 7/8 people attacked him.", TUESDAY) == []


def test_an_explicit_date_restates_a_relative_one():
    found = find("Bombs exploded yesterday evening (12/05) in Dhaka.", TUESDAY)
    assert [t.kind for t in found] == ["numeric"]


@pytest.mark.parametrize("text, expected", [
    ("QUITO, 9 MAR 91 -- REBELS ATTACKED", date(1991, 3, 9)),
    ("Reported on 18 APRIL 89 (AFP) --", date(1989, 4, 18)),
    ("THE CONVOY WAS HIT ON JANUARY 3, 1990.", date(1990, 1, 3)),
    ("SHELLING RESUMED ON 28 FEBRUARY 2022 AT DAWN", date(2022, 2, 28)),
])
def test_dates_with_a_year_need_no_publication_date(text, expected):
    assert first(text, None).value == expected


def test_a_two_digit_number_followed_by_a_word_is_no_year():
    t = first("On 3 Jan 15 people were hurt.", None)
    assert t.text == "3 Jan" and t.value is None  # no year, no anchor: unknown


@pytest.mark.parametrize("text, expected", [
    ("GUNMEN STRUCK LAST NIGHT", date(2023, 5, 15)),
    ("THE ARMY SAID TODAY", TUESDAY),
    ("A BOMB EXPLODED YESTERDAY", date(2023, 5, 15)),
    ("REBELS ATTACKED ON SATURDAY", date(2023, 5, 13)),
])
def test_upper_case_relative_dates(text, expected):
    assert first(text).value == expected


def test_two_digit_years_read_in_their_century():
    from eventwire.dates import in_century
    assert in_century(88, date(2024, 1, 1)) == 1988
    assert in_century(21, date(2024, 1, 1)) == 2021


@pytest.mark.parametrize("text, expected, precision", [
    ("The post was attacked three days ago.", date(2023, 5, 13), 1),
    ("The post was attacked a few days ago.", date(2023, 5, 13), 2),
    ("The post was attacked two weeks ago.", date(2023, 5, 2), 2),
    ("The post was attacked in April.", date(2023, 4, 1), 3),
    ("The post was attacked in June.", date(2022, 6, 1), 3),
])
def test_recalled_acts_are_dated_back_from_the_report(text, expected, precision):
    t = first(text)
    assert (t.value, t.precision) == (expected, precision)


def test_a_bound_of_a_period_dates_nothing():
    assert find("Three attacks since 8 May and until a few days ago.", TUESDAY) == []


def test_a_day_a_few_days_after_publication_is_this_year():
    assert first("Traders blocked the market road on 16-17 May.").value == date(2023, 5, 17)
    assert first("The council meets on 19 May to discuss the budget.").value == date(2023, 5, 19)
    assert first("Militants attacked the post on 28 May.").value == date(2022, 5, 28)
