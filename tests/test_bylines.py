""""Who wrote the article about X?" / "Which outlet published it?": answered from the article's byline line, its
`author` / `source` field (quoted verbatim, cited where the file writes it) or its author's biography; an article
naming none abstains, saying so. spaCy's real model reads the questions; the real models answer over the shipped
articles and over MultiHop-RAG records written as .json, .jsonl, a .md file's front matter and an HTML page."""

from __future__ import annotations

import json

import pytest
from conftest import needs_shared_data

from qa.answer import answer_with
from qa.clean import fold_text
from qa.credit import credit_asked
from qa.nlp import parse
from qa.present import markdown, plain
from qa.records import Abstention


@pytest.mark.parametrize(("question", "asks", "topic"), [
    ("Who wrote the article about Putin's manpower problem?", "author", "about Putin's manpower problem"),
    ("Which reporter wrote the article about the Russian warships in the Tsugaru Strait?", "author", "Tsugaru Strait"),
    ("By whom was the article about the Bakhmut casualties written?", "author", "Bakhmut casualties"),
    ("Who is the author of the article about Wall Street's September slump?", "author", "September slump"),
    ("Whose byline is on the Bakhmut article?", "author", "Bakhmut"),
    ("Which journalist wrote about Rainforest, the budding Stripe rival?", "author", "Rainforest"),
    ("Which outlet published the article about the death of Bill Kenwright?", "source", "Bill Kenwright"),
    ("Where was the article about Bakhmut published?", "source", "Bakhmut"),
    ("When was the article about Spotify's layoffs published?", "date", "Spotify's layoffs"),  # "was" the root
    ("When was the story on the Bakhmut casualties written?", "date", "Bakhmut casualties"),
    ("Who wrote it?", "author", ""), ("Which outlet published it?", "source", ""),
    ("When was this published?", "date", ""),
])
def test_a_question_asking_who_wrote_or_published_an_article_is_read_with_its_description(question, asks, topic):
    credit = credit_asked(parse(question))
    assert credit is not None and credit.asks == asks and topic in credit.topic


@pytest.mark.parametrize("question", [
    "Who wrote the letter to Zelensky?",  # a letter, not an article
    "Who wrote that Russia lost 214 tanks?",  # a claim in the text
    "Who was the first author of the UBC study on weight loss drugs?",  # a study the article reports
    "Who leads the Wagner Group?",
    "Who is Stavros Atlamazoglou?",
    "When was the book about Spotify published?",  # a book, not an article
    "What did it say?",
])
def test_other_questions_ask_no_article_credit(question):
    assert credit_asked(parse(question)) is None


def test_a_byline_line_of_the_shipped_article_answers_who_wrote_it(loaded):
    answer = answer_with(loaded, "Who wrote the article about Putin's manpower problem?")
    lead = answer.lead[0]
    assert not answer.abstained and lead.text == "By Chris Pleasance for MailOnline" and not lead.field
    assert loaded.article(lead.doc_id).text[lead.start:lead.end] == lead.text  # a span of the text, cited as any
    assert lead.place is not None and lead.place.kind == "file" and lead.place.line >= 1
    # the lead quote is the byline alone, not the headline line above it run into it (issue 13)
    plain_answer = answer_with(loaded, "Who wrote about Putin's manpower problem for MailOnline?")
    assert plain_answer.lead[0].text == "By Chris Pleasance for MailOnline"


def test_an_authors_biography_closing_the_article_answers_when_it_has_no_byline(loaded):
    answer = answer_with(loaded, "Who wrote the Bakhmut article?")
    assert not answer.abstained and "Stavros Atlamazoglou" in fold_text(answer.lead[0].text)
    assert fold_text(answer.lead[0].title).startswith("30,000 Casualties")


def test_an_article_with_no_source_field_abstains_saying_so(loaded):
    answer = answer_with(loaded, "Which outlet published the article about Bakhmut?")
    assert answer.abstention is not None and answer.abstention.reason == "no_source"
    assert "names no outlet" in plain(answer) and "30,000 Casualties" in plain(answer)


def test_a_byline_naming_the_outlet_answers_which_outlet_when_no_source_field_does(loaded):
    answer = answer_with(loaded, "Which outlet published the article about Putin's manpower problem?")
    assert answer.lead and answer.lead[0].text == "By Chris Pleasance for MailOnline" and not answer.lead[0].field


def test_an_article_the_corpus_does_not_hold_abstains(loaded):
    answer = answer_with(loaded, "Who wrote the article about the eruption of Mount Vesuvius?")
    assert answer.abstained and not answer.lead


_HTML = """<!DOCTYPE html><html><head><title>Ferry strike halts island crossings</title>
<meta name="author" content="Mara Lindqvist">
<meta property="og:site_name" content="Harbour Gazette"></head>
<body><article><h1>Ferry strike halts island crossings</h1>
<p>Ferry crews walked out on Monday, halting every crossing to the islands for the first time in a decade.</p>
<p>The union said the strike over night-shift pay would last three days, and the operator cancelled 40 sailings.</p>
<p>Islanders queued at the harbour for the one freight boat still running, which carried medicine and post.</p>
</article></body></html>
"""


@pytest.fixture(scope="module")
def credited_articles(tmp_path_factory):
    """An index of MultiHop-RAG records as corpus.json writes them (one field a line), one more as a .jsonl line, a
    .md file whose front matter names its author, and an HTML page declaring one; built with the real models."""
    from qa.build import build_index
    from qa.retrieve import load_index

    records = json.loads(needs_shared_data("multihop-rag", "corpus.json").read_text(encoding="utf-8"))
    wanted = ("ASX set to drop as Wall Street", "Which M.L.B. Playoff Team Has the Most Daunting",
              "With hopes of victory fading", "Here’s how Rainforest")
    keep = {w: next(r for r in records if r["title"].startswith(w)) for w in wanted}
    root = tmp_path_factory.mktemp("credited")
    corpus = root / "articles"
    corpus.mkdir()
    (corpus / "feed.json").write_text(json.dumps([keep[w] for w in wanted[:3]], indent=4), encoding="utf-8")
    (corpus / "more.jsonl").write_text(json.dumps(keep[wanted[3]]) + "\n", encoding="utf-8")
    (corpus / "bridge.md").write_text(
        '---\ntitle: "Old swing bridge reopens"\nauthor: "Tomas Ekberg"\nsource: Riverside Post\n---\n'
        "The old swing bridge over the canal reopened on Friday after two years of repairs.\n\n"
        "Engineers replaced the turning gear and repainted the iron spans in the original green.\n", encoding="utf-8")
    (corpus / "ferry.html").write_text(_HTML, encoding="utf-8")
    build_index(corpus, root / "index")
    return load_index(root / "index"), corpus


def _written_at(corpus, quote) -> str:
    """The characters of the file the quote's place names, read at its line and column."""
    place = quote.place
    line = (corpus / quote.path).read_text(encoding="utf-8").split("\n")[place.line - 1]
    return line[place.column - 1:place.column - 1 + place.raw_end - place.raw_start]


@pytest.mark.parametrize(("question", "author", "path"), [
    ("Who wrote the article about Wall Street's September slump and the ASX?", "Stan Choe", "feed.json"),
    ("Which journalist wrote about Rainforest, the budding Stripe rival?", "Christine Hall", "more.jsonl"),
    ("Who wrote the article about the old swing bridge reopening?", "Tomas Ekberg", "bridge.md"),
    ("Who wrote the article about the ferry strike halting island crossings?", "Mara Lindqvist", "ferry.html"),
])
def test_the_author_field_is_quoted_verbatim_and_cited_where_the_file_writes_it(credited_articles, question,
                                                                                 author, path):
    index, corpus = credited_articles
    answer = answer_with(index, question)
    lead = answer.lead[0] if answer.lead else None
    assert lead is not None and lead.text == author and lead.field == "author" and lead.path == path
    assert lead.place is not None and lead.place.kind == "file" and _written_at(corpus, lead) == author
    shown = markdown(answer)
    assert "the article's author field" in shown and f"its author field, line {lead.place.line}, column" in shown


def test_a_byline_in_the_text_beats_an_author_field_naming_the_outlet(credited_articles):
    index, _ = credited_articles  # `author`: "The New York Times"; its text opens "By Chad Jennings, ..."
    answer = answer_with(index, "Who wrote the New York Times article ranking the most daunting home fields of the "
                                "MLB playoff teams?")
    assert answer.lead and answer.lead[0].text.startswith("By Chad Jennings") and not answer.lead[0].field
    assert "Stephen J. Nesbitt" in answer.lead[0].text and "Wild Card" not in answer.lead[0].text


def test_the_source_field_answers_which_outlet_published_it(credited_articles):
    index, corpus = credited_articles
    answer = answer_with(index, "Which outlet published the article about Wall Street's September slump and the ASX?")
    assert answer.lead and answer.lead[0].text == "The Sydney Morning Herald" and answer.lead[0].field == "source"
    assert _written_at(corpus, answer.lead[0]) == "The Sydney Morning Herald"


def test_an_article_naming_no_author_abstains_saying_so(credited_articles):
    index, _ = credited_articles  # CNBC's record has "author": null and no byline or biography in its text
    answer = answer_with(index, "Who wrote the CNBC article about Ukraine's fight against Russia getting harder in "
                                "2024?")
    assert answer.abstention is not None and answer.abstention.reason == "no_author" and not answer.lead
    assert "“With hopes of victory fading, Ukraine's fight against Russia could get even harder in 2024” names no " \
           "author" in plain(answer)


@pytest.fixture(scope="module")
def squad_paragraphs(tmp_path_factory):
    """An index of two SQuAD paragraphs (plain .txt files: no byline, no metadata) whose text says who wrote or
    published an article about something."""
    from qa.build import build_index
    from qa.retrieve import load_index

    data = json.loads(needs_shared_data("squad", "dev-v1.1.json").read_text(encoding="utf-8"))
    wanted = {"Who wrote about the great pestilence in 1893?", "What publication published an article about Tesla in "
              "1912?"}
    root = tmp_path_factory.mktemp("squad_credit")
    (root / "articles").mkdir()
    for article in data["data"]:
        for n, paragraph in enumerate(article["paragraphs"]):
            if wanted & {q["question"] for q in paragraph["qas"]}:
                (root / "articles" / f"{article['title']}_{n}.txt").write_text(paragraph["context"], encoding="utf-8")
    build_index(root / "articles", root / "index")
    return load_index(root / "index")


@pytest.mark.parametrize(("question", "expected"), [
    ("Who wrote about the great pestilence in 1893?", "Francis Aidan Gasquet"),  # no article noun: "wrote about X"
    ("What publication published an article about Tesla in 1912?", "World Today"),  # "an article": one it tells of
])
def test_an_article_the_text_tells_of_is_answered_from_the_text_when_no_byline_names_a_writer(squad_paragraphs,
                                                                                               question, expected):
    answer = answer_with(squad_paragraphs, question)  # the paragraphs name no author: "no_author" would abstain
    assert not answer.abstained and expected in answer.lead[0].text and not answer.lead[0].field


def _chat(index, question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer_with(index, question).text}]


def test_who_wrote_this_article_asks_of_the_article_the_answer_before_quoted(loaded):
    history = _chat(loaded, "Which islands does the Tsugaru Strait separate?")
    answer = answer_with(loaded, "Who is the author of this article?", history)
    assert answer.lead and answer.lead[0].text == "By Chris Pleasance for MailOnline"
    history = _chat(loaded, "How far have Russian forces advanced around Bakhmut in nine months?")
    assert "Stavros Atlamazoglou" in fold_text(answer_with(loaded, "Who wrote that article?", history).lead[0].text)
    alone = answer_with(loaded, "Who is the author of this article?")  # which article: none was shown
    assert alone.abstention == Abstention("unshown") and "Which article? No answer in this chat" in alone.text


@pytest.mark.parametrize(("line", "quoted"), [
    ("Reporting by Pavel Polityuk; Writing by Tom Balmforth; Editing by Andrew Osborn",  # a wire trailer, whole
     "Reporting by Pavel Polityuk; Writing by Tom Balmforth; Editing by Andrew Osborn"),
    ("By Jane Doe and John Smith, Reuters", "By Jane Doe and John Smith, Reuters"),
    ("By John Smith, who was reporting by phone, the army advanced.", "By John Smith"),  # a statement: the name only
    ("By June, the shine had worn off.", None),
])
def test_a_byline_line_is_quoted_whole_when_it_states_nothing_else(line, quoted):
    from qa.bylines import _byline_span

    span = _byline_span(parse(line))
    assert (line[span[0]:span[1]] if span else None) == quoted


def test_a_pronoun_in_place_of_the_article_asks_of_the_one_quoted_before_and_is_not_rewritten(loaded):
    history = _chat(loaded, "Which islands does the Tsugaru Strait separate?")
    answer = answer_with(loaded, "Who wrote it?", history)  # main: "Who wrote it? (Tsugaru Strait)", a text sentence
    assert answer.lead and answer.lead[0].text == "By Chris Pleasance for MailOnline"
    assert answer.resolved_question in ("", "Who wrote it?")
    dated = answer_with(loaded, "When was it published?", history)  # the shipped .txt files have no date field
    assert dated.abstention is not None and dated.abstention.reason == "no_date" and not dated.quotes
    assert "gives no publication date" in dated.text
    assert answer_with(loaded, "Who wrote it?").abstention == Abstention("unshown")  # no article shown yet


def test_the_date_field_answers_when_the_article_was_published(credited_articles):
    index, corpus = credited_articles
    answer = answer_with(index, "When was the article about Wall Street's September slump and the ASX published?")
    lead = answer.lead[0] if answer.lead else None
    assert lead is not None and lead.field == "published_at" and lead.path == "feed.json"
    assert lead.text.startswith("2023-") and _written_at(corpus, lead) == lead.text  # verbatim, where the file says


def test_a_date_asked_of_an_article_the_text_tells_of_is_answered_from_the_text(squad_paragraphs):
    # SQuAD: the paragraph tells of a 1912 article; no date field, so the text answers (main before: "no_date")
    answer = answer_with(squad_paragraphs, "When did the World Today publish its Tesla article?")
    assert not answer.abstained and "1912" in answer.lead[0].text and not answer.lead[0].field
    assert credit_asked(parse("When was the IPCC Third Assessment Report published?")) is None  # a title's "Report"
