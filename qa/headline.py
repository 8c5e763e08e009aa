"""The headline of a .txt/.md article: the page header is the leading run of short lines that are not body sentences.

A Markdown "# heading" near the top is the title as written; else a first line of 21-40 words with no end punctuation
followed by body sentences; else, of the header's headline lines (3 words or more, not a byline), the one sharing the
most words with the body's opening (its first 3,000 characters); on a tie, one not ending as a sentence, then the
nearest the body. So a page's navigation or site name above the headline is passed over (it shares none), and so is a
subheading, a dek, a date or a photo credit below it ("Theatre producer and Everton chairman Kenwright dies" above the
caption "Bill Kenwright became Everton chairman in 2004"): the line the body is about is the title; the lines after it
stay text. The same headline twice (the page's own, updated or re-cased, opening the body under the one written first)
keeps the first as the title and the repeat as text. A line in headline case ending in a full stop ("He's Hockey's
Brightest Young Star. This Is What Makes His Shot So Special.") is a headline; a dateline ("BELFAST, Maine — How does
...") opens the body.
"""

from __future__ import annotations

import re

from qa.stopwords import STOP_WORDS

_MAX_HEADER_LINES = 6
_MAX_TITLE_WORDS = 20
_MAX_LONG_TITLE_WORDS = 40  # MultiHop-RAG's longest headline has 39 words; 31 of its 609 have over 20
# A long line that ends so is a sentence (a question) or runs on; one with a sentence inside, a ";" or a "|" is a
# caption ("... Bali, Indonesia, November 14, 2022. Kevin Lamarque | Reuters"); "U.S. President", "Sen. Robert" are not.
_NOT_LONG_TITLE = re.compile(r"[.!?…,;:][\s\"'’”)\]]*$|[;|]|(?<![\w.])(?:[a-z]+|\d+)[.!?][\"'’”)\]]*\s+[\"'‘“]?[A-Z]")
_SENTENCE_END = re.compile(r"[.!…][\"'’”)\]]*$")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'’”)\]]*$")  # a question too
_NOT_TITLE = re.compile(r"^(?:By|Published|Updated|Posted)\b|:$|^[\W\d_]*$")
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")  # a Markdown heading: "# Title", "## Title ##"
_WORD = re.compile(r"[^\W\d_]{4,}")
_TOKEN = re.compile(r"[^\W_]+")
# A dateline opens a news story's body: "BELFAST, Maine — ", "WASHINGTON (Reuters) - ", "T-MOBILE ARENA, LAS VEGAS — ".
# A plain hyphen only after an agency's name: "AI - The next frontier" is a headline.
_PLACE = r"[A-Z][A-Z0-9.'’&-]+(?: [A-Z][A-Z0-9.'’&-]+)*(?:,(?: [A-Z][\w.'’-]*)+)?"
_DATELINE = re.compile(rf"^{_PLACE}(?: \([^)]{{1,30}}\))? [—–] |^{_PLACE} \([^)]{{1,30}}\) - ")
_MIN_HEADLINE_CASE_WORDS = 4  # words of 4+ letters outside the stop list, every one capitalised
_SAME_HEADLINE_WORDS = 3  # two header lines sharing at least this many words, and half the shorter's, are one headline
_LEDE_CHARS = 3000  # the body's first paragraphs, where a headline's words come back


def _is_body_line(line: str) -> bool:
    if len(line.split()) > _MAX_TITLE_WORDS or _DATELINE.match(line):
        return True
    return bool(_SENTENCE_END.search(line)) and not _in_headline_case(line)


def _in_headline_case(line: str) -> bool:
    """Every word of 4+ letters outside the stop list capitalised, at least 4 of them: "Which M.L.B. Playoff Team Has
    the Most Daunting Home Field? We Ranked Them."; a sentence ("Tim Sweeney finally has a win.") is not."""
    words = [w for w in _WORD.findall(line) if w.lower() not in STOP_WORDS]
    return len(words) >= _MIN_HEADLINE_CASE_WORDS and all(w[0].isupper() for w in words)


def _is_headline(line: str) -> bool:
    return len(line.split()) >= 3 and not _NOT_TITLE.search(line)


def _is_long_headline(line: str) -> bool:
    """A line over 20 words that still reads as a headline: at most 40 words, no end punctuation, not a byline."""
    return (_MAX_TITLE_WORDS < len(line.split()) <= _MAX_LONG_TITLE_WORDS and not _NOT_LONG_TITLE.search(line)
            and _is_headline(line))


def find_title(text: str) -> tuple[str, int]:
    """The headline and where the body starts after it, or ("", 0) when the text has no header."""
    lines = text.split("\n", _MAX_HEADER_LINES + 1)
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    for i, line in enumerate(lines[:_MAX_HEADER_LINES]):  # a Markdown "# heading" is the title, as written
        if (m := _HEADING.match(line)) and m.group(1).strip() and i + 1 < len(lines) and text[starts[i + 1]:].strip():
            return m.group(1).strip(), starts[i + 1]
    body = next((i for i, line in enumerate(lines[:_MAX_HEADER_LINES + 1]) if _is_body_line(line)), None)
    if body == 0 and _is_long_headline(lines[0]) and any(map(_is_body_line, lines[1:_MAX_HEADER_LINES + 1])):
        return lines[0], starts[1]  # a first line of 21-40 words with no end punctuation, then body sentences
    if not body:  # no header, or no body sentence in sight
        return "", 0
    headlines = [i for i in range(body) if _is_headline(lines[i])]
    if not headlines:
        return "", 0
    lede = _words(text[starts[body]:starts[body] + _LEDE_CHARS])
    # A tie: a line that does not end as a sentence does, the question opening a body ("How can there be ... on
    # Earth?") losing to the headline above it; then the nearest the body.
    title = max(headlines, key=lambda i: (len(_words(lines[i]) & lede), not _ENDS_SENTENCE.search(lines[i]), i))
    title = next(i for i in headlines if i == title or _same_headline(lines[i], lines[title]))
    return lines[title], starts[title + 1]


def _same_headline(first: str, later: str) -> bool:
    """`later` repeats `first` (updated, re-cased or with a date after it): they share 3+ words, half the shorter's."""
    a, b = ({w.lower() for w in _TOKEN.findall(line)} for line in (first, later))
    shared = len(a & b)
    return shared >= _SAME_HEADLINE_WORDS and 2 * shared >= min(len(a), len(b))


def _words(text: str) -> set[str]:
    """The words of four letters or more in `text`, lowercased, stop words left out."""
    return {w.lower() for w in _WORD.findall(text)} - STOP_WORDS
