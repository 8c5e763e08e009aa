"""The role a "who" question asks for, read from spaCy's parse of it: "Who is the CEO of Nike?" and "Who runs Nike?"
ask Nike's CEO. Whether a sentence states the role is `qa.roles`'s.
"""

from __future__ import annotations

import re
from typing import Any

ACRONYM = re.compile(r"^[A-Z]{2,5}$")  # a title in capitals: "CEO" (`qa.roles` reads sentences with it too)
_ROLE_BE = frozenset({"is", "was", "are", "were", "'s"})
_HEADS = {"run": "CEO", "head": "head"}  # the role a verb of heading a named body asks for (`asked_role`)
_TITLE_MODS = frozenset({"compound", "amod", "nmod"})


def _named_object(doc: Any) -> bool:
    """Whether the words after "Who runs (the)", up to a preposition or a mark, are capitalised or an entity: a name."""
    end = next((t.i for t in doc[2:] if t.is_punct or t.pos_ == "ADP" and not t.ent_type_), len(doc))  # "Nike": ADP
    words = [t for t in doc[2:end] if t.pos_ != "DET"]
    return bool(words) and all(t.is_title or t.is_upper or t.ent_type_ for t in words)


def asked_role(doc: Any) -> str:
    """The role a "Who is the X of Y?" / "Who is Y's X?" question asks for, with its compounded words ("head coach"),
    as written; "CEO" for "Who runs Y?" and "head" for "Who heads Y?" when Y is a name ("Who runs Masimo?": "Masimo
    CEO Joe Kiani"); "" when it asks no role ("Who is Yevgeny Prigozhin?", "Who leads the Wagner Group?")."""
    if len(doc) < 3 or doc[0].lower_ != "who":
        return ""
    if doc[1].lower_ not in _ROLE_BE:  # "Who runs Y?", "Who heads Y?" of a name; no role for another verb
        return _HEADS.get(doc[1].lemma_, "") if _named_object(doc) else ""
    noun = next((t for t in doc[2:] if t.dep_ in ("attr", "nsubj") and t.head.i == doc[1].i), None)
    if noun is None or noun.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") or not (
            noun.pos_ == "NOUN" or ACRONYM.match(noun.text)):
        return ""
    start = noun.i
    while start > 0 and doc[start - 1].dep_ in _TITLE_MODS and doc[start - 1].head.i in range(start, noun.i + 1) \
            and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") and not doc[start - 1].ent_type_:
        start -= 1
    end = noun.i + 1
    while end < len(doc) and (doc[end].text == "-" or doc[end - 1].text == "-"):  # "vice-president"
        end += 1
    return doc[start:end].text
