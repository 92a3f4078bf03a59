"""Spot the proper-noun runs of a parsed report that name a known place.

A run the model tags as a person or organisation still counts when the words
around it say it is a place ("Dibis town", "in Erbil"), or, but for persons, when
it names a town or unit ("Karachi policemen"); names that contain names ("Jammu and
Kashmir", "Cox's Bazar", "Lower Dir") are spotted whole.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from eventwire.countries import countries_in

from .candidates import BIG_PLACE, TOWN, Lookup
from .scene import SHORT_ALIAS
from .model import ADMIN1, ADMIN2, AREA, CITY, COUNTRY
from .names import norm_key, rules
from .words import (belonging_words, force_words, generic_words, institution_words, is_common_word, people_words,
                    place_object_verbs, route_words, settlement_words, title_words, unit_prefix_words)

SPOT_MAX_WORDS = 4
NOT_PLACE_ENTS = {"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY",
                  "PERCENT", "QUANTITY", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"}
_NAMING_NOUNS = {"capital", "town", "city", "village", "hometown", "township"}  # nouns a place's name follows
ALIAS_WORDS = {"alias", "aka", "a.k.a.", "nicknamed", "dubbed"}  # words before another name of a person
UNIT_PREPS = {"under", "within"}  # words before a district or province a place lies in
PLACE_ONLY_PREPS = {"in", "near", "at", "outside", "inside", "around", "along", "across", "through"}  # seldom before a person
PERSON_PREPS = {"of", "to", "from"}  # prepositions as often before a person as before a place
LOCATIVE_PREPS = {"in", "near", "at", "outside", "of", "around", "from", "into", "to", "towards", "toward",
                  "between", "along", "across", "inside", "through", "via"}


def _proper(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()


class Spotter:
    """Spotting over one store's lookups."""

    def __init__(self, names: Lookup) -> None:
        self.lookup = names.lookup

    def spot(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of proper-noun runs that name a place.

        A run the model tags as a person or organisation still counts when the
        words around it say it is a place ("Dibis town", "in Erbil"), or, but
        for persons, when it names a town or unit ("Karachi policemen"); a run
        with a kind word after it counts even when the gazetteer lacks it, so
        that resolution can fall back to the unit around it.
        """
        ents = doc.ents  # built anew on each reading
        other = {i for e in ents if e.label_ in NOT_PLACE_ENTS for i in range(e.start, e.end)}
        person = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
        # A surname the report gave a person in full before stays the person's ("Alfredo Cristiani
        # ... according to Cristiani"), unless a preposition of place comes before it.
        full_names = [e for e in ents if e.label_ == "PERSON" and sum(t.is_alpha for t in e) >= 2]
        person_words = {e[-1].lower_: e.start for e in full_names} | titled_surnames(doc)
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(doc):
            tok = doc[i]
            if not _proper(tok):
                if not tok.text[:1].isupper():  # neither check below takes a word not capitalised
                    i += 1
                    continue
                if _capitalised_after_preposition(doc, i):  # "In Rusape," parsed as a noun
                    # a unit word after it says it is a place, however spelt ("Sindhanur taluk")
                    spans.extend(self._known_in(doc, i, i + 1, sounds_alike=_before_unit_word(doc, i)))
                end = self._direction_name(doc, i)
                if end is not None:  # "Lower Dir", "Dire Dawa": the parser reads the first word as an adjective
                    spans.append((doc[i].idx, doc[end - 1].idx + len(doc[end - 1])))
                    i = end
                    continue
                i += 1
                continue
            j = _run_end(doc, i, i)
            joined = self._joined_by_and(doc, i, j) or self._joined_by_possessive(doc, i, j) \
                or self._joined_by_connector(doc, i, j)
            if joined is not None:  # "Jammu and Kashmir", "Cox's Bazar", "Norte de Santander": one place
                spans.append((doc[i].idx, doc[joined - 1].idx + len(doc[joined - 1])))
                i = joined
                continue
            if names_people(doc, j, i) or all(doc[k].lower_.rstrip(".") in title_words() for k in range(i, j)):
                i = j  # "the Haddad family", "Abu Ali's house", "the Rector": people, not a place
                continue
            if j + 1 < len(doc) and _hyphen_inside(doc, j) and doc[j + 1].is_lower:
                # "Bor-ngor" the gazetteer lacks: its first half is a place only if one of note
                spans.extend(self._known_in(doc, i, j, big_only=True))
                i = j
                continue
            if j == i + 1 and j + 1 < len(doc) and _hyphen_inside(doc, j) and _proper(doc[j + 1]) \
                    and _run_end(doc, j + 1, j + 1) == j + 2:
                # "Kafr-Nabl", "Aniet-Ngong": one name, whose second half is no place but as a
                # unit or a big town; "the Kano-Maiduguri highway": two places, read as any others
                k = j + 2
                if not (k < len(doc) and doc[k].lower_ in route_words()):
                    if self._spottable(doc[i:k].text):
                        spans.append((doc[i].idx, doc[k - 1].idx + len(doc[k - 1])))
                    else:
                        spans.extend(self._known_in(doc, i, j))
                        spans.extend((s, e) for s, e in self._known_in(doc, j + 1, k) if self._region(doc.text[s:e]))
                    i = k
                    continue
            if doc[j - 1].lower_ in force_words() or j < len(doc) and doc[j].lower_ in force_words():
                # "Sindh Rangers" says the province; "Frontier Corps" no place at all
                spans.extend(self._known_in(doc, i, j, province_only=True))
                i = j
                continue
            kind_after = j < len(doc) and (doc[j].lower_ in settlement_words() or _unit_words_after(doc, j))
            locative = _locative(doc, i, person)
            if locative and j == i + 1 and person_words.get(doc[i].lower_, i) < i - 1 \
                    and doc[i - 1].lower_ in PERSON_PREPS:
                locative = False  # "according to Cristiani", "the home of Merino"
            tagged_other = any(k in other for k in range(i, j))
            titled = i
            while titled < j - 1 and doc[titled].lower_.rstrip(".") in title_words():
                titled += 1
            if not locative and not kind_after and all(doc[k].lower_ in person_words for k in range(titled, j)):
                i = j  # "Rodriguez Porth's car" after "Minister Jose Antonio Rodriguez Porth": the person
                continue
            if kind_after and not doc[i:j].text.lower() in generic_words():
                spans.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1])))
            elif not tagged_other or locative:
                spans.extend(self._known_in(doc, i, j, sounds_alike=locative))
            elif titled == i and (_place_object(doc, i, j) or _place_noun_object(doc, i, j)):
                # "jets pounded Dattakhel", "troops stormed X": what the verb does is done to a
                # place; "in the PTI intersection Khulna": the last word after "in" is the place
                spans.extend(self._known_in(doc, i, j))
            elif _unit_worded(doc, i, j) and any(c.place.kind in (ADMIN1, ADMIN2) and not c.phonetic
                                                 for c in self.lookup(doc[i:j].text)):
                # "Killa Abdullah District": a person has no unit word in his name
                spans.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1])))
            elif _after_place(doc, i) or i > 0 and doc[i - 1].lower_ in UNIT_PREPS:
                # "in Badan, Bajaur", "in X tehsil Mardan", "upazila under Khagrachhari", even if
                # tagged a person
                spans.extend(self._known_in(doc, i, j, units_only=True))
            elif j - i >= 2 and titled == i and self._unit_by_own_name(doc[i:j].text):
                # a run of two words or more the model took for a person that is a province or
                # district by its own name whole ("shelled a rebel base Toba Tek Singh")
                spans.append((doc[i].idx, doc[j - 1].idx + len(doc[j - 1])))
            elif not any(k in person for k in range(i, j)):
                # an organisation's name carries a town of note ("Karachi Press Club" reporters),
                # an institution's any town it stands in ("Tangail Model Police Station")
                spans.extend(self._known_in(doc, i, j, big_only=doc[j - 1].lower_ not in institution_words()))
            i = j
        return spans

    def _direction_name(self, doc: Doc, i: int) -> int | None:
        """The end of a name the gazetteer knows whole that starts with a capitalised word the
        parser does not take for a name ("Lower Dir", "Upper Nile", "Dire Dawa"), which would
        otherwise be spotted without it."""
        if not (doc[i].text[:1].isupper() and doc[i].is_alpha and i + 1 < len(doc) and _proper(doc[i + 1])
                and (doc[i].lower_ in rules().directions or not doc[i].is_sent_start)):
            return None
        j = _run_end(doc, i + 1, i)
        for end in range(j, i + 1, -1):
            if any(c.main and not c.phonetic and c.place.kind in (CITY, AREA, ADMIN1, ADMIN2)
                   for c in self.lookup(doc[i:end].text)):
                return end
        return None

    def _joined_by_and(self, doc: Doc, i: int, j: int) -> int | None:
        """The end of "A and B" (or "A & B") from token ``i`` when the whole names a
        province or country the parts alone do not."""
        if j + 1 >= len(doc) or doc[j].lower_ not in ("and", "&") or not _proper(doc[j + 1]):
            return None
        k = _run_end(doc, j + 1, j + 1)
        for end in range(k, j + 1, -1):
            name = doc[i:end].text.replace("&", "and")
            if any(c.place.kind in (ADMIN1, COUNTRY) and c.main and not c.phonetic
                   for c in self.lookup(name)):
                return end
        return None

    def _joined_by_possessive(self, doc: Doc, i: int, j: int) -> int | None:
        """The end of a name with a possessive inside ("Cox's Bazar") the gazetteer knows whole."""
        if j + 1 >= len(doc) or doc[j].lower_ not in ("'s", "’s") or not _proper(doc[j + 1]):
            return None
        k = _run_end(doc, j + 1, i)
        name = doc[i:k].text
        if any(c.main and not c.phonetic for c in self.lookup(name)):
            return k
        return None

    def _joined_by_connector(self, doc: Doc, i: int, j: int) -> int | None:
        """The end of a name with a lowercase word or a hyphen inside ("Norte de Santander",
        "Medjez el Bab", "KwaZulu-Natal") the gazetteer knows whole; two names joined by a
        hyphen stay two ("the Kyaukme-Hsipaw road")."""
        if j + 1 < len(doc) and _hyphen_inside(doc, j):
            k = max(_run_end(doc, j + 1, j + 1), j + 2)
            for end in range(k, j + 1, -1):
                if any(c.main and not c.phonetic for c in self.lookup(doc[i:end].text)):
                    return end
        first = doc[j].text if j < len(doc) else None  # most runs are followed by no connector at all
        for words in rules().connectors:
            n = len(words)
            if words[0] == first and j + n < len(doc) and tuple(t.text for t in doc[j:j + n]) == words \
                    and _proper(doc[j + n]):
                k = _run_end(doc, j + n, j + n)
                for end in range(k, j + n, -1):
                    if any(c.main and not c.phonetic for c in self.lookup(doc[i:end].text)):
                        return end
        return None

    def _known_in(self, doc: Doc, i: int, j: int, big_only: bool = False,
                  sounds_alike: bool = False, province_only: bool = False,
                  units_only: bool = False) -> Iterable[tuple[int, int]]:
        """Longest known names inside the token run ``doc[i:j]``, left to right; after "in",
        a name the store only knows by sound counts too ("in Tanghdar", "of Ambedkarnagar")."""
        k = i
        while k < j:
            for end in range(j, k, -1):
                span = doc[k:end]
                if end - k == 1 and end - k < j - i and is_common_word(norm_key(span.text)):
                    continue  # "Centre" of "the Ouagadougou Centre": an everyday word inside a name
                if span.text.lower() not in generic_words() and not _country_word(span.text) and (
                        self._is_province(span.text) if province_only
                        else self._is_unit(span.text) if units_only
                        else self._spottable(span.text, big_only, sounds_alike)) \
                        and (not _in_person_name(doc, k, end, i, j) or _after_unit_word(doc, k)) \
                        and (not self._inside_other_name(doc, i, j, k, end)
                             or self._of_note(span.text, small_districts=k > i or end == j)):
                    # "tambon Juab", "Tehsil Kulachi": the unit word says the country, kept with the name
                    yield doc[k - 1].idx if _after_unit_word(doc, k) else span.start_char, span.end_char
                    k = end
                    break
            else:
                k += 1

    def _inside_other_name(self, doc: Doc, i: int, j: int, k: int, end: int) -> bool:
        """Whether ``doc[k:end]`` is a part of the longer name ``doc[i:j]`` the gazetteer does
        not know ("Plains" of "Afram Plains South", "Natal" of "KwaZulu-Natal", "Rana" of
        "Rana Deray"): a small place of that name is then not what the text names. A part
        beside kind words ("Tirah Valley") or beside another known unit ("Ramnagar Jessore"),
        or heading an institution's name, is a name of its own."""
        rest = [t for t in doc[i:j] if not (k <= t.i < end) and t.is_alpha]
        if not rest or all(t.lower_ in settlement_words() for t in rest):
            return False
        if k > i and _after_unit_word(doc, k):
            return False  # "Kot Sultan Tehsil Kulachi": the unit word before a name says it is one
        if k == i and doc[j - 1].lower_ in institution_words():
            return False  # "Sirte University", "Tangail Model Police Station": the town it stands in
        if k == i and doc[j - 1].lower_ in route_words() and not (i > 1 and _hyphen_inside(doc, i - 1)):
            return False  # "on Kohat Road": the town the road is named for, not the far end of "X-Y Highway"
        return not (k > i and self._region(doc[i:k].text) or end < j and self._region(doc[end:j].text))

    def _of_note(self, name: str, small_districts: bool = True) -> bool:
        """A province, district or town of note by its own name or a longer other one: what
        an institution's name may carry ("Tangail Model Police Station", "the Derna Shura
        Council"); a short other name ("Sena" of the "Shiv Sena") is anyone's. The first word
        of a longer name ("Rab" of "Rab Dhuure", "Bab" of a "Bab X" gate or market) names a
        district only if a populous one, a town only if a big one."""
        long_alias = len(norm_key(name).replace(" ", "")) >= SHORT_ALIAS
        town = TOWN if small_districts else BIG_PLACE
        return any(not c.phonetic and (c.main or long_alias) and (
            c.place.kind == ADMIN1 or c.place.kind == ADMIN2 and (small_districts or c.place.population >= TOWN)
            or c.place.kind == CITY and c.place.population >= town)
            for c in self.lookup(name))

    def _region(self, name: str) -> bool:
        """A province, district or city by its own name: what a village's name may stand
        beside ("Ramnagar Jessore")."""
        return any(c.main and not c.phonetic and (
            c.place.kind in (ADMIN1, ADMIN2) or c.place.kind == CITY and c.place.population >= BIG_PLACE)
            for c in self.lookup(name))

    def _spottable(self, name: str, big_only: bool = False, sounds_alike: bool = False) -> bool:
        return any(c.place.kind in (CITY, AREA, ADMIN1, ADMIN2) and (sounds_alike or not c.phonetic)
                   and (not big_only or c.place.population >= TOWN or c.place.kind in (ADMIN1, ADMIN2))
                   for c in self.lookup(name))

    def _unit_by_own_name(self, name: str) -> bool:
        """A province or district that bears ``name`` as its own name, spelt as written."""
        return any(c.main and not c.phonetic and c.place.kind in (ADMIN1, ADMIN2) for c in self.lookup(name))

    def _is_province(self, name: str) -> bool:
        return any(c.place.kind == ADMIN1 and not c.phonetic for c in self.lookup(name))

    def _is_unit(self, name: str) -> bool:
        """A province, district or town of note by its own name: what may follow "X," as X's
        surroundings ("Wentworth, Durban")."""
        return any(c.main and not c.phonetic and (
            c.place.kind in (ADMIN1, ADMIN2) or c.place.kind == CITY and c.place.population >= TOWN)
            for c in self.lookup(name))

    def places_in_name(self, text: str) -> list[str]:
        """Cities and provinces an outlet's name carries ("Dhaka Tribune", "Kurdistan 24"):
        its home region, a weak hint. Country names and nationality words are left out
        ("Agence France Presse", "Somali Memo": the country is the outlet's home, not a
        region of it), and so are towns too small to be an outlet's home ("My Republica")."""
        words = [w.strip("()[],;:") for w in text.replace("-", " ").split()]
        words = [w for w in words if w[:1].isupper()]
        found: list[str] = []
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                name = " ".join(words[i:i + n])
                if is_common_word(norm_key(name)) or countries_in(name) or norm_key(name) in rules().directions \
                        or norm_key(name) in rules().direction_synonyms:  # "Sud Quotidien"
                    continue
                cands = [c for c in self.lookup(name) if not c.phonetic]
                # a town's own name: "Xinhua" is also another name of some town, but an outlet
                # named after its home calls it by its usual name
                if cands and not any(c.place.kind == COUNTRY for c in cands) and any(
                        c.main and (c.place.kind == ADMIN1 or c.place.population >= BIG_PLACE) for c in cands):
                    if not any(name in f for f in found):
                        found.append(name)
        return found


def titled_surnames(doc: Doc) -> dict[str, int]:
    """The words of each name written after a title or office ("Colonel Alexander Mendez",
    "Presidency Minister Jose Rodriguez Porth"), with where the name starts: a person's,
    whatever the model tags it."""
    found: dict[str, int] = {}
    titles = title_words()
    for i, tok in enumerate(doc):
        if tok.lower_.rstrip(".") not in titles or i + 1 >= len(doc) or not _proper(doc[i + 1]):
            continue
        j = _run_end(doc, i + 1, i + 1)
        while j > i + 1 and doc[j - 1].lower_.rstrip(".") in titles:
            j -= 1
        for k in range(i + 1, j):
            if doc[k].is_alpha:
                found.setdefault(doc[k].lower_, i + 1)
    return found


def _capitalised_after_preposition(doc: Doc, i: int) -> bool:
    """A capitalised word the parser took for a common one after a preposition ("In Rusape,"),
    after a place's possessive ("Kashmir's Shopian area") or before a unit word ("Trenz
    village, Shopian district"), even at the head of a sentence."""
    tok = doc[i]
    if not (tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("NOUN", "ADJ", "VERB")):
        return False
    if i == 0 or tok.is_sent_start:
        # a sentence's first word is capitalised anyway: only the unit word after it says
        # it is a name ("Hamren subdivision of ... was raided")
        return _before_unit_word(doc, i)
    return doc[i - 1].lower_ in LOCATIVE_PREPS or i > 1 and doc[i - 1].lower_ in ("'s", "’s") and _proper(doc[i - 2]) \
        or _before_unit_word(doc, i)


def _before_unit_word(doc: Doc, i: int) -> bool:
    """Whether a unit word alone follows token ``i`` ("X taluk,", not "X province police")."""
    return i + 1 < len(doc) and rules().suffixes.get((doc[i + 1].lower_,)) in ("district", "province", "area") \
        and (i + 2 == len(doc) or doc[i + 2].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"))


def _locative(doc: Doc, i: int, person: set[int]) -> bool:
    """Whether the words before token ``i`` put a place there: "in X", "in lower X", and,
    but for persons, the second of "in X, Y"."""
    if i > 0 and doc[i - 1].lower_ in LOCATIVE_PREPS:
        return True
    if i > 0 and doc[i - 1].lower_ in _NAMING_NOUNS:  # "the regional capital Laukkai", "the town Ilam"
        return True
    if _after_unit_word(doc, i):  # "of tehsil Jamrud", "tambon Rueso"
        return True
    if i > 1 and doc[i - 1].lower_ in rules().directions and doc[i - 2].lower_ in LOCATIVE_PREPS:
        return True
    return (i > 1 and doc[i - 1].text == "," and _proper(doc[i - 2]) and i not in person
            and _locative(doc, _run_start(doc, i - 2), person))


def _unit_words_after(doc: Doc, j: int) -> bool:
    """Whether a unit word of several tokens follows token ``j`` ("sub-division", "sub
    district"): the name before it is a unit's, as before a one-word unit word."""
    for n in (3, 2):
        words = tuple(t.lower_ for t in doc[j:j + n] if t.text != "-")
        if j + n <= len(doc) and len(words) > 1 and rules().suffixes.get(words) == "district":
            return True
    return False


def _place_object(doc: Doc, i: int, j: int) -> bool:
    """Whether the run ``doc[i:j]`` is the direct object of a verb done to places."""
    return any(doc[k].dep_ == "dobj" and doc[k].head.lemma_.lower() in place_object_verbs() for k in range(i, j))


def _place_noun_object(doc: Doc, i: int, j: int) -> bool:
    """Whether the run ``doc[i:j]`` ends a noun phrase a preposition of place governs, with
    words in between ("in the PTI intersection Khulna") or beside it ("in the bus stand area X")."""
    last = doc[j - 1]
    if last.dep_ == "appos" and last.head.dep_ == "pobj" and last.head.i < i:
        last = last.head  # "in the bus stand area Khulna": the name beside the noun after "in"
    return last.dep_ == "pobj" and last.head.lower_ in PLACE_ONLY_PREPS and last.head.i < i - 1


def _after_place(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a place the words put there, after a comma, "and" or a unit
    word: the second of "in Badan, Bajaur", "between Sbikha and Kairouan" or "in Katland
    tehsil Mardan"."""
    if i < 2 or not (doc[i - 1].text == "," or doc[i - 1].lower_ in ("and", "&")
                     or doc[i - 1].lower_ in settlement_words()):
        return False
    k = i - 2
    if not _proper(doc[k]):
        return False
    return _locative(doc, _run_start(doc, k), set())


def _after_unit_word(doc: Doc, i: int) -> bool:
    """Whether token ``i`` follows a word that says what kind of unit the name after it is,
    as South and South-East Asian reports write them ("tehsil Jamrud", "Tehsil Kulachi",
    "tambon Rueso")."""
    return i > 0 and doc[i - 1].lower_ in unit_prefix_words()


def _in_person_name(doc: Doc, k: int, end: int, i: int, j: int) -> bool:
    """Whether ``doc[k:end]`` lies in a person's name that is itself a part of the run
    ``doc[i:j]`` ("Nelson" of "Nelson Mandela Bay")."""
    if doc[k].ent_type_ != "PERSON":  # the tags of one token say it before all names are built
        return False
    return any(e.label_ == "PERSON" and e.start <= k and end <= e.end and (e.start > i or e.end < j)
               for e in doc.ents)


def _country_word(text: str) -> bool:
    """A country's name or nationality word, whole: the gazetteer's countries are read
    from the report's words apart (country_hints), never as a place of an act."""
    found = countries_in(text)
    return len(found) == 1 and found[0][0] == 0 and found[0][1] == len(text)


def names_people(doc: Doc, end: int, start: int | None = None) -> bool:
    """Whether the name ending before token ``end`` names people, by the words around it: a
    people word ("the Haddad family", "Abala herdsmen", "the Ntambwe and Kamalu communities"),
    a person's belongings ("Abu Ali's house") or an alias ("Farhan, alias Pelawan")."""
    if start is not None and start > 0 and doc[start - 1].lower_ in ALIAS_WORDS:
        return True
    k = end
    if k + 1 < len(doc) and doc[k].lower_ in ("and", ",", "&") and _proper(doc[k + 1]):
        k = _run_end(doc, k + 1, k + 1)
    if k < len(doc) and doc[k].lower_ in people_words():
        return True
    return k == end and k + 1 < len(doc) and doc[k].lower_ in ("'s", "’s") \
        and doc[k + 1].lower_ in belonging_words()


def _run_start(doc: Doc, k: int) -> int:
    while k > 0 and _proper(doc[k - 1]):
        k -= 1
    return k


def _unit_worded(doc: Doc, i: int, j: int) -> bool:
    """A run of two words or more whose last says it is a district or province ("Killa
    Abdullah District", "Sool Region"): a unit's name, whatever the model tagged it."""
    return j - i >= 2 and doc[j - 1].text[:1].isupper() \
        and rules().suffixes.get((doc[j - 1].lower_,)) in ("district", "province")


def _run_end(doc: Doc, k: int, first: int) -> int:
    """Where the run of proper nouns from token ``k`` ends, the name begun at ``first``
    being at most SPOT_MAX_WORDS long."""
    while k < len(doc) and k - first < SPOT_MAX_WORDS and _proper(doc[k]):
        k += 1
    return k


def _hyphen_inside(doc: Doc, k: int) -> bool:
    """A hyphen written tight between a proper noun and another word ("KwaZulu-Natal",
    "Ra-ngae")."""
    return (doc[k].text in ("-", "‐", "–") and not doc[k - 1].whitespace_ and not doc[k].whitespace_
            and k + 1 < len(doc) and doc[k + 1].is_alpha)
