"""The sentence an answer shows for each reason it abstains (`qa.records.Abstention`), for `qa.present` and
`qa.html_view`: the reason's words, with what the question named that the articles lack."""

from __future__ import annotations

from collections.abc import Callable

from qa.records import Abstention

ABSTAIN = "The articles do not answer this question."
NO_WORDS = "Please ask a question in words, for example: “Which islands does the Tsugaru Strait separate?”"
FILTERED_OUT = "No article is left to search: the filter excludes every one. Widen it or clear it."
NOTHING_NEW = "Nothing new: the articles say no more on this than the answers above already quoted."
UNRESOLVED = "Who is “{0}”? No earlier question in this chat says: ask again with the name."
UNSHOWN = "Which article? No answer in this chat has quoted one yet: ask again saying what it is about."
ABOUT_ARTICLES = ("That asks about the articles themselves, which no sentence of them says: the Articles tab (or "
                  "`qa-index list`) shows each article's title, source and date.")

_NOT = "The articles do not answer this question:"
# Each reason's sentence, {0} its `missing` (no_author, no_source: the article's title: `qa.bylines`)
_MESSAGES = {"no_words": NO_WORDS, "filtered": FILTERED_OUT, "nothing_new": NOTHING_NEW,
             "unknown_names": f"{_NOT} they never mention {{0}}.",
             **dict.fromkeys(("uncounted", "no_doer", "unsourced"),
                             f"{_NOT} the closest passages never mention {{0}}."),
             "no_measure": f"{_NOT} no passage close to it gives a {{0}} with its unit.",
             "unnamed": f"{_NOT} the closest passages speak of some {{0}} but never say which.",
             "no_one": f"{_NOT} the closest passage names no one it does not already ask about.",
             "undated": f"{_NOT} no passage close to it gives a date of its {{0!r}}.",
             "no_author": "The article “{0}” names no author: no byline in its text, no author field.",
             "no_source": "The article “{0}” names no outlet: no source field, no byline naming one.",
             "unresolved": UNRESOLVED,
             "no_date": "The article “{0}” gives no publication date: no date field.",
             "unshown": UNSHOWN, "about_articles": ABOUT_ARTICLES}


def message(abstention: Abstention, shown: Callable[[str], str] = str) -> str:
    """The sentence an abstention shows; `shown` formats the words taken from the question (`missing`)."""
    if abstention.reason in _MESSAGES:
        return _MESSAGES[abstention.reason].format(", ".join(shown(m) for m in abstention.missing))
    if abstention.reason == "reversed":
        doer, *others = (shown(m) for m in abstention.missing)
        return f"{_NOT} the closest passages say it of {' or '.join(others)}, not of {doer}."
    if abstention.reason == "no_count":
        thing, *party = (shown(m) for m in abstention.missing)
        whose = f" for {' or '.join(party)}" if party else ""
        return f"{_NOT} no passage gives a number of {thing}{whose}."
    return ABSTAIN
