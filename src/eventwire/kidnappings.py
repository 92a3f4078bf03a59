"""Kidnappings that ended in a death: ACLED codes a kidnapping whose victim was killed by
the killing (violence against civilians, an attack), and reports often tell the death in
the sentence after the kidnapping ("a trader was kidnapped on Monday. His body was found
days later").

Data: ``data/words.yaml`` (death_told, unreal_words, pointing_back).
"""

from __future__ import annotations

from eventwire.resources import word_pattern


def killed_apart(kinds_by_sentence: list[set[str]], texts: list[str]) -> bool:
    """Whether an act's sentences tell a kidnapping and, in the next sentence about it, that
    those seized died: "a trader was kidnapped on Monday. His body was found days later". (A death
    told before the kidnapping or further on, or one only threatened or wished, "they must be
    killed", may be another act's or none.)"""
    seized = next((i for i, kinds in enumerate(kinds_by_sentence) if "abduction" in kinds), None)
    if seized is None or seized + 1 >= len(texts) or "kill" not in kinds_by_sentence[seized + 1]:
        return False
    text = texts[seized + 1].lower()
    # the dead told by a word that points back at the people seized: "his body", "he was killed"
    return word_pattern("death_told").search(text) is not None and word_pattern("unreal_words").search(text) is None \
        and word_pattern("pointing_back").search(text) is not None
