"""What an answer keeps rather than makes again (benchmarks/RESULTS.md, "qa.answer's CPU time"): each gives what making
it afresh gives. The sentence records of a loaded index, a JSON body literal read once for its citations, and the
question's spaCy reading made while the model embeds it; a compilation's share read from the copy groups."""

from __future__ import annotations

import json

from qa import index_rows, places
from qa.dialog import rank_in_context
from qa.json_places import read_literal
from qa.question import with_reading
from qa.records import Sentence


def test_sentence_records_are_those_of_their_spans(loaded, monkeypatch):
    monkeypatch.setattr(index_rows, "SENTENCES", 50)  # a small cap: the records are made again once it clears
    loaded._sentences.clear()  # the session's index: earlier tests kept records under the default cap
    rows = list(range(len(loaded.sentence_doc))) * 2  # each row read twice: made, then kept (or made again)
    for row in rows:
        article = loaded.articles[loaded.sentence_doc[row]]
        start, end = (int(x) for x in loaded.sentence_span[row])
        assert loaded.sentence(row) == Sentence(article.doc_id, start, end, article.text[start:end])
    assert 0 < len(loaded._sentences) <= 50


def test_a_body_literal_maps_every_character_to_where_the_file_writes_it():
    body = 'He said "no".\nCafé – 10\\20 \U0001f600 done\ttab \u2028 end'
    text = json.dumps([{"title": "T", "body": body}])  # ASCII escapes: \n, \", \u00e9, a surrogate pair...
    start = text.index('"body": "') + len('"body": "')
    literal = read_literal(text, start)
    assert literal.size == len(body) and text[literal.end] == '"'
    at = literal.positions(list(range(len(body) + 2)))
    for i in range(len(body)):  # each character decodes from the text at its position, up to the next one's
        upto = at[i + 1] if i + 1 < len(body) else literal.end
        assert json.loads(f'"{text[at[i]:upto]}"') == body[i]
    assert at[len(body)] == at[len(body) + 1] == literal.end  # at or past the end: the closing quote


def test_a_json_record_is_cited_the_same_from_its_kept_literal(tmp_path):
    from qa.build import build_index
    from qa.retrieve import load_index

    records = [{"title": f"Story {n}", "body": f'Line one of {n}.\nHe said "yes" – {n} times.\n\tCafé {n} closed.'}
               for n in range(3)]
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "feed.json").write_text(json.dumps(records), encoding="utf-8")
    build_index(tmp_path / "articles", tmp_path / "index")
    index = load_index(tmp_path / "index")
    spans = [(index.article(a.doc_id), s, s + 9) for a in index.articles for s in (0, 12, 30)]
    kept = [index.place(article, start, end) for article, start, end in spans]
    places._body.cache_clear()  # read afresh: the same places
    assert [index.place(article, start, end) for article, start, end in spans] == kept
    assert all(p.kind == "record" and p.line == 1 and p.column > 1 for p in kept)


def test_the_reading_made_while_the_model_embeds_is_the_questions_own(loaded):
    for asked in ("How many tanks has Russia lost?", "who leads the wagner grup", "Which islands does the Tsugaru "
                                                                                 "Strait separate?"):
        ranked = rank_in_context(loaded, asked)
        assert ranked.question == with_reading(loaded.question(asked, read=False))
        assert ranked.question.reading.entities or ranked.question.reading.counted  # read, not left empty


def test_a_compilation_share_read_from_the_groups_is_the_pass_over_every_sentence(loaded):
    from qa.copies import foreign_share

    groups = loaded._sentence_groups
    assert groups  # the shipped articles hold a cut-down copy of one of them
    cases = [(int(loaded.sentence_doc[m]), frozenset(int(loaded.sentence_doc[r]) for r in members))
             for members in groups.values() for m in members]
    cases += [(a, frozenset()) for a in range(len(loaded.articles))]
    for article, holders in cases:
        assert foreign_share(article, holders, loaded.sentence_doc, loaded.sentence_dup, groups) == foreign_share(
            article, holders, loaded.sentence_doc, loaded.sentence_dup)
