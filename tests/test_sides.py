"""The two sides of one act, their order, and how the report knows who did it."""

from eventwire import extract


def only(text, published="2024-03-10"):
    [event] = extract(text, published=published)
    return event


def test_a_group_that_claims_the_act_is_its_actor():
    event = only("A bomb destroyed a pipeline pumping station near Arauca, Colombia on Saturday. The National "
                 "Liberation Army (ELN) claimed responsibility for the bombing in a statement.")
    assert event.actor1.name == "ELN: National Liberation Army" and event.attribution == "claimed"
    claim = next(e for e in event.evidence if e.field == "attribution")
    assert claim.text == "claimed responsibility"


def test_a_claim_outranks_whom_the_army_blamed():
    event = only("Gunmen killed four soldiers at a checkpoint near Menaka, Mali on Sunday. The army blamed "
                 "the attack on JNIM, but the Islamic State in the Greater Sahara claimed responsibility for it.")
    assert event.actor1.name == "Islamic State (Sahel)" and event.attribution == "claimed"


def test_a_group_only_suspected_is_the_actor_as_suspected():
    event = only("Two teachers were shot dead in Mandera, Kenya on Tuesday. Police blamed the killings on "
                 "al-Shabaab militants.")
    assert event.actor1.name == "Al Shabaab" and event.attribution == "suspected"


def test_the_army_blaming_guerrillas_names_no_group():
    event = only("A bridge on the main road near Usulutan, El Salvador was blown up on Friday. The army "
                 "blamed guerrillas for the attack on the bridge.", published="1989-03-12")
    assert event.actor1.name == "Unidentified Armed Group (El Salvador)" and event.attribution == "suspected"


def test_a_group_denying_the_act_is_not_its_confirmed_actor():
    event = only("A market guard was shot dead in Peshawar, Pakistan on Monday. The Pakistani Taliban denied "
                 "any role in the shooting.")
    assert event.actor1.name == "Unidentified Armed Group (Pakistan)" and event.attribution == "denied"


def test_a_suspect_who_denies_is_coded_as_denying():
    event = only("A roadside bomb killed two policemen in Quetta, Pakistan on Monday. Officials blamed the "
                 "bombing on the BLA, which denied any involvement.")
    assert event.actor1.name == "BLA: Baloch Liberation Army" and event.attribution == "denied"


def test_a_denial_by_one_group_says_nothing_of_another_s_act():
    event = only("ISWAP fighters attacked a military base in Monguno, Nigeria on Sunday, killing six soldiers. "
                 "Boko Haram denied any role in the raid.")
    assert event.actor1.name == "Islamic State West Africa Province" and event.attribution == "reported"


def test_a_named_attacker_is_not_unclaimed():
    event = only("Al-Shabaab fighters attacked a base in Lower Shabelle, Somalia on Friday. No group has yet "
                 "claimed the attack.")
    assert event.attribution == "reported"


def test_the_attacker_s_own_dead_are_not_the_other_side():
    event = only("Rebels of the Arakan Army attacked a border post in Rathedaung, Myanmar on Sunday, killing "
                 "three soldiers. Two of the rebels were also killed.")
    assert event.actor1.name == "AA: Arakan Army" and event.actor2.name == "Military Forces of Myanmar"


def test_in_a_fight_no_side_began_the_state_comes_first():
    event = only("Fighting broke out between the KNDF and the army near Loikaw, Myanmar on Tuesday.")
    assert event.actor1.name == "Military Forces of Myanmar"
    assert event.actor2.name == "KNDF: Karenni Nationalities Defense Force"


def test_a_word_naming_a_group_only_at_home_names_no_group_abroad():
    india = only("Maoists ambushed a police patrol in Bijapur, India on Monday, killing two constables.")
    nepal = only("Maoist rebels ambushed a police patrol in Rolpa, Nepal on Monday, killing two constables.",
                 published="2003-05-12")
    assert india.actor1.name.startswith("CPI (Maoist)")
    assert nepal.actor1.name == "Unidentified Armed Group (Nepal)"


def test_in_a_fight_of_sides_joined_by_and_the_other_side_is_the_one_fought():
    # the dead are the first side's own men: the second side is still who they fought
    event = only("Troops and insurgents traded gunfire outside the garrison town for an hour, leaving "
                 "four troops dead.")
    assert event.sub_event_type == "Armed clash"
    assert event.actor1.name.startswith("Military Forces") and event.actor2.name.startswith("Unidentified Armed Group")


def test_the_victims_stay_the_target_when_they_are_the_other_side():
    event = only("Soldiers and rebels fought in the hills on Friday, and two rebels were killed.")
    assert event.actor1.name.startswith("Military Forces") and not event.actor2.name.startswith("Military Forces")


def test_police_and_soldiers_joined_by_and_are_one_side():
    event = only("Police and soldiers opened fire on the bandits' hideout in the forest, killing three bandits.")
    assert not event.actor2 or not event.actor2.name.startswith("Military Forces")
