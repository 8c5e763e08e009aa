"""Sentence rows as spans of their article's text (qa/spans.py): the same rows, records and columns as lists."""

import numpy as np

from qa.records import Sentence
from qa.spans import Chained, SentenceSpans, Texts, spans_of


def _pieces():
    text = "One. Two words. Three here. Four."
    spans = SentenceSpans("a", text, np.array([[0, 4], [5, 15], [16, 27], [28, 33]]))
    listed = [Sentence("b", 0, 3, "Six"), Sentence("b", 4, 9, "Seven")]
    return spans, listed, [Sentence("a", int(s), int(e), text[s:e]) for s, e in spans.spans] + listed


def test_chained_rows_read_as_one_list_of_records():
    spans, listed, want = _pieces()
    rows = Chained()
    for piece in (spans, [], listed):
        rows.extend(piece)
    assert len(rows) == len(want) and list(rows) == want and rows[-1] == want[-1] and rows[2] == want[2]
    for a in range(len(want) + 1):
        for b in range(a, len(want) + 2):
            assert rows[a:b] == want[a:b], (a, b)  # slices across pieces, as a list's
    assert rows[::2] == want[::2] and list(Texts(rows)) == [s.text for s in want] and Texts(rows)[4] == "Six"
    assert spans_of(rows).tolist() == [[s.start, s.end] for s in want]
    assert spans[1] == Sentence("a", 5, 15, "Two words.") and spans[1:3] == want[1:3]
