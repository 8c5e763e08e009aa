import json
import re

import pytest
from conftest import ARTICLES, needs_shared_data
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.clean import clean_article, clean_text, fold_text
from qa.records import RawArticle

ALPHABET = st.sampled_from(
    list("abcde XYZ\n\n\t  .,'-:") + list("аеоѕіɑⅼᏚгɗПутин\u200b\u200d\ufeff\u00adﬁ①Ａｂ…’“é\u0301\r¨´\u3000")
)


def raw_article(name: str, title: str = "") -> RawArticle:
    path = next(ARTICLES.glob(f"{name}_*.txt"))
    return RawArticle(doc_id=name, path=str(path), title=title, text=path.read_text(encoding="utf-8"),
                      metadata={"source": "test"})


@pytest.fixture(scope="module")
def shipped():
    return {name: clean_article(raw_article(name)) for name in ("000", "001", "002")}


@pytest.mark.parametrize(("disguised", "plain"), [
    ("Russiɑn", "Russian"), ("Ꮪtrait", "Strait"), ("ⅼossеs", "losses"), ("Japаn", "Japan"),
    ("yestеrɗay", "yesterday"), ("theiг", "their"), ("troopѕ", "troops"), ("WednesԀаy", "Wednesday"),
    ("RELATED ARTІCLES", "RELATED ARTICLES"), ("Ɍuѕsia", "Russia"),
])
def test_fold_text_folds_look_alikes_in_mixed_script_words(disguised, plain):
    assert fold_text(disguised) == plain
    assert fold_text(f"the {disguised} said") == f"the {plain} said"


def test_fold_text_folds_look_alike_only_words_among_english_ones():
    assert fold_text("including սp to one-fifth") == "including up to one-fifth"
    assert fold_text("Тhе Pentagon estimates") == "The Pentagon estimates"


@pytest.mark.parametrize("real", ["Путин", "Владимир Путин", "Путин сказал, что он", "Αθήνα", "café", "Łódź",
                                  "Straße", "Kılıçdaroğlu"])
def test_fold_text_keeps_real_words_of_other_scripts_and_accents(real):
    assert fold_text(real) == real
    assert fold_text(f"President {real} said") == f"President {real} said"


@pytest.mark.parametrize(("raw", "folded"), [
    ("ﬁne", "fine"), ("①", "1"), ("Ｆｕｌｌ", "Full"), ("a\u00a0b", "a b"), ("zero\u200bwidth", "zerowidth"),
    ("soft\u00adhyphen", "softhyphen"), ("\ufeffbom", "bom"), ("donʼt", "don't"),
    ("a\r\nb\rc", "a\nb\nc"), ("tab\tkept", "tab\tkept"), ("e\u0301", "é"), ("¨", "¨"),
    # The publisher's punctuation stays, so a quote can be searched for in the source as it is.
    ("Putin’s", "Putin’s"), ("“quoted”", "“quoted”"), ("`mistakenly´", "`mistakenly´"), ("x\u2212y", "x\u2212y"),
    ("en – dash — kept", "en – dash — kept"),
])
def test_fold_text_characters(raw, folded):
    assert fold_text(raw) == folded


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=60))
def test_fold_text_is_idempotent(text):
    assert fold_text(fold_text(text)) == fold_text(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_clean_text_is_idempotent_and_maps_back(raw):
    clean, omap = clean_text(raw)
    assert clean_text(clean)[0] == clean
    assert omap.clean_len == len(clean) and omap.raw_len == len(raw)
    assert "\n\n" not in clean and "  " not in clean and clean == clean.strip()
    for i, ch in enumerate(clean):
        s, e = omap.to_raw_span(i, i + 1)
        assert s < e
        # A character is copied, or came from non-ASCII text (folded) or whitespace (normalised).
        assert raw[s] == ch or not raw[s:e].isascii() or raw[s:e].isspace()


def test_clean_text_normalises_whitespace():
    assert clean_text("  a   b \n\n\n  c\t d  \n")[0] == "a b\nc d"


def test_clean_text_of_empty_and_blank_text():
    assert clean_text("")[0] == ""
    assert clean_text(" \n\t\u200b ")[0] == ""


def test_titles_of_shipped_articles(shipped):
    assert shipped["001"].title == "Russian warships pass through Japan strait, possibly on way to Ukraine"
    assert shipped["002"].title == ("30,000 Casualties: Putin Is Destroying the Russian Military to "
                                    "Capture Bakhmut")
    assert shipped["000"].title == ""  # its first line is a full sentence


def test_title_and_navigation_are_removed_from_text(shipped):
    assert not shipped["001"].text.startswith("Russian warships pass")
    assert shipped["001"].text.startswith("Russian warships carrying scores")
    assert "Smart Bombs" not in shipped["002"].text
    assert "30,000 Casualties: Putin" not in shipped["002"].text
    assert shipped["002"].text.startswith("On day 382nd of the war")
    assert shipped["000"].text.startswith("Russian warships carrying scores")


def test_001_reads_as_plain_english(shipped):
    text = shipped["001"].text
    for phrase in ("Russian warships carrying scores of military trucks",
                   "The Tsugaru Strait between the Sea of Japan",
                   "the next round of conscription is due on April 1 when around 130,000 young men "
                   "will be inducted"):
        assert phrase in text
    assert re.fullmatch(r"[\x20-\x7e\n]*", text)


@pytest.mark.parametrize("name", ["000", "001", "002"])
def test_shipped_articles_map_back_to_raw(shipped, name):
    article, raw = shipped[name], raw_article(name).text
    assert article.offsets.raw_len == len(raw)
    for match in re.finditer(r"[A-Z][^.\n]{20,}\.", article.text):
        s, e = article.offsets.to_raw_span(*match.span())
        assert fold_text(raw[s:e]) == match.group()


def test_clean_article_keeps_identity_and_metadata(shipped):
    article, raw = shipped["001"], raw_article("001")
    assert (article.doc_id, article.path, article.text_offset) == (raw.doc_id, raw.path, raw.text_offset)
    assert dict(article.metadata) == {"source": "test"}


def test_given_title_is_folded_and_no_header_is_looked_for():
    text = "Short line\nA body sentence here."
    raw = RawArticle(doc_id="d", path="p.html", title="  Japаn   strait ", text=text)
    article = clean_article(raw)
    assert article.title == "Japan strait"
    assert article.text == "Short line\nA body sentence here."


@pytest.mark.parametrize("text", [
    "One line only, no body",
    "\n".join(f"Short header line {i}" for i in range(10)) + "\nThe body sentence ends here.",
    "By Jane Doe\nThe body sentence ends here.",
    "He said the strait was “busy.”\nThe ships were seen on Tuesday.",  # a quoted sentence end is a body line
    "",
])
def test_no_headline_leaves_text_alone(text):
    article = clean_article(RawArticle(doc_id="d", path="p.txt", title="", text=text))
    assert article.title == ""
    assert article.text == clean_text(text)[0]


def test_headline_after_navigation():
    text = ("Home\nWorld News Today\nShips pass through the strait\nBy Jane Doe\n"
            "The ships were seen on Tuesday.")
    article = clean_article(RawArticle(doc_id="d", path="p.txt", title="", text=text))
    assert article.title == "Ships pass through the strait"
    assert article.text == "By Jane Doe\nThe ships were seen on Tuesday."
    s, e = article.offsets.to_raw_span(0, len(article.text))
    assert text[s:e] == article.text


def test_multihop_corpus_cleans_idempotently():
    corpus = json.loads(needs_shared_data("multihop-rag", "corpus.json").read_text(encoding="utf-8"))
    for record in corpus[::20]:
        clean, _ = clean_text(record["body"])
        assert clean_text(clean)[0] == clean


def test_a_markdown_heading_is_the_title_not_the_dateline_below_it():
    raw = "# Eastvale bridge reopens\n\n*Eastvale Courier, 2 March 2024*\n\nThe bridge reopened on Friday. It cost.\n"
    article = clean_article(RawArticle(doc_id="a.md", path="a.md", title="", text=raw))
    assert article.title == "Eastvale bridge reopens"
    assert article.text.startswith("*Eastvale Courier") and "# " not in article.text
    only = clean_article(RawArticle(doc_id="b.md", path="b.md", title="", text="# Just a heading\n"))
    assert only.text.strip()  # a heading with no body is kept as text, not emptied into a title
