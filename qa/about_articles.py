"""Questions about the articles themselves, not what they report: "How many articles are there?", "When were these
articles published?", "Which outlets published them?". No sentence of an article answers them (the Articles tab and
`qa-index list` show each article's title, source and date), so the answer says so ("about_articles") instead of
quoting a sentence that shares a word ("an Italian professor published a journal article"). An article noun that only
says where to look ("What do the articles say about X?") is no party the answer must name (`qa.stated.role_doer`).
"""

from __future__ import annotations

import re
from typing import Any

from qa.clean import fold_text
from qa.credit import ARTICLE_NOUNS, OUTLETS, WRITERS
from qa.nlp import parse

MAX_CHARS = 300  # a question about the articles is short; a longer one asks about what they report
# What a list of articles says of each (`qa-index list`: id, title, source, date), and the words asking for it.
LISTED = frozenset("""many much number count total publish write date old new recent late early first last title
    cover about have hold contain index corpus list name there""".split()) | OUTLETS | WRITERS
# "the articles", "these news stories": the articles as where to look, not words the answer must hold ("What do the
# articles say about X?"); a capital is a title's ("the Articles of Confederation"). Only the plurals that mean
# articles whatever the sentence ("the features of what?", "the reviews", "the updates" mean other things), maybe
# after another article noun ("news stories"); the parse reads the rest (`article_nouns`).
_PLURALS = ("articles", "reports", "stories", "pieces")
LOOKED_IN = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Yy]our|[Oo]ur)\s+"
                       rf"(?:(?:{'|'.join(sorted(ARTICLE_NOUNS))})\s+)?(?:{'|'.join(_PLURALS)})\b")
_FUNCTION = frozenset({"PRON", "DET", "ADP", "AUX", "PART", "CCONJ", "SCONJ", "PUNCT", "SPACE"})


def article_nouns(doc: Any) -> list[Any]:
    """The words naming the articles as a set: a plural article noun ("these articles", "the news stories"), or one
    picked by a superlative ("the oldest article")."""
    heads = [t for t in doc if t.lemma_.lower() in ARTICLE_NOUNS
             and (t.tag_ == "NNS" or any(c.tag_ == "JJS" for c in t.children))]
    compounds = [c for t in heads for c in t.children if c.dep_ == "compound" and c.lemma_.lower() in ARTICLE_NOUNS]
    return [*heads, *compounds]


def about_articles(question: str) -> bool:
    """Whether `question` asks only about the articles themselves: it names them (`article_nouns`) and each of its
    other words is a question word, a function word or what a list of articles says (how many, published, written,
    dated, outlets, authors, titles, about)."""
    if len(question) > MAX_CHARS or not any(ch.isalpha() for ch in question):
        return False
    doc = parse(fold_text(question))
    nouns = article_nouns(doc)
    rest = [t for t in doc if t not in nouns and t.pos_ not in _FUNCTION and t.tag_ not in ("WDT", "WP", "WRB")
            and t.lemma_.lower() not in LISTED and t.lower_ not in LISTED]
    return bool(nouns) and not rest


def looked_in(text: str) -> str:
    """`text` without the words naming the articles as where to look ("What do the articles say about X?" -> "What do
    say about X?"), for its key terms: the sentence that answers seldom says "articles"."""
    return LOOKED_IN.sub(" ", text)
