"""ui.py and the HTML helpers of qa/present.py: pure functions, no model (one slow end-to-end test at the end)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

import ui  # the app at the repo root; pytest's pythonpath includes it
from qa.html_view import answer_html, citation_html, context_html, index_html, passages_html
from qa.present import escape as inert
from qa.present import numbered, sections
from qa.records import Abstention, Answer, Article, IndexInfo, OffsetMap, Passage, Quote

HOSTILE = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[click](javascript:window.__pwned=1)",
    '<iframe src="javascript:window.__pwned=1"></iframe>',
    "**bold** _em_ `code` $$x$$ # heading",
    "https://evil.example/x www.evil.example mail@evil.example",
    "&lt;b&gt; already-escaped &amp; entity",
]
TEXT = ("First paragraph about the ferry.\n\nThe ferry carries 4,321 passengers a week. "
        + " ".join(HOSTILE) + "\nLast line.")
QUOTED = "The ferry carries 4,321 passengers a week."


def _article(text: str = TEXT, **metadata: str) -> Article:
    offsets = OffsetMap((0,), (0,), (len(text),), len(text), len(text))
    return Article("zz.txt", "zz.txt", "Ferry <b>news</b>", text, offsets, metadata=metadata)


def _quote(article: Article, text: str = QUOTED, n: int = 0) -> Quote:
    start = article.text.index(text)
    return Quote(text=text, doc_id=article.doc_id, title=article.title, path=article.path, start=start,
                 end=start + len(text), score=0.9 + n, metadata=article.metadata)


def _answer(lead: tuple[Quote, ...], support: tuple[Quote, ...] = (), abstained: bool = False) -> Answer:
    passage = Passage("c1", "zz.txt", "Ferry <script>x</script>", "zz.txt", " ".join(HOSTILE), 0, 10, 0.03,
                      1, None, {}, ("dup.txt",))
    if abstained:
        return Answer("How many passengers?", related=lead, abstention=Abstention("unsupported"), passages=(passage,),
                      resolved_question="How many passengers?")
    return Answer("How many passengers?", lead=lead, support=support, passages=(passage,),
                  resolved_question="How many passengers?")


def _tags(html: str) -> set[str]:
    return {t.lower() for t in re.findall(r"<\s*([a-zA-Z][\w-]*)", html)}


SAFE_TAGS = {"details", "summary", "div", "mark", "br", "span", "strong", "small", "p"}


@pytest.mark.parametrize("text", HOSTILE)
def test_inert_leaves_no_markup(text):
    out = inert(text)
    assert not re.search(r"[<>\[\]()*_`$:@\"']", out)
    assert "\n" not in out
    assert "www." not in out.lower()


def test_inert_round_trips_through_html_unescape():
    for text in HOSTILE:
        assert html.unescape(inert(text)) == " ".join(text.split())


def test_context_marks_the_quote_and_cuts_at_spaces():
    start = TEXT.index(QUOTED)
    out = context_html(TEXT, start, start + len(QUOTED), width=20)
    assert f"<mark>{inert(QUOTED)}</mark>" in out
    assert out.startswith("…") and out.endswith("…")
    assert "<script" not in out and "\n" not in out
    whole = context_html(TEXT, start, start + len(QUOTED), width=10_000)
    assert whole.startswith("First paragraph") and "<br>" in whole and not whole.endswith("…")


def test_citation_shows_title_source_date_file_and_keeps_metadata_inert():
    article = _article(source="<script>evil()</script>Daily", published_at="2023-03-01",
                       url="javascript:alert(1)", author="A <b>B</b>")
    out = citation_html(3, _quote(article), article)
    assert out.startswith('<details class="qa-cite"><summary><span class="qa-n">[3]</span>')
    assert "Ferry &lt;b&gt;news&lt;/b&gt;" in out and "Daily" in out and "2023&#45;03&#45;01" in out
    assert "zz.txt" in out.replace("&#46;", ".") and "<mark>" in out
    assert _tags(out) <= SAFE_TAGS
    assert "javascript:" not in out and "href" not in out


def test_citation_without_the_article_still_marks_the_quote():
    article = _article()
    out = citation_html(1, _quote(article), None)
    assert f"<mark>{inert(QUOTED)}</mark>" in out


def test_answer_html_turns_sources_into_citations_in_context():
    article = _article()
    q1, q2 = _quote(article), _quote(article, "Last line.", 1)
    out = answer_html(_answer((q1,), (q2,)), lambda doc_id: article)
    assert [n for n, _ in numbered(sections(_answer((q1,), (q2,))))] == [1, 2]
    body, html_block = out.split("\n\n<div", 1)
    assert "**Sources**" not in out and body.startswith("> “")
    assert html_block.index("[1]") < html_block.index("[2]")
    assert "\n" not in html_block  # a blank line would end the HTML block and let Markdown in
    assert _tags(html_block) <= SAFE_TAGS
    assert "4,321" in re.sub(r"<[^>]+>", "", html_block)


def test_abstention_keeps_its_message_and_related_sentences():
    out = answer_html(_answer((_quote(_article()),), abstained=True), lambda doc_id: None)
    assert out.startswith("**The articles do not answer this question.**")
    assert "Closest passages" in out


def test_passages_panel_shows_ranks_and_inert_text():
    article = _article()
    out = passages_html(_answer((_quote(article),)).passages, "q <script>")
    shown = html.unescape(out)  # the ranks in words, the numbers on hover
    assert '<span title="BM25 rank 1 · dense rank none (not in its top list) · fused by reciprocal rank: 0.0300">' \
           "matched words: #1 · matched meaning: not ranked</span>" in shown
    assert _tags(out) <= SAFE_TAGS
    assert "dup.txt" in out.replace("&#46;", ".")
    assert "appear here" in passages_html(())


def test_index_panel_counts_model_and_state():
    info = IndexInfo(index_dir="index", version="index/v-1", corpus="articles", n_articles=3, n_chunks=38,
                     n_sentences=150, n_skipped=0, model="m", dim=384, built_at="2026-11-22T00:43:07+00:00")
    out = index_html(info, index_dir="index", corpus="articles")
    assert "3 articles · 38 chunks · 150 sentences" in out and "2026&#45;11&#45;22 00&#58;43&#58;07 UTC" in out
    building = index_html(None, index_dir="index", corpus="articles", state="Building the index… 3 s")
    assert "Building the index" in building


class _FakeIndex:
    def __init__(self, article: Article) -> None:
        self._article = article

    def article(self, doc_id: str) -> Article:
        if doc_id != self._article.doc_id:
            raise KeyError(doc_id)
        return self._article


def test_respond_streams_progress_then_the_answer(monkeypatch):
    article = _article()
    quote = _quote(article)
    seen = {}

    def fake_answer_with(index, question, history, *, k):
        seen.update(question=question, history=history, k=k)
        return _answer((quote,))

    monkeypatch.setattr(ui, "cached_index", lambda index_dir, **_: _FakeIndex(article))
    monkeypatch.setattr(ui, "answer_with", fake_answer_with)
    history = [{"role": "user", "content": "What about the ferry?"}, {"role": "assistant", "content": "..."}]
    turns = list(ui.respond("How many passengers?", history, index_dir="x"))
    assert len(turns) == 2 and "Searching" in turns[0][0]
    chat, panel = turns[-1]
    assert "<mark>" in chat and 'class="qa-cite"' in chat and "matched words: #1" in html.unescape(panel)
    assert seen == {"question": "How many passengers?", "history": history, "k": 5}


def test_respond_shows_a_user_error_as_one_line(tmp_path):
    *_, (chat, panel) = ui.respond("Anything?", [], index_dir=tmp_path / "none")
    assert chat.startswith("⚠️") and "no index in" in chat and "\n" not in chat
    assert "Traceback" not in chat


class _FakeBuild:
    def __init__(self, ticks: int, error: str = "") -> None:
        self.ticks, self.error = ticks, error

    @property
    def running(self) -> bool:
        return self.ticks > 0

    def elapsed(self) -> float:
        return 7.0

    def wait(self, seconds: float) -> None:
        self.ticks -= 1


def test_respond_waits_for_a_build_then_reports_its_failure():
    turns = list(ui.respond("Q?", [], index_dir="x", build=_FakeBuild(2, error="no readable articles in x")))
    assert [("Building the index" in c) for c, _ in turns] == [True, True, False]
    assert "could not be built: no readable articles in x" in html.unescape(turns[-1][0])


def test_a_background_build_of_a_missing_corpus_fails_with_its_message(tmp_path):
    build = ui.IndexBuild(tmp_path / "missing", tmp_path / "index")
    assert ui.needs_build(tmp_path / "missing", tmp_path / "index")
    build.start().wait(30)
    assert not build.running and "corpus path not found" in build.error
    assert "could not be built" in ui.index_status(tmp_path / "index", tmp_path / "missing", build)


def test_index_status_reads_the_manifest_or_says_why_not(tmp_path):
    assert "no index in" in ui.index_status(tmp_path, "articles")
    assert "Building the index… 7 s" in ui.index_status(tmp_path, "articles", _FakeBuild(1))


def test_auth_and_host_warning():
    assert ui.parse_auth("") is None
    assert ui.parse_auth("ann:s3:cret") == ("ann", "s3:cret")
    with pytest.raises(ui.QAError, match="user:password"):
        ui.parse_auth("no-colon")
    assert ui.host_warning("127.0.0.1", None) == ""
    assert "QA_UI_AUTH" in ui.host_warning("0.0.0.0", None)
    assert ui.host_warning("0.0.0.0", ("a", "b")) == ""


def test_main_refuses_a_malformed_auth_variable(monkeypatch, capsys):
    monkeypatch.setenv("QA_UI_AUTH", "nopassword")
    assert ui.main(["--index", "nowhere"]) == 2
    assert "QA_UI_AUTH" in capsys.readouterr().err


def test_flags_default_to_the_environment(monkeypatch):
    monkeypatch.setenv("QA_UI_HOST", "0.0.0.0")
    monkeypatch.setenv("QA_UI_PORT", "8123")
    monkeypatch.setenv("QA_INDEX", "/tmp/i")
    monkeypatch.setenv("QA_CORPUS", "/tmp/c")
    args = ui.parse_args([])
    assert (args.host, args.port, args.index, args.corpus) == ("0.0.0.0", 8123, "/tmp/i", "/tmp/c")
    assert ui.parse_args(["--port", "9"]).port == 9


def test_examples_only_for_the_shipped_corpus(tmp_path):
    assert ui.examples_for(Path(ui.__file__).parent / "articles") == list(ui.EXAMPLES)
    assert ui.examples_for(tmp_path) == []


def test_build_demo_lays_out_chat_and_side_panel(tmp_path):
    demo = ui.build_demo(tmp_path / "index", tmp_path)
    ids = {getattr(b, "elem_id", None) for b in demo.blocks.values()}
    assert {"qa-chat", "qa-input", "qa-passages", "qa-index"} <= ids


def test_the_chat_answers_api_calls_at_ask(tmp_path):
    """`/ask` is the chat's answer (benchmarks/load_test.py and API clients call it), not a page event that took the
    name first (the question noted for saved chats did, and an API call got an empty answer)."""
    demo = ui.build_demo(tmp_path / "index", tmp_path)
    ask = next(f for f in demo.fns.values() if f.api_name == "ask")
    by_id = {getattr(b, "elem_id", None): b for b in demo.blocks.values()}
    assert ask.api_visibility == "public" and ask.inputs[0] is by_id["qa-input"]
    assert by_id["qa-passages"] in ask.outputs and by_id["qa-index"] in ask.outputs  # the answer's panels too


@pytest.mark.slow
def test_follow_up_and_rebuild_while_running(tmp_path):
    """Real model: a follow-up uses the history, and a rebuilt index is used by the next question."""
    from qa.build import build_index

    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(Path(ui.__file__).parent / "articles" / "001_f654224a43d1d56f.txt", corpus)
    build_index(corpus, tmp_path / "index")
    first = [{"role": "user", "content": "What are Switchblade drones?"}, {"role": "assistant", "content": "…"}]
    *_, (chat, panel) = ui.respond("How long can they loiter?", first, index_dir=tmp_path / "index")
    assert "40 minutes" in chat and "<mark>" in chat and "Switchblade" in panel
    (corpus / "new.txt").write_text("Lighthouse keepers\n\nThe Quibbleton lighthouse was painted bright purple "
                                    "in 1987 by its keeper.\n", encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    *_, (chat, _) = ui.respond("What colour was the Quibbleton lighthouse painted?", [],
                               index_dir=tmp_path / "index")
    assert "bright purple" in chat and "new.txt" in chat.replace("&#46;", ".")


@pytest.mark.slow
def test_a_build_from_the_page_ends_with_its_new_version_loaded(tmp_path):
    """The next question after "Update the index" does not pay for loading the new version."""
    from qa import store
    from qa.retrieve import _cache as loaded_indexes

    corpus, index_dir = tmp_path / "articles", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Bridges\n\nThe Eastvale bridge reopened on Friday after repairs.\n")
    build = ui.IndexBuild(corpus, index_dir).start()
    build.wait(600)
    assert not build.running and not build.error
    loaded = loaded_indexes.get((index_dir.resolve(), None))
    assert loaded is not None and loaded[0] == store.current_version(index_dir).name
