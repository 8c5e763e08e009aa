"""Sentence starts that pysbd misses: a caption, byline or heading with no end punctuation, run into the next
sentence on the same line ("...including 214 tanks, according to Oryx The Pentagon estimates...").

Scraped pages often lose the line break after a caption. pysbd and spaCy (its parser and its `senter`) both read
these as one sentence, so we cut where the text itself says a sentence begins:

- a sentence-opening word, capitalised, right after a word with no end punctuation ("...morning Thousands of
  missiles", "...already There are", "...'murderers' While Ukraine"), unless the words around it are a
  title-case run (a headline, "The Nightmare Before Christmas") or an open quotation;
- after a photo caption in brackets ("(pictured, a destroyed Russian tank in Volnovakha) Ukrainian troops");
- after a byline's publication, at the longest tail of its capitalised run that the article names elsewhere
  ("By Chris Pleasance for MailOnline Putin has a problem.": "Putin" starts the sentence).

On MultiHop-RAG's 609 articles this adds 197 sentence starts; in a random sample of 60, 54 were right (captions
"Credit: AP", headings, timestamps, bylines) and the rest split a title of a work ("Don't Call It a Comeback"),
a name ("Adrienne So") or religious capitals ("He left His glory").
"""

from __future__ import annotations

import re

from qa.tokens import STOP_WORDS

# Words that open a sentence, and read as its subject only with a lowercase word after them ("There are").
SUBJECTS = frozenset("""a an the this that these those there it he she they we his her their our its some many most
    thousands hundreds dozens millions""".split())
# Words that open a clause, and may be followed by a name ("While Ukraine has...", "By Chris Pleasance...").
CONNECTIVES = frozenset("""but and so yet while when although though if as after before by in at for from with
    meanwhile however also what which who where why how here then still even earlier last next""".split())
# A capitalised word after one of these continues the sentence ("according to The Times", "a song called It").
CONTINUES = STOP_WORDS | frozenset("""according said says say saying told tells wrote writes called titled named dubbed
    including like reads read see via asked ask""".split())
DETERMINERS = frozenset({"The", "An", "This", "These", "Those"})
MIN_WORDS_BEFORE_THE = 8  # "...according to Oryx The Pentagon estimates": a long clause, then "The <Name> <verb>"

_JOIN = re.compile(r"(?<=[^\W_]|[’'”\")\]])\s+(?=[‘'“\"]?([A-Z][a-z]*)\b(?!['’.&-]\w))")
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*[’']?")
_CAPTION = re.compile(r"\((?i:pictured|picture|above|below|left|right|centre|center|top|bottom|inset|file photo)\b"
                      r"[^()]*\)\s+(?=[‘'“\"]?[A-Z])")
_BYLINE = re.compile(r"\bBy (?:[A-Z][\w’'-]+ ){1,3}(?:for|of|in) ((?:[A-Z][\w’'-]* )*[A-Z][\w’'-]*) (?=[a-z])")


def _title(word: str) -> bool:
    return word[:1].isupper()


def _opens_sentence(text: str, start: int, at: int, word: str) -> bool:
    """Whether capitalised `word` at `at` (whitespace from `start` before it) opens a new sentence."""
    low = word.lower()
    if low not in SUBJECTS and low not in CONNECTIVES:
        return False
    before = _WORD.findall(text[max(0, start - 80):start])
    after = _WORD.findall(text[at:at + 80])
    if not before or len(after) < 2:
        return False
    x, nxt = before[-1], after[1]
    head = text[:start]
    if (x.lower().strip("’'") in CONTINUES or x.endswith(("’s", "'s"))
            or sum(_title(w) for w in before[-3:] + after[1:4]) >= 4  # a headline in title case
            or head.count("“") > head.count("”") or head.count('"') % 2):  # inside a quotation
        return False
    if word == "A":
        return x.islower() and not _title(nxt)  # "Serie A", "Point A to Point B", "pre-Series A funding"
    if not _title(nxt):
        return True
    if len(after) > 2 and _title(after[2]) and not (word == "By" and _BYLINE.match(text, at)):
        return False  # a title-case run: a title or a name ("Now And Then")
    if word in DETERMINERS:  # "...Oryx The Pentagon estimates", not "the thriller The Black Cat, ..."
        return _title(x) and len(after) > 2 and len(before) >= MIN_WORDS_BEFORE_THE
    return low in CONNECTIVES and not _title(x)


def _byline_cuts(text: str, article: str, span: tuple[int, int]) -> list[int]:
    """After "By <name> for <publication>", where the capitalised run's longest tail that the article names
    outside this sentence (`article[span[0]:span[1]]`) starts."""
    out = []
    for m in _BYLINE.finditer(text):
        run = m.group(1).split(" ")
        for i in range(1, len(run)):
            tail = re.compile(r"(?<![\w’'-])" + re.escape(" ".join(run[i:])) + r"(?![\w-])")
            if any(not span[0] <= hit.start() < span[1] for hit in tail.finditer(article)):
                out.append(m.start(1) + len(" ".join(run[:i])) + 1)
                break
    return out


def run_on_starts(text: str, article: str = "", span: tuple[int, int] = (0, 0)) -> list[int]:
    """Offsets in `text` (one sentence as pysbd split it) where another sentence starts, increasing; `article` is the
    whole text and `span` where `text` sits in it (a byline's next sentence names its subject elsewhere in it)."""
    cuts = {m.end() for m in _JOIN.finditer(text) if _opens_sentence(text, m.start(), m.end(), m.group(1))}
    cuts.update(m.end() for m in _CAPTION.finditer(text))
    cuts.update(_byline_cuts(text, article, span))
    return sorted(c for c in cuts if 0 < c < len(text))
