"""A long sentence cut to the clauses around its answer, so a lead quote stays readable (<= LEAD_MAX characters).

Cuts fall only where a reader would pause (after a comma, semicolon, colon or dash, around brackets), and the
span is a slice of the sentence, so the quote still maps exactly back to the article.
"""

from __future__ import annotations

import re

LEAD_MAX = 400  # characters of a lead quote (issue 13): one sentence, or the clauses of one that answer
_PAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=\()|(?<=\))\s+|\s+(?=[–—]\s)")


def clause_span(text: str, at: int, limit: int = LEAD_MAX) -> tuple[int, int]:
    """(start, end) of the clauses of `text` around position `at`, at most `limit` characters; all of `text`
    when it fits. A clause longer than `limit` is cut at the spaces nearest to `limit` characters around `at`."""
    if len(text) <= limit:
        return 0, len(text)
    at = min(max(at, 0), len(text) - 1)
    cuts = [0, *(m.end() for m in _PAUSE.finditer(text)), len(text)]
    pieces = [(cuts[i], cuts[i + 1]) for i in range(len(cuts) - 1) if cuts[i] < cuts[i + 1]]
    i = next(n for n, (a, b) in enumerate(pieces) if a <= at < b)
    lo = hi = i
    grown = True
    while grown:
        grown = False
        if lo > 0 and _end(text, pieces[hi][1]) - pieces[lo - 1][0] <= limit:  # who says it comes first
            lo, grown = lo - 1, True
        if hi + 1 < len(pieces) and _end(text, pieces[hi + 1][1]) - pieces[lo][0] <= limit:
            hi, grown = hi + 1, True
    start, end = pieces[lo][0], _end(text, pieces[hi][1])
    if end - start > limit:  # one clause alone is too long: the words around the answer
        start = max(start, at - limit // 3)
        end = min(end, start + limit)
        start = text.find(" ", start) + 1 if start > 0 and text[start - 1] != " " else start
        end = text.rfind(" ", start, end) if end < len(text) else end
    return start, end


def _end(text: str, end: int) -> int:
    """`end` moved back over trailing spaces and the comma or semicolon of a cut."""
    while end > 0 and text[end - 1] in " \n,;:":
        end -= 1
    return end
