"""A synthetic news corpus for the throughput benchmark, from templates and word lists written here.

Reports look like wire copy: a headline, a dateline lead and paragraphs of context;
a report of violence gives most of its later paragraphs to the act (witnesses,
the toll, reactions, arrests, funerals), as wire copy does.
The mix follows a general news feed: most reports are about politics, the economy,
health, sport or the weather and report no violence; many report one act of
violence and some report two. Lengths vary around 500 words. The same seed always
gives the same corpus.

    python bench/corpus.py --n 2000 --out corpus.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta

PLACES = [  # (town, region, country)
    ("Dibis", "Kirkuk", "Iraq"), ("Tuz Khurmatu", "Salahuddin", "Iraq"), ("Baquba", "Diyala", "Iraq"),
    ("Maiduguri", "Borno", "Nigeria"), ("Damboa", "Borno", "Nigeria"), ("Gwoza", "Borno", "Nigeria"),
    ("Baidoa", "Bay", "Somalia"), ("Afgoye", "Lower Shabelle", "Somalia"), ("Beledweyne", "Hiran", "Somalia"),
    ("Kunduz", "Kunduz", "Afghanistan"), ("Ghazni", "Ghazni", "Afghanistan"), ("Jalalabad", "Nangarhar", "Afghanistan"),
    ("Quetta", "Balochistan", "Pakistan"), ("Bannu", "Khyber Pakhtunkhwa", "Pakistan"),
    ("Gao", "Gao", "Mali"), ("Mopti", "Mopti", "Mali"), ("Djibo", "Sahel", "Burkina Faso"),
    ("Idlib", "Idlib", "Syria"), ("Deir ez-Zor", "Deir ez-Zor", "Syria"), ("Taiz", "Taiz", "Yemen"),
    ("Goma", "North Kivu", "DR Congo"), ("Beni", "North Kivu", "DR Congo"), ("Cauca", "Cauca", "Colombia"),
    ("Culiacan", "Sinaloa", "Mexico"), ("Imphal", "Manipur", "India"), ("Marawi", "Lanao del Sur", "Philippines"),
]
ATTACKERS = {
    "Iraq": ["Islamic State militants", "ISIS fighters", "suspected IS gunmen"],
    "Syria": ["Islamic State militants", "government forces", "Turkish-backed fighters"],
    "Nigeria": ["Boko Haram insurgents", "ISWAP fighters", "bandits", "gunmen"],
    "Somalia": ["al-Shabaab militants", "al-Shabaab fighters"],
    "Afghanistan": ["Taliban fighters", "Islamic State Khorasan militants", "unknown gunmen"],
    "Pakistan": ["Tehreek-e-Taliban militants", "separatist rebels", "unidentified gunmen"],
    "Mali": ["JNIM militants", "jihadist fighters", "armed men on motorbikes"],
    "Burkina Faso": ["jihadist fighters", "suspected JNIM militants"],
    "Yemen": ["Houthi rebels", "al-Qaeda militants"],
    "DR Congo": ["ADF rebels", "M23 rebels", "CODECO militiamen"],
    "Colombia": ["ELN guerrillas", "FARC dissidents"],
    "Mexico": ["cartel gunmen", "armed men"],
    "India": ["armed miscreants", "suspected insurgents"],
    "Philippines": ["Abu Sayyaf militants", "NPA rebels"],
}
TARGETS = ["soldiers", "police officers", "villagers", "civilians", "a military convoy", "an army checkpoint",
           "a police station", "worshippers at a mosque", "a market", "farmers", "a bus carrying passengers",
           "Peshmerga forces", "members of a local militia", "a government office"]
WEAPONS = ["with rifles", "with rocket-propelled grenades", "using a roadside bomb", "with mortars",
           "using a car bomb", "with machetes", "with a drone", "with heavy machine guns"]
VERBS_ATTACK = ["attacked", "ambushed", "raided", "stormed", "opened fire on", "launched an assault on"]
NUMBERS = ["two", "three", "four", "five", "six", "seven", "eight", "10", "12", "15", "at least three",
           "at least seven", "more than 20", "dozens of", "several"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SOURCES = ["a local police official said", "a military spokesman told reporters", "residents said",
           "according to a hospital source", "the provincial governor said in a statement",
           "a security source who asked not to be named said"]
OUTLETS = ["Daily Ledger", "Wire Service", "Regional Herald", "Morning Courier", "Evening Gazette"]

TOPICS = {
    "economy": {
        "heads": ["Central bank holds rates as inflation eases", "Exports rise for third month",
                  "Currency steadies after budget announcement", "Fuel prices climb ahead of holiday"],
        "lines": [
            "The central bank kept its benchmark rate at {pct} percent, citing slower price growth.",
            "Analysts had expected the decision, though {n} of the committee members favoured a cut.",
            "Exports of {good} rose {pct} percent compared with the same month last year.",
            "The finance ministry said revenue from {good} covered most of the budget shortfall.",
            "Traders in the capital reported brisk sales of {good} despite higher prices.",
            "The government aims to bring inflation below {pct} percent by the end of next year.",
            "Economists warned that the [rally|rise|increase] in commodity prices may not last beyond the spring.",
            "The statistics office will publish revised growth figures on {weekday}.",
            "Small businesses complained that loans remain expensive and hard to obtain.",
            "A delegation from the monetary fund is expected to visit the capital in [March|the spring|the coming weeks].",
            "Officials said the new port would double the country's capacity to ship {good}.",
            "Shares in the largest lender gained {pct} percent in afternoon trading.",
        ],
    },
    "politics": {
        "heads": ["Parliament passes electoral reform bill", "Opposition names new leader",
                  "Cabinet reshuffle brings in young ministers", "Talks on coalition enter second week"],
        "lines": [
            "Lawmakers approved the bill by {n} votes after a debate that lasted into the night.",
            "The opposition leader said the reform would give voters in {region} a stronger voice.",
            "The president is expected to sign the law before the end of the month.",
            "Coalition partners met on {weekday} to discuss the allocation of ministries.",
            "The electoral commission said registration would open to new voters next week.",
            "Observers from neighbouring countries welcomed the agreement as a step forward.",
            "The new minister of education promised to hire {n} hundred teachers in rural areas.",
            "Party officials in {region} said turnout at local meetings had been higher than expected.",
            "The speaker of parliament adjourned the session until {weekday}.",
            "A spokesperson for the ruling party declined to comment on the negotiations.",
            "The prime minister will travel abroad for a regional summit on trade and water.",
            "Critics said the timetable left too little time to print ballots and train staff.",
        ],
    },
    "health": {
        "heads": ["Vaccination campaign reaches remote districts", "New hospital wing opens",
                  "Cholera cases fall after clean water drive", "Nurses win pay rise"],
        "lines": [
            "Health workers vaccinated {n} thousand children in {region} over the past fortnight.",
            "The ministry of health said cases had fallen by {pct} percent since the start of the campaign.",
            "The new wing adds {n} beds and a maternity unit to the regional hospital.",
            "Doctors urged families to boil drinking water and wash their hands often.",
            "The World Health Organization praised the speed of the response.",
            "Clinics in {town} reported shortages of some medicines during the rainy season.",
            "Nurses had threatened to stop work unless their salaries were raised.",
            "A mobile clinic will visit villages along the river every {weekday}.",
            "Officials said more than {n} hundred volunteers had been trained to trace contacts.",
            "The programme is funded by donors and the national budget in equal parts.",
        ],
    },
    "sport": {
        "heads": ["National side wins qualifier in extra time", "Marathon draws record field",
                  "Local club signs forward from abroad", "Champions edge rivals to stay top"],
        "lines": [
            "The home side scored twice in the second half to win {n}-1 in front of a full stadium.",
            "The coach praised his defenders and said the team would [target|aim for|chase] the title this season.",
            "More than {n} thousand runners took part in the marathon through [the streets|the centre] of {town}.",
            "The winner finished in just over two hours and eleven minutes.",
            "The club confirmed that its new [striker|forward|midfielder] had signed a three-year contract.",
            "Fans celebrated late into the night after the final whistle.",
            "The captain said the squad had trained hard during the break.",
            "Tickets for the next home game against the league leaders sold out within hours.",
            "The league will announce the fixtures for the second round on {weekday}.",
            "The goalkeeper made {n} saves and was named player of the match.",
        ],
    },
    "weather": {
        "heads": ["Heavy rains expected this week", "Heatwave grips the north",
                  "Farmers welcome early rains", "Dust closes airport"],
        "lines": [
            "Forecasters said rainfall in {region} could reach {n}0 millimetres by {weekday}.",
            "Temperatures climbed above {n}5 degrees in several towns of the north.",
            "Farmers in {region} said the early rains would help them plant maize and sorghum.",
            "The meteorological agency advised residents near rivers to stay alert.",
            "Flights were delayed for several hours after [a dust storm|thick dust|low cloud] reduced visibility.",
            "Schools in {town} shortened the school day because of the heat.",
            "The ministry of agriculture distributed seeds to {n} thousand households.",
            "Road crews cleared mud and fallen trees from the highway to {town}.",
        ],
    },
}
GOODS = ["cotton", "oil", "sesame", "cocoa", "livestock", "gold", "coffee", "cement"]
CONTEXT = [
    "The area has seen repeated violence over the past year, and residents say they feel abandoned.",
    "Security forces have stepped up patrols along the main road since the start of the year.",
    "Humanitarian groups say thousands of people have fled their homes in the region.",
    "The government has promised to send reinforcements and rebuild damaged infrastructure.",
    "Local leaders called for calm and urged young people not to take revenge.",
    "The region borders areas where several armed groups compete for control of trade routes.",
    "Aid workers said access to the district remained difficult because of poor roads.",
    "Markets in the town reopened on {weekday}, but many shops stayed closed.",
    "Officials did not say how many people remained in hospital.",
    "The United Nations mission condemned the violence and called for an investigation.",
]
AFTERMATH = [  # what wire copy says about an act after its lead: every line names it or its toll
    "Witnesses said the attackers arrived before dawn and fired at homes and shops for nearly an hour.",
    "A doctor at the main hospital in {town} said {n} of the wounded were in a critical condition "
    "and the death toll could rise.",
    "The governor of {region} condemned the attack and ordered an inquiry into the security lapse.",
    "Residents said they heard explosions and gunfire until late in the evening.",
    "Troops were sent to the area after the attack and a curfew was imposed overnight.",
    "Relatives gathered outside the morgue on {weekday} to identify the dead.",
    "The interior ministry said the wounded included {n} children and an elderly man.",
    "A survivor told reporters that the gunmen shot at anyone who tried to run.",
    "Police said they had arrested {n} suspects in connection with the killings.",
    "Hundreds of mourners attended the funerals of the victims on {weekday}.",
    "The attack was the deadliest in {region} since the start of the year, officials said.",
    "Local officials said the assailants set fire to several houses before withdrawing.",
]
AFTERMATH_SHARE = 0.7  # of a violence report's paragraphs after the lead


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


AMBIGUOUS = 0.12  # chance that a "[word|other|...]" slot takes its first word, one that is also a trigger
_CHOICE = re.compile(r"\[([^\]]+)\]")


def _fill(rng: random.Random, line: str, town: str, region: str) -> str:
    """A template sentence with its slots filled; "[a|b|c]" picks ``a`` rarely, else ``b`` or ``c``."""
    def pick(m: re.Match[str]) -> str:
        first, *rest = m.group(1).split("|")
        return first if rng.random() < AMBIGUOUS else rng.choice(rest)
    line = _CHOICE.sub(pick, line)
    return line.format(pct=rng.choice(["2.5", "4", "6.8", "11", "17"]), n=rng.randint(2, 9),
                       good=rng.choice(GOODS), weekday=rng.choice(WEEKDAYS), region=region, town=town)


def _event_paragraph(rng: random.Random, town: str, region: str, country: str, lead: bool) -> str:
    attacker = rng.choice(ATTACKERS[country])
    target = rng.choice(TARGETS)
    day = rng.choice(WEEKDAYS)
    killed = rng.choice(NUMBERS)
    wounded = rng.choice(NUMBERS)
    source = rng.choice(SOURCES)
    sents = [
        f"{_cap(attacker)} {rng.choice(VERBS_ATTACK)} {target} near {town} in {region} province "
        f"on {day} {rng.choice(WEAPONS)}, killing {killed} people, {source}.",
        f"{_cap(wounded)} others were wounded and taken to a hospital in {town}.",
    ]
    if rng.random() < 0.5:
        sents.append(rng.choice([
            f"No group has claimed responsibility, but officials blamed {attacker}.",
            f"{_cap(attacker)} claimed responsibility for the attack in a statement on {rng.choice(WEEKDAYS)}.",
            "The attackers fled before reinforcements arrived.",
        ]))
    if not lead and rng.random() < 0.5:
        sents.insert(0, f"In a separate incident, {rng.choice(NUMBERS)} people were killed when a "
                        f"{rng.choice(['roadside bomb', 'mortar shell', 'landmine'])} exploded in {town}.")
    return " ".join(sents)


def report(rng: random.Random, n_events: int, published: date) -> dict:
    """One synthetic report with ``n_events`` acts of violence (0, 1 or 2)."""
    town, region, country = rng.choice(PLACES)
    target_words = int(rng.triangular(150, 950, 480))
    if n_events:
        title = f"{rng.choice(['Attack', 'Ambush', 'Violence', 'Gunmen'])} near {town} leaves dead"
        paras = [f"{town.upper()}, {country} - " + _event_paragraph(rng, town, region, country, True)]
        if n_events > 1:
            town2, region2, _ = rng.choice([p for p in PLACES if p[2] == country] or [(town, region, country)])
            paras.append(_event_paragraph(rng, town2, region2, country, False))
        aftermath = [_fill(rng, line, town, region) for line in AFTERMATH]
        filler = [_fill(rng, line, town, region) for line in CONTEXT]
        topic_lines = TOPICS[rng.choice(["politics", "economy", "health"])]["lines"]
        filler += [_fill(rng, line, town, region) for line in topic_lines]
    else:
        aftermath = []
        topic = TOPICS[rng.choice(list(TOPICS))]
        title = rng.choice(topic["heads"])
        filler = [_fill(rng, line, town, region) for line in topic["lines"]]
        filler += [_fill(rng, line, town, region) for line in rng.choice(list(TOPICS.values()))["lines"]]
        paras = [f"{town.upper()}, {country} - " + _fill(rng, rng.choice(topic["lines"]), town, region)]
    words = sum(len(p.split()) for p in paras)
    pool: list[str] = []
    rng.shuffle(aftermath)
    while words < target_words:
        if aftermath and rng.random() < AFTERMATH_SHARE:
            para = " ".join(aftermath.pop() for _ in range(min(len(aftermath), rng.randint(1, 3))))
            paras.append(para)
            words += len(para.split())
            continue
        if len(pool) < 4:  # each sentence once, then again in a new order
            pool += rng.sample(filler, k=len(filler))
        para = " ".join(pool.pop() for _ in range(rng.randint(2, 4)))
        paras.append(para)
        words += len(para.split())
    return {"title": title, "text": title + "\n\n" + "\n\n".join(paras),
            "published": published.isoformat(), "outlet": rng.choice(OUTLETS)}


def corpus(n: int, seed: int = 7, share_none: float = 0.6, share_two: float = 0.12) -> Iterator[dict]:
    """``n`` reports: ``share_none`` report no violence, ``share_two`` report two acts, the rest one."""
    rng = random.Random(seed)
    start = date(2021, 1, 1)
    for i in range(n):
        r = rng.random()
        n_events = 0 if r < share_none else 2 if r < share_none + share_two else 1
        item = report(rng, n_events, start + timedelta(days=rng.randint(0, 700)))
        item["id"] = f"synthetic-{seed}-{i:06d}"
        item["url"] = f"https://news.example.org/{item['id']}"
        item["n_events"] = n_events
        yield item


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="-")
    args = ap.parse_args()
    lines = (json.dumps(item, ensure_ascii=False) + "\n" for item in corpus(args.n, args.seed))
    if args.out == "-":
        for line in lines:
            print(line, end="")
    else:
        with open(args.out, "w", encoding="utf-8") as f:
            f.writelines(lines)


if __name__ == "__main__":
    main()
