"""A heading ("High Casualties and Internal Rifts", "Colorado vs. UCLA score") states nothing: it never answers a
question (`qa.candidates.heading`), and a score asked is a figure like "42-18" (`ATTRIBUTE_PATTERNS`); the real models
over the shipped articles and MultiHop-RAG company and game articles."""

import pytest

from qa.answer import answer_with
from qa.candidates import heading


def _row(index, text: str) -> int:
    return next(r for r in range(len(index.sentence_doc)) if index.sentence(r).text.strip() == text)


@pytest.mark.parametrize(("text", "is_heading"), [
    ("High Casualties and Internal Rifts", True), ("The Russian Casualties", True),
    ("The Russian forces have made significant advances and are inside the town.", False),
    ("On day 382nd of the war, Russia and Ukraine are engaged in a bitter fight for the possession of Bakhmut in the "
     "Donbas", False),  # a line, but a sentence: a figure, lower-case words
])
def test_a_heading_is_a_short_capitalised_line_with_no_end_figure_or_label(loaded, text, is_heading):
    row = _row(loaded, text)
    assert heading(loaded, loaded.sentence(row)) is is_heading


GAME = ("Raiders hold off the Jets in Las Vegas\n\nThe Raiders beat the New York Jets on Sunday night.\n\n"
        "Jets vs. Raiders final score\n\nThe Raiders won 16-12 after a late interception.\n\n"
        "Mane scored twice, set up another and was sent off\n\nHis night ended early.\n")


def test_a_sentence_case_line_with_no_comma_is_a_heading_too(tmp_path):
    """Sentence-case section headings ("Jets vs. Raiders final score", half its words capitalised) led answers ("By
    what score did the Raiders beat the Jets?"); a line in sentence case with a comma is a clause, no heading."""
    from qa.build import build_index
    from qa.retrieve import load_index

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "game.txt").write_text(GAME, encoding="utf-8")
    build_index(tmp_path / "articles", tmp_path / "index")
    index = load_index(tmp_path / "index")
    assert heading(index, index.sentence(_row(index, "Jets vs. Raiders final score")))
    assert not heading(index, index.sentence(_row(index, "Mane scored twice, set up another and was sent off")))
    assert not heading(index, index.sentence(_row(index, "The Raiders won 16-12 after a late interception.")))


@pytest.mark.slow
def test_a_heading_never_leads(loaded):
    answer = answer_with(loaded, "What are the high casualties and internal rifts?")  # main: the heading
    assert not answer.abstained and "brought internal rifts" in answer.lead[0].text
    assert answer_with(loaded, "High Casualties and Internal Rifts").lead  # its words still find an answer


@pytest.mark.slow
def test_a_score_asked_is_answered_by_the_figure(multihop_few):
    # "score" is no word of the sentence giving it: main abstained ("uncounted: score")
    answer = answer_with(multihop_few, "What was the score of the Arizona Utah game?")
    assert not answer.abstained and "42-18" in answer.lead[0].text
