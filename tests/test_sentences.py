from pathlib import Path

import pytest
from conftest import plain_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.sentences import WINDOW, split_sentences

ARTICLES = Path(__file__).resolve().parent.parent / "articles"




def check_spans(a, sentences):
    """Exact, trimmed, in order, non-overlapping, inside one paragraph, covering all non-space text."""
    cursor = 0
    for s in sentences:
        assert s.doc_id == a.doc_id
        assert a.text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert "\n" not in s.text
        assert s.start >= cursor
        assert not a.text[cursor : s.start].strip()
        cursor = s.end
    assert not a.text[cursor:].strip()


def texts(sentences):
    return [s.text for s in sentences]


def test_abbreviations_and_thousands_do_not_break_sentences():
    a = plain_article("The U.S. said Russia had lost 1,292 vehicles, including 214 tanks. "
                "Ukraine has lost 343, Oryx added.")
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert texts(sentences) == [
        "The U.S. said Russia had lost 1,292 vehicles, including 214 tanks.",
        "Ukraine has lost 343, Oryx added.",
    ]


@pytest.mark.parametrize("text, sentences", [
    ("Whether or not Super Mario Bros. Wonder is the unofficial Super Mario Bros. 5, I leave to the forums. It sold.",
     ["Whether or not Super Mario Bros. Wonder is the unofficial Super Mario Bros. 5, I leave to the forums.",
      "It sold."]),
    ("A deal with Warner Bros. Discovery was signed.", ["A deal with Warner Bros. Discovery was signed."]),
    ("He played Super Mario Bros. The game was great.", ["He played Super Mario Bros.", "The game was great."]),
    ("His partner was Ted Debiase Jr. The champions lost.", ["His partner was Ted Debiase Jr.", "The champions lost."]),
])
def test_a_names_abbreviation_before_a_capitalised_word_ends_no_sentence(text, sentences):
    """pysbd cut after "Bros." and "Jr." before any capital: "Whether or not Super Mario Bros." was quoted alone (and
    "Wonder will be released Oct. 20 ..." read as its own sentence). A stop word after it starts a sentence."""
    a = plain_article(text)
    check_spans(a, split_sentences(a))
    assert texts(split_sentences(a)) == sentences


def test_paragraphs_split_first_and_offsets_are_absolute():
    a = plain_article("Russian warships pass through Japan strait\nIt is unusual. "
                "The ministry reported two sightings.\nEnd")
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert texts(sentences) == [
        "Russian warships pass through Japan strait",
        "It is unusual.",
        "The ministry reported two sightings.",
        "End",
    ]


def test_repeated_sentences_get_their_own_spans():
    a = plain_article("Yes. Yes. Yes.\nYes. No. Yes.")
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert len(sentences) == 6
    assert len({s.start for s in sentences}) == 6


def test_text_pysbd_rewrites_is_still_covered():
    # pysbd replaces "♬" in its output, so that sentence is not found verbatim; it must not be lost.
    a = plain_article("Only the occasional tweets. Meet @Vivek Ramaswamy ♬ original sound – GenosPicks")
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert "♬" in "".join(texts(sentences))


@pytest.mark.parametrize("text", ["", " ", "\n\n", " \n \n"])
def test_empty_text_has_no_sentences(text):
    assert split_sentences(plain_article(text)) == []


def test_long_paragraph_is_read_in_windows_without_losing_boundaries():
    body = " ".join(f"Sentence {i} says the U.S. economy grew by 1,29{i % 10} dollars." for i in range(300))
    assert len(body) > 3 * WINDOW
    a = plain_article(body)
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert len(sentences) == 300
    assert all(s.text.startswith("Sentence ") and s.text.endswith("dollars.") for s in sentences)


def test_long_run_without_sentence_end_is_cut_at_whitespace():
    body = " ".join(["word"] * 5000) + " " + "x" * (3 * WINDOW)
    a = plain_article("Intro.\n" + body + "\nOutro.")
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert all(len(s.text) <= WINDOW for s in sentences)
    assert all(t == "x" * len(t) or set(t.split()) == {"word"} for t in texts(sentences)[1:-1])
    assert texts(sentences)[0] == "Intro." and texts(sentences)[-1] == "Outro."


def test_shipped_near_copy_plain_article():
    path = next(ARTICLES.glob("000_*.txt"))
    a = plain_article(path.read_text(encoding="utf-8"), "000")
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert ("Military loss loggers Oryx estimated on Wednesday that Russia had lost 1,292 vehicles in the "
            "first three weeks of the campaign, including 214 tanks.") in texts(sentences)


ALPHABET = st.sampled_from(
    list("abcxyzABC   ..,,!?'\"()-–\n0123456789")
    + ["U.S.", "Mr. ", "1,292", "ɑ", "Ꮪ", "е", "\u200b", "\u00a0", "…"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ALPHABET, max_size=200).map("".join))
def test_spans_cover_random_text(text):
    a = plain_article(text)
    check_spans(a, split_sentences(a))


# --- captions and bylines with no end punctuation (issue 13, item 8) ------------------------------------------


def _shipped_sentences(prefix: str) -> list[str]:
    from qa.clean import clean_article
    from qa.load import load_corpus

    raw = next(a for a in load_corpus(ARTICLES).articles if a.doc_id.startswith(prefix))
    article = clean_article(raw)
    sentences = split_sentences(article)
    check_spans(article, sentences)
    return texts(sentences)


def test_a_caption_without_a_full_stop_ends_its_sentence_in_the_one_line_copy():
    found = _shipped_sentences("001_")  # the article is one line: no line break marks the caption's end
    assert ("Russia is estimated to have lost 7,000 soldiers and more than 1,250 vehicles in the first three weeks "
            "of the war in Ukraine - including 214 tanks, according to Oryx") in found
    assert any(s.startswith("The Pentagon estimates at least 7,000 Russian troops") for s in found)
    assert ["By Chris Pleasance for MailOnline", "Putin has a problem."] == [
        s for s in found if s.startswith(("By Chris", "Putin has a"))]
    assert any(s.startswith("Ukrainian troops from the Azov battalion") for s in found)  # after "(pictured, ...)"
    assert "Meanwhile estimates of Ukrainian losses are even harder to come by." in found


def test_the_copy_with_line_breaks_keeps_its_lines_as_sentences():
    found = _shipped_sentences("000_")
    assert "By Chris Pleasance for MailOnline" in found and "Putin has a problem." in found


@pytest.mark.parametrize("text", [
    "The band played songs from The Nightmare Before Christmas all night.",
    "He told reporters, according to The Times of London, that talks would go on.",
    "It isn’t as intense as fellow horror movies The Ring or Drag Me to Hell.",
    "30,000 Casualties: Putin Is Destroying The Russian Military To Capture Bakhmut",
    "He led the company's Series A funding round in 2021.",
    "Ukrainian President Volodymyr Zelensky slammed Vladimir Putin on Wednesday.",
    "She said “I Spent The Night There” was her favourite song.",
])
def test_titles_names_and_headlines_are_not_cut(text):
    a = plain_article(text)
    assert texts(split_sentences(a)) == [text]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fans gather outside the stadium Credit: AP The match was delayed by an hour.",
     ["Fans gather outside the stadium Credit: AP", "The match was delayed by an hour."]),
    ("the losses continue - this is the route the warships may take A photo showed a warship.",
     ["the losses continue - this is the route the warships may take", "A photo showed a warship."]),
    ("A destroyed tank (pictured, near Kyiv) Ukrainian troops stand next to it.",
     ["A destroyed tank (pictured, near Kyiv)", "Ukrainian troops stand next to it."]),
])
def test_run_on_captions_are_cut(text, expected):
    a = plain_article(text)
    sentences = split_sentences(a)
    check_spans(a, sentences)
    assert texts(sentences) == expected


RUN_ON_WORDS = st.sampled_from([
    "The", "A", "While", "By", "There", "Meanwhile", "It", "Oryx", "Pentagon", "MailOnline", "Putin", "for", "the",
    "losses", "tanks", "(pictured, a tank)", "'murderers'", "“quoted", "said”", "Chris", "Pleasance", "’s", "\n",
    ".", ",", "214", "U.S.", "\u00a0", "Ꮪ",
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(RUN_ON_WORDS, max_size=60).map(" ".join))
def test_spans_cover_text_with_run_on_captions(text):
    a = plain_article(text)
    check_spans(a, split_sentences(a))
