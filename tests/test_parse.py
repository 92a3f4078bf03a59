"""The parser is loaded once with the components the stages read; the pre-filter never drops a trigger."""

from __future__ import annotations

from eventwire import mentions, prefilter
from eventwire.parse import nlp, parse, parse_many
from eventwire.pipeline import extract_article, extract_many
from eventwire.record import Article

VIOLENT = [
    "Gunmen struck a checkpoint near Baidoa on Monday, killing three soldiers.",
    "Militants fought government troops for hours outside the town.",
    "Two men were stabbed and one was shot dead in the market.",
    "A roadside bomb went off as the convoy passed, police said.",
    "Rebels overran the base and took control of the district.",
    "Hundreds of demonstrators took to the streets of the capital on Friday.",
    "The bombings and the shelling of the villages continued overnight.",
    "Police arrested 14 people after the riots.",
    "Insurgents kidnapped five aid workers on the road to Gao.",
    "ATTACKS ON CIVILIANS RISE IN THE NORTH",
]
NEUTRAL = [
    "The central bank kept its benchmark rate unchanged as price growth slowed.",
    "Lawmakers approved the budget after a long debate that ended at midnight.",
    "Farmers in the valley welcomed the early rains and began planting maize.",
    "The new hospital wing adds forty beds and a maternity unit.",
]


def test_model_loaded_once_with_the_components_the_stages_use() -> None:
    assert nlp() is nlp()
    names = nlp().pipe_names
    for component in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        assert component in names
    assert "senter" not in nlp().component_names
    assert names.index("line_breaks_end_sentences") < names.index("parser")
    assert names.index("parser") < names.index("participle_as_verb") < names.index("attribute_ruler")


def test_a_gloss_in_brackets_does_not_cut_a_sentence() -> None:
    doc = parse("Two engineers were seized by rebels of the FPL [People's Liberation Forces] during a raid on "
                "a farm near Suchitoto. The army said so. [End recording] Police came.")
    first = next(iter(doc.sents)).text
    assert first.endswith("near Suchitoto.")
    assert nlp().pipe_names.index("brackets_inside_sentences") < nlp().pipe_names.index("parser")


def test_parse_many_matches_one_at_a_time() -> None:
    texts = VIOLENT[:3] + NEUTRAL[:1]
    batched = parse_many(texts, batch_size=2)
    for text, doc in zip(texts, batched):
        single = parse(text)
        assert [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in doc] == \
               [(t.text, t.lemma_, t.pos_, t.dep_, t.head.i) for t in single]


def test_prefilter_keeps_every_text_with_a_trigger() -> None:
    for text, doc in zip(VIOLENT + NEUTRAL, parse_many(VIOLENT + NEUTRAL)):
        if mentions.find(doc):
            assert prefilter.may_mention(text), text
    assert all(mentions.find(doc) for doc in parse_many(VIOLENT))


def test_prefilter_keeps_inflected_and_irregular_forms() -> None:
    for word in ("attacked", "attacking", "struck", "fought", "slain", "stabbed", "shelling", "IEDs",
                 "kidnappings", "bombings", "clashed", "wounded", "protesters"):
        assert prefilter.may_mention(f"Reports said {word} near the town."), word


def test_prefilter_rejects_reports_without_trigger_words() -> None:
    assert not any(prefilter.may_mention(text) for text in NEUTRAL)
    # a phrase needs all its words: "took" and "streets" apart from "to the" are not enough
    assert not prefilter.may_mention("She took a taxi. The avenues were quiet.")


def test_extract_many_equals_extract_article() -> None:
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(VIOLENT[:4] + NEUTRAL[:2])]
    many = extract_many(articles, batch_size=3)
    one = [extract_article(a) for a in articles]
    assert [[e.to_dict() for e in events] for events in many] == [[e.to_dict() for e in events] for events in one]
    assert any(many)


def test_dead_after_a_verb_of_harm_is_its_complement() -> None:
    from eventwire.parse import parse
    for text in ("A police constable shot dead a shopkeeper at a market in Embu.",
                 "An army corporal shot dead a trader near the river.",
                 "On 5 May 2023, a soldier shot dead a motorist after an argument."):
        doc = parse(text)
        shot = next(t for t in doc if t.lower_ == "shot")
        objects = [c.lower_ for c in shot.children if c.dep_ == "dobj"]
        assert objects and objects[0] in ("shopkeeper", "trader", "motorist"), text
        assert all(t.dep_ != "prep" for t in doc if t.lower_ == "dead")


def test_a_past_verb_read_as_an_adjective_is_the_verb() -> None:
    """ "Youths assaulted policemen": the verb is not lost inside one long noun phrase."""
    for text in ("On 14 March 2022, youths assaulted policemen in the town of Kericho.",
                 "On 14 March 2022, a number of youths assaulted policemen towing a lorry out of the town of Kericho."):
        doc = parse(text)
        verb = next(t for t in doc if t.lower_ == "assaulted")
        assert verb.pos_ == "VERB" and verb.lemma_ == "assault", text
        assert "policemen" in [c.lower_ for c in verb.children if c.dep_ == "dobj"], text
        assert [c for c in verb.children if c.dep_ == "nsubj"], text


def test_youths_who_assault_policemen_are_an_event() -> None:
    events = extract_article(Article(id="p", text="On 14 March 2022, youths assaulted policemen in the town of Kericho."))
    assert events  # without the repair the sentence has no verb and gives no event
