"""qa/present.py's Markdown and plain text: article text is inert, citations numbered once, abstentions say so."""

import re

from qa.present import escape, markdown, message, plain, printable
from qa.records import Abstention, Answer, Quote


def _q(text, doc="a.txt", start=0, **kw):
    return Quote(text=text, doc_id=doc, title=kw.pop("title", "Title"), path=doc, start=start,
                 end=start + len(text), score=1.0, **kw)


def test_article_text_cannot_become_markup():
    hostile = '<script>alert(1)</script> [click](javascript:alert(1)) ![x](http://e/x.png) **bold** <img onerror=x>'
    out = escape(hostile)
    assert "<" not in out and ">" not in out
    assert "[" not in out and "(" not in out and "://" not in out
    assert "&#42;&#42;bold&#42;&#42;" in out


def test_markdown_numbers_citations_and_lists_sources():
    lead, other = _q("Lead sentence."), _q("Other sentence.", doc="b.txt", start=5, also_in=("c.txt",))
    text = markdown(Answer("q", lead=(lead,), support=(other,)))
    assert "> “Lead sentence.” [1]" in text
    assert "> “Other sentence.” [2]" in text
    assert "Also reported:" in text and "**Sources**" in text
    assert "[2] *Title* — b.txt, characters 5–20 (also in c.txt)" in text


def test_a_quote_shown_twice_keeps_its_number():
    lead = _q("Lead 214 tanks.")
    text = markdown(Answer("q", lead=(lead,), differ=(lead, _q("Other 3,466 tanks.", doc="b.txt"))))
    assert text.count("[1]") == 2 and "[2]" in text and "[3]" not in text
    assert text.startswith("Sources differ:")


def test_abstention_says_so_and_labels_related_passages():
    text = markdown(Answer("q", related=(_q("Nearby sentence."),), abstention=Abstention("unsupported")))
    assert text.startswith("The articles do not answer this question.")
    assert "related, not an answer" in text
    assert markdown(Answer("q", abstention=Abstention("unsupported"))) == "The articles do not answer this question."
    names = markdown(Answer("q", abstention=Abstention("unknown_names", ("[Zork](x)",))))
    assert names.startswith("The articles do not answer this question: they never mention ") and "[" not in names


def test_the_sentences_ranked_next_show_below_an_answer_as_not_its_lead():
    lead, other, near = _q("Lead sentence."), _q("Other sentence.", doc="b.txt"), _q("Near sentence.", doc="c.txt")
    text = markdown(Answer("q", lead=(lead,), support=(other,), related=(near,)))
    assert text.index("Also reported:") < text.index("Next closest sentences") < text.index("> “Near sentence.” [3]")
    assert "related, not an answer" not in text and "[3] *Title* — c.txt" in text
    assert "Next closest" not in plain(Answer("q", lead=(lead,)))
    assert Answer("q", lead=(lead,), related=(near,)).quotes == (lead,)  # not a quote the answer cites


def test_answer_text_is_its_markdown():
    answer = Answer("q", lead=(_q("Lead sentence."),))
    assert answer.text == markdown(answer) and answer.quotes[0].text == "Lead sentence."


def test_plain_text_keeps_structure_without_markup_or_terminal_escapes():
    lead = _q("Lead \x1b]0;pwned\x07sentence \x1b[31mred\x1b[0m *not bold*.", title="T\x1b[2Jitle")
    out = plain(Answer("q", lead=(lead,)))
    assert "\x1b" not in out and "\x07" not in out
    assert "> “Lead sentence red *not bold*.” [1]" in out
    assert re.search(r"^\[1\] Title — a\.txt, characters 0–", out, re.M)
    assert printable("a\tb\x00c\u202ed\nz") == "a bcd\nz"


def test_abstentions_say_what_no_passage_gives():
    assert message(Abstention("no_count", ("tanks", "Ukraine"))).endswith(
        "no passage gives a number of tanks for Ukraine.")
    assert message(Abstention("no_count", ("civilians",))).endswith("no passage gives a number of civilians.")
    assert "gives a depth with its unit" in message(Abstention("no_measure", ("depth",)))
