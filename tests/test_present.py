import re

from qa.markdown import abstention, compose, escape
from qa.records import Quote


def _q(text, doc="a.txt", start=0, **kw):
    return Quote(text=text, doc_id=doc, title=kw.pop("title", "Title"), path=doc, start=start,
                 end=start + len(text), score=1.0, **kw)


def test_article_text_cannot_become_markup():
    hostile = '<script>alert(1)</script> [click](javascript:alert(1)) ![x](http://e/x.png) **bold** <img onerror=x>'
    out = escape(hostile)
    assert "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)\[", out) and not re.search(r"(?<!\\)\(", out)
    assert "\\*\\*bold\\*\\*" in out


def test_compose_numbers_citations_and_lists_sources():
    lead, other = _q("Lead sentence."), _q("Other sentence.", doc="b.txt", start=5, also_in=("c.txt",))
    text = compose([("", [lead]), ("Also reported:", [other])])
    assert "> “Lead sentence.” [1]" in text
    assert "> “Other sentence.” [2]" in text
    assert "**Sources**" in text
    assert "[2] *Title* — b.txt, characters 5–20 (also in c.txt)" in text


def test_a_quote_shown_twice_keeps_its_number():
    lead = _q("Lead 214 tanks.")
    text = compose([("", [lead]), ("Sources differ:", [lead, _q("Other 3,466 tanks.", doc="b.txt")])])
    assert text.count("[1]") == 3 and "[3]" not in text


def test_abstention_says_so_and_labels_related_passages():
    text = abstention([_q("Nearby sentence.")])
    assert text.startswith("The articles do not answer this question.")
    assert "related, not an answer" in text
    assert abstention([]) == "The articles do not answer this question."
