"""Victims named together: beside the verb's own ("along with"), and in semicolon lists."""

import pytest

from eventwire.parse import nlp
from eventwire.victim_lists import companions, list_items


def _token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, verb, named", [
    ("The envoy was killed along with three of his aides.", "killed", ["three"]),
    ("A clerk was shot dead together with her sister.", "shot", ["sister"]),
    ("The clerk was killed with a knife.", "killed", []),
])
def test_companions_are_the_people_joined_to_the_verb(text, verb, named):
    doc = nlp()(text)
    assert [t.text for t in companions(_token(doc, verb))] == named


def test_a_semicolon_list_gives_one_item_a_person_and_stops_at_a_clause():
    doc = nlp()("The shell killed a cook, 51; his niece, 9; and a guard, Omar Sy; police said more died.")
    items = list_items(_token(doc, "cook"), _token(doc, "killed"))
    assert [t.text for t in items] == ["cook", "niece", "guard"]
