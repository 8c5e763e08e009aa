"""Sentence rows as spans of their article's text (qa/spans.py): the same rows, records and columns as lists."""

import numpy as np
import pytest

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


def test_rows_of_a_column_read_each_row_when_asked_and_copy_as_their_strings():
    import copy

    from qa.spans import Rows

    rows = Rows(["a", "b", "c", "d"], 1, 3)
    assert len(rows) == 2 and rows[0] == "b" and rows[-1] == "c" and list(rows) == ["b", "c"]
    with pytest.raises(IndexError):
        rows[2]
    assert copy.deepcopy(rows) == ["b", "c"]  # what a Ray worker is sent: the strings, not the column


def test_chunk_spans_read_as_the_records_they_stand_for_shifted_and_as_columns():
    from qa.records import Chunk
    from qa.spans import ChunkSpans, Inputs, chunk_columns_of, chunk_ids_of

    text = "One. Two words. Three here. Four."
    spans = ChunkSpans("a", text, np.array([[0, 15, 5, 0, 2], [5, 33, 9, 1, 4]]), ["c0", "c1"], shift=-10)
    listed = [Chunk("c2", "b", 0, 3, "Six", 2, 7, 8)]
    moved = spans.shifted(13)
    want = [Chunk("c0", "a", 0, 15, text[:15], 5, 3, 5), Chunk("c1", "a", 5, 33, text[5:], 9, 4, 7), *listed]
    rows = Chained()
    for piece in (moved, listed):
        rows.extend(piece)
    assert list(rows) == want and rows[1] == want[1] and moved[0:2] == want[:2] and spans[0].first_sentence == -10
    assert chunk_columns_of(rows).tolist() == [[c.start, c.end, c.n_tokens, c.first_sentence, c.last_sentence]
                                               for c in want]
    assert list(chunk_ids_of(rows)) == ["c0", "c1", "c2"] and chunk_columns_of(Chained()).shape == (0, 5)
    inputs = Inputs("Title\n", moved)
    assert len(inputs) == 2 and inputs[1] == "Title\n" + text[5:]
