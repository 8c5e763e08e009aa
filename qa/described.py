"""Which names a sentence says who or what they are ("Mario Bikarski, a Europe and Russia analyst"; "President
Volodymyr Zelensky"): a "Who is X?" is answered by a sentence describing X, not one that only names X (`qa.evidence`).
"""

from __future__ import annotations

from typing import Any

_TITLE_PREPS = frozenset({"to", "of"})  # "Ambassador to NATO Kurt Volker", "Secretary of State Antony Blinken"


def _name(tok: Any) -> tuple[str, int]:
    """The name `tok` heads and where it starts: its entity, else it and the proper nouns compounded before it."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None:
        return ent.text, ent.start_char
    start = tok.i
    while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.doc[start - 1].dep_ == "compound":
        start -= 1
    return tok.doc[start:tok.i + 1].text, tok.doc[start].idx


def _says_who(tok: Any) -> bool:
    """Whether the sentence says who or what the name headed by `tok` is: an apposition ("Mario Bikarski, a Europe
    and Russia analyst"; "A ... Columnist, Stavros Atlamazoglou"), "X is a ...", or a title before it ("President
    Volodymyr Zelensky", "Former U.S. Ambassador to NATO Kurt Volker", which the parser reads as "Ambassador to
    [Kurt Volker]")."""
    if any(c.dep_ == "appos" and c.ent_type_ != "PERSON" and not c.is_punct for c in tok.children):
        return True
    head = tok.head
    if tok.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and head.ent_type_ != "PERSON":
        return True
    if tok.dep_ == "nsubj" and head.lower_ in ("is", "was") and any(c.dep_ == "attr" for c in head.children):
        return True
    if (tok.dep_ == "pobj" and head.lower_ in _TITLE_PREPS and head.head.pos_ == "PROPN" and not head.head.ent_type_
            and head.head.i < head.i):
        return True
    start = next((e.start for e in tok.doc.ents if e.start <= tok.i < e.end), tok.i)
    return any(c.dep_ in ("compound", "amod") and c.i < start and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_
               for c in tok.children)


def described(doc: Any) -> tuple[tuple[str, int], ...]:
    """The names (proper nouns heading a name) the sentence says who or what they are (`_says_who`), with where
    each starts."""
    heads = [t for t in doc if t.pos_ == "PROPN" and not (t.dep_ == "compound" and t.head.pos_ == "PROPN")]
    return tuple(dict.fromkeys(_name(t) for t in heads if _says_who(t)))
