"""ACLED's taxonomy as data: six event types, 25 sub-event types, each defined, each in the README."""

from pathlib import Path

from eventwire.taxonomy import definitions, event_type_of, types

README = Path(__file__).resolve().parent.parent / "README.md"


def test_six_event_types_and_25_sub_event_types_each_with_a_definition():
    assert len(types()) == 6
    assert sum(len(subs) for subs in types().values()) == 25
    assert all(len(text.split()) >= 5 for text in definitions().values())


def test_a_sub_event_type_knows_its_event_type():
    assert event_type_of("Mob violence") == "Riots"
    assert event_type_of("Disrupted weapons use") == "Strategic developments"
    assert event_type_of("Picnic") == ""


def test_the_readme_defines_every_sub_event_type_as_the_data_does():
    text = README.read_text(encoding="utf-8")
    for sub, definition in definitions().items():
        assert f"| {event_type_of(sub)} | {sub} | {definition} |" in text
