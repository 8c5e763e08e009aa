"""Filters by source and date (issue 14, item 3), with the real model: in Python (`qa.retrieve`, `qa.answer`,
`Index.retrieve`, `answer_with`) and on the command line (`--source`, `--since`, `--until`). The filter works
inside retrieval, before top-k: a source whose passages all rank below k unfiltered still fills k filtered."""

from __future__ import annotations

import datetime as dt
import html
import json
import shutil

import numpy as np
import pytest
from conftest import ARTICLES

from qa.errors import QuestionError
from qa.filters import ArticleFilter, make_filter, parse_day, source_names

QUESTION = "Which islands does the Tsugaru Strait separate?"
FERRY_QUESTION = "When does the first island ferry crossing leave?"
# Wire stories on other topics: unfiltered, none of them is among the top passages for QUESTION.
WIRE = [
    {"id": "gazette-1", "title": "Harbour dues rise for fishing boats", "source": "Harbour Gazette",
     "published_at": "2023-01-05T09:00:00+00:00",
     "body": "The port authority raised harbour dues for fishing boats by four percent on Monday. Skippers said "
             "the rise would cost the average trawler 300 euros a year."},
    {"id": "gazette-2", "title": "New lighthouse keeper appointed", "source": "Harbour Gazette",
     "published_at": "2023-02-10T09:00:00+00:00",
     "body": "A new keeper was appointed to the north lighthouse on Friday. She served twelve years in the coast "
             "guard before taking the post."},
    {"id": "gazette-3", "title": "Ferry timetable changes for winter", "source": "Harbour Gazette",
     "published_at": "2023-03-15T09:00:00+00:00",
     "body": "The island ferry will sail twice a day instead of four times from November, the operator said. "
             "The first crossing leaves at seven in the morning."},
    {"id": "valley-1", "title": "Apple harvest breaks record", "source": "Valley Times",
     "published_at": "2024-06-01T09:00:00+00:00",
     "body": "Orchards in the valley picked 12,000 tonnes of apples this autumn, a record, growers said."},
    {"id": "undated-1", "title": "Town hall repainted", "source": "Valley Times",
     "body": "The town hall was repainted blue over the summer, the council said."},
]
GAZETTE = {"gazette-1", "gazette-2", "gazette-3"}


@pytest.fixture(scope="module")
def wire_index(tmp_path_factory):
    """(index folder, loaded index): the shipped articles (no source or date) plus WIRE as a .jsonl file."""
    from qa.build import build_index
    from qa.retrieve import load_index

    root = tmp_path_factory.mktemp("filters")
    corpus = root / "articles"
    shutil.copytree(ARTICLES, corpus)
    (corpus / "wire.jsonl").write_text("".join(json.dumps(r) + "\n" for r in WIRE), encoding="utf-8")
    build_index(corpus, root / "index")
    return root / "index", load_index(root / "index")


def test_parse_day_takes_dates_and_iso_days_and_names_the_fix():
    assert parse_day("2023-10-19") == dt.date(2023, 10, 19) == parse_day(dt.datetime(2023, 10, 19, 8))
    assert parse_day(None) is None and parse_day("  ") is None
    for bad in ("2023-13-01", "19/10/2023", "yesterday", "2023-1-5"):
        with pytest.raises(QuestionError, match=r"--since .* is not a date: write it as YYYY-MM-DD"):
            parse_day(bad, "--since")


def test_make_filter_cleans_sources_and_refuses_a_reversed_range():
    assert make_filter("Reuters") == ArticleFilter(("Reuters",))
    assert make_filter(["  BBC  News", "", "BBC News"], "2023-01-01").sources == ("BBC News",)
    assert not make_filter() and make_filter(until="2023-01-01")
    with pytest.raises(QuestionError, match="since 2024-01-01 is after until 2023-01-01: swap them"):
        make_filter(since="2024-01-01", until="2023-01-01")


@pytest.mark.slow
def test_filtering_happens_before_top_k(wire_index):
    _, index = wire_index
    unfiltered = index.retrieve(QUESTION, k=3)
    below = {"gazette-1", "gazette-2"}  # the harbour dues and the lighthouse keeper rank below k unfiltered
    assert len(unfiltered) == 3 and not {p.doc_id for p in unfiltered} & below
    filtered = index.retrieve(QUESTION, k=3, sources=["Harbour Gazette"])
    assert len(filtered) == 3 and {p.doc_id for p in filtered} == GAZETTE  # dropping afterwards would leave <= 1
    assert all(p.metadata["source"] == "Harbour Gazette" for p in filtered)


@pytest.mark.slow
def test_sources_ignore_case_and_dates_bound_inclusively(wire_index):
    _, index = wire_index
    assert {p.doc_id for p in index.retrieve(QUESTION, k=5, sources=["harbour gazette"])} == GAZETTE
    feb_mar = index.retrieve(QUESTION, k=5, since="2023-02-10", until=dt.date(2023, 3, 15))
    assert {p.doc_id for p in feb_mar} == {"gazette-2", "gazette-3"}
    # No date: outside any date range (the shipped articles and undated-1 have none); kept without a date bound.
    assert {p.doc_id for p in index.retrieve("town hall repainted", k=10, since="2000-01-01")} <= GAZETTE | {"valley-1"}
    assert "undated-1" in {p.doc_id for p in index.retrieve("town hall repainted", k=3, sources=["Valley Times"])}


@pytest.mark.slow
def test_the_chunk_mask_matches_the_filter(wire_index):
    _, index = wire_index
    mask = index.mask(make_filter(["Valley Times"], until="2024-12-31"))
    docs = {index.articles[d].doc_id for d in np.unique(index.chunk_doc[mask])}
    assert docs == {"valley-1"} and index.mask(ArticleFilter()) is None


def test_a_source_matches_ignoring_case_and_runs_of_spaces_on_both_sides(wire_index):
    import dataclasses

    _, index = wire_index
    spaced = dataclasses.replace(index, article_source=np.array(
        [" ".join(s.replace("Harbour", "HARBOUR ").split(" ")) for s in index.article_source], dtype=object))
    for idx in (index, spaced):  # "HARBOUR  Gazette" in the metadata, "harbour gazette " asked
        mask = idx.chunk_mask(sources=["harbour \t gazette "])
        assert {idx.articles[d].doc_id for d in np.unique(idx.chunk_doc[mask])} == GAZETTE


def test_each_source_is_listed_once_in_its_commonest_spelling():
    spelt = ["The  Verge", "The Verge", "the verge ", "The Verge", "BBC", "  ", "", "Al Jazeera", "al  jazeera"]
    assert source_names(spelt) == ["Al Jazeera", "BBC", "The Verge"]  # a tie keeps the first seen
    assert source_names(["The  Verge", "The  Verge", "The Verge"]) == ["The  Verge"]


def test_the_panel_lists_a_source_once_and_its_pick_keeps_every_spelling(wire_index, monkeypatch):
    import dataclasses

    from qa import ui_filters

    index_dir, index = wire_index
    spelt = [s.replace(" ", "  ") if a.doc_id == "gazette-1" else s  # gazette-1 as "Harbour  Gazette"
             for s, a in zip(index.article_source, index.articles, strict=True)]
    spaced = dataclasses.replace(index, article_source=np.array(spelt, dtype=object))
    assert len(set(spaced.article_source) - {""}) == 3
    monkeypatch.setattr(ui_filters, "cached_index", lambda *_, **__: spaced)
    shown = ui_filters.source_choices(index_dir)
    assert shown == ["Harbour Gazette", "Valley Times"]
    mask = spaced.chunk_mask(sources=shown[:1])
    assert {spaced.articles[d].doc_id for d in np.unique(spaced.chunk_doc[mask])} == GAZETTE


@pytest.mark.slow
def test_answer_under_a_filter_says_so_and_quotes_only_kept_articles(wire_index):
    import qa

    index_dir, _ = wire_index
    a = qa.answer("When does the first island ferry crossing leave?", index_dir=index_dir,
                  sources=["Harbour Gazette"], since="2023-03-01")
    assert a.filter == ArticleFilter(("Harbour Gazette",), dt.date(2023, 3, 1))
    assert not a.abstained and {q.doc_id for q in a.quotes} == {"gazette-3"}
    assert "seven in the morning" in a.lead[0].text
    text = html.unescape(a.text)  # Markdown escapes "-" as a character reference
    assert "Filtered: source Harbour Gazette · published since 2023-03-01" in text
    assert "Harbour Gazette · 2023-03-15" in text  # the citation's source and day
    assert all(p.doc_id in GAZETTE for p in a.passages)


@pytest.mark.slow
def test_a_filter_that_keeps_nothing_says_the_filter_excluded_everything(wire_index):
    import qa

    index_dir, _ = wire_index
    a = qa.answer(QUESTION, index_dir=index_dir, sources=["Harbour Gazette"], since="2030-01-01")
    assert a.abstained and a.abstention.reason == "filtered" and not a.passages
    assert "the filter excludes every one" in a.text and "published since 2030-01-01" in html.unescape(a.text)
    assert qa.retrieve(QUESTION, index_dir=index_dir, sources=["No Such Paper"]) == []
    unfiltered = qa.answer(QUESTION, index_dir=index_dir)
    assert not unfiltered.abstained and "Filtered" not in unfiltered.text and not unfiltered.filter


@pytest.mark.slow
def test_cli_ask_and_search_take_the_filter_flags(wire_index, capsys):
    from qa.cli import main

    index_dir, _ = wire_index
    assert main(["search", "--index", str(index_dir), "--source", "Harbour Gazette", "--source", "Valley Times",
                 "--until", "2023-12-31", "-k", "3", *QUESTION.split()]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Filtered: sources Harbour Gazette, Valley Times · published until 2023-12-31")
    assert out.count("Harbour Gazette · 2023-") == 3 and "Tsugaru" not in out.split("\n", 2)[2][:200]
    assert main(["ask", "--index", str(index_dir), "--source", "Harbour Gazette", "When", "does", "the", "first",
                 "island", "ferry", "crossing", "leave?"]) == 0
    out = capsys.readouterr().out
    assert "seven in the morning" in out and "Filtered: source Harbour Gazette" in out
    assert main(["ask", "--index", str(index_dir), "--since", "2031-01-01", *QUESTION.split()]) == 0
    assert "the filter excludes every one" in capsys.readouterr().out
    assert main(["search", "--index", str(index_dir), "--since", "2030-01-01", "Tsugaru"]) == 0
    assert "the filter excludes every one" in capsys.readouterr().out


def test_cli_a_bad_date_is_one_line_naming_the_fix(tmp_path, capsys):
    from qa.cli import main

    assert main(["ask", "--index", str(tmp_path), "--until", "31/12/2023", "Who?"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == "error: --until '31/12/2023' is not a date: write it as YYYY-MM-DD, e.g. 2023-10-19"


@pytest.mark.slow
def test_the_ui_turn_takes_the_filter_and_the_panel_says_so(wire_index):
    import ui

    index_dir, _ = wire_index
    def turn(**where) -> tuple[str, str]:  # the last (chat, panel) of a turn, character references undone
        chat, panel = list(ui.respond(FERRY_QUESTION, [], index_dir=index_dir, **where))[-1]
        return html.unescape(chat), html.unescape(panel)

    chat, panel = turn(sources=["Harbour Gazette"], since="2030-01-01")
    assert "the filter excludes every one" in chat and "the filter excludes every article" in panel
    assert "is not a date: write it as YYYY-MM-DD" in turn(since="1-2-2023")[0]
    chat, panel = turn(sources=["Harbour Gazette"])
    assert "seven in the morning" in chat and "Filtered: source Harbour Gazette" in panel
    assert "Harbour Gazette · 2023-03-15" in panel  # each passage's source and day


@pytest.mark.slow
def test_chat_asks_every_question_under_the_filter(wire_index, capsys):
    from qa.chat import run_chat
    from qa.cli import main

    index_dir, _ = wire_index
    lines, out = iter([FERRY_QUESTION, QUESTION, "exit"]), []
    assert run_chat(index_dir, read=lambda prompt: next(lines), write=out.append, sources=["Harbour Gazette"]) == 0
    text = "\n".join(out)
    assert "seven in the morning" in text and "Honshu" not in text  # the strait question too: only the Gazette
    assert text.count("Filtered: source Harbour Gazette") == 2
    assert main(["chat", "--index", str(index_dir), "--since", "2023-02-30"]) == 1  # before any question
    assert "--since '2023-02-30' is not a date" in capsys.readouterr().err
