"""An `add` carries unchanged articles' duplicate keys, groups and BM25 token digests over from the previous
version (qa/carry.py, qa/token_rows.py): what it writes is what a full computation over every row gives, and an
index written before the duplicate keys existed still updates (its next build computes them all)."""

import json

import numpy as np
import pytest
from conftest import ARTICLES

import qa
from qa import carry, rows, segments, store
from qa.article_table import TEXT
from qa.columns import segment_names, strings_file
from qa.config import Settings
from qa.dedup import duplicate_groups, text_keys
from qa.spelling import count_words

pytestmark = pytest.mark.slow
KEEP = Settings(bm25_merge_share=0.9)  # three articles: a fourth is far past the default share
GOZO = "The Gozo ferry leaves Cirkewwa every 45 minutes. It carries cars and foot passengers across the channel.\n"


def _copying_article() -> str:
    """A new article that repeats sentences of a shipped one (so the new rows join existing groups)."""
    text = next(ARTICLES.glob("000_*.txt")).read_text(encoding="utf-8")
    lines = [x.strip() for x in text.splitlines() if len(x.split()) > 12][:3]
    return "# Strait news\n\n" + "\n\n".join(lines) + "\n\n" + GOZO


def _sentence_texts(version):
    manifest = store.open_version(version.parent).manifest
    tables = rows.read_tables(version, manifest)
    return [tables.articles[d].text[s:e] for d, s, e in
            zip(tables.sentences.doc.tolist(), tables.sentences.start.tolist(), tables.sentences.end.tolist(),
                strict=True)], tables


def _keys(version, kind):
    """A version's duplicate keys of `kind`, row by row, read through their segments."""
    manifest = store.open_version(version.parent).manifest
    kept = carry.read_rows(version, manifest, rows.read_tables(version, manifest), KEEP.dedup_threshold)
    return np.asarray((kept.chunks if kind == "chunk" else kept.sentences).keys)


def _check_as_full(version):
    texts, tables = _sentence_texts(version)
    keys = _keys(version, "sentence")
    assert (keys == text_keys(texts, KEEP.dedup_threshold)).all()
    groups = duplicate_groups(texts, threshold=KEEP.dedup_threshold)
    assert np.asarray(tables.sentences.dup_of).tolist() == groups
    assert groups != list(range(len(texts)))  # the copied sentences are grouped
    words = json.loads((version / rows.WORDS).read_text())
    assert list(zip(words["words"], words["counts"], strict=True)) == list(count_words(
        t for a in tables.articles for t in (a.title, a.text, *a.metadata.values())).items())


def test_an_add_writes_the_keys_and_groups_of_a_full_computation(shipped_copy, tmp_path):
    _, index_dir = shipped_copy
    (tmp_path / "strait.md").write_text(_copying_article())
    qa.add_to_index([tmp_path / "strait.md"], index_dir, settings=KEEP)
    _check_as_full(store.current_version(index_dir))
    chunks = np.load(store.current_version(index_dir) / rows.CHUNKS)
    assert chunks[-1, 6] == 0  # its one chunk repeats 000's first: a near copy, as a full build finds (main too)
    qa.remove_from_index(["strait.md"], index_dir, settings=KEEP)
    texts, tables = _sentence_texts(store.current_version(index_dir))
    assert np.asarray(tables.sentences.dup_of).tolist() == duplicate_groups(texts, threshold=KEEP.dedup_threshold)


def test_an_index_from_before_the_keys_still_updates(shipped_copy, tmp_path, forge_checksums):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    manifest = json.loads((version / store.MANIFEST).read_text())
    for kind in carry.KINDS:
        for name in (carry.keys_file(kind), carry.edges_file(kind)):
            (version / name).unlink()
            del manifest["files"][name]
    (version / store.MANIFEST).write_text(json.dumps(manifest))
    forge_checksums(version)
    assert qa.load_index(index_dir).retrieve("Which islands does the Tsugaru Strait separate?")
    (tmp_path / "strait.md").write_text(_copying_article())
    qa.add_to_index([tmp_path / "strait.md"], index_dir, settings=KEEP)
    new = store.current_version(index_dir)
    assert (new / carry.keys_file("chunk")).exists()
    _check_as_full(new)


def test_an_add_links_the_previous_keys_and_writes_only_the_new_rows(shipped_copy, tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(segments, "MERGE_SHARE", 0.99)  # three articles: any edit is past the default share
    _, index_dir = shipped_copy
    before = store.current_version(index_dir)
    n_before = len(_keys(before, "sentence"))
    (tmp_path / "strait.md").write_text(_copying_article())
    qa.add_to_index([tmp_path / "strait.md"], index_dir, settings=KEEP)
    after = store.current_version(index_dir)
    for kind in carry.KINDS:
        base, delta, row_map = segments.names_of(carry.keys_file(kind))
        assert os.stat(before / base).st_ino == os.stat(after / base).st_ino  # linked, not written again
        assert (after / delta).exists() and (after / row_map).exists()
    assert len(np.load(after / segments.names_of(carry.keys_file("sentence"))[1])) == len(_keys(after, "sentence")) \
        - n_before  # only the new article's rows were written
    base, delta, row_map = segment_names(TEXT)
    for name in strings_file(base):  # the article texts too: the base linked, the new article's text alone written
        assert os.stat(before / name).st_ino == os.stat(after / name).st_ino
    assert len(np.load(after / strings_file(delta)[1])) == 2 and (after / row_map).exists()
    assert [a.text for a in _sentence_texts(after)[1].articles] == [a.text for a in qa.load_index(index_dir).articles]
    _check_as_full(after)
    store.open_version(index_dir, trusting=False)  # every file's checksum holds
    qa.remove_from_index(["strait.md"], index_dir, settings=KEEP)
    again = store.current_version(index_dir)
    texts, tables = _sentence_texts(again)
    assert (_keys(again, "sentence") == text_keys(texts, KEEP.dedup_threshold)).all()
    assert np.asarray(tables.sentences.dup_of).tolist() == duplicate_groups(texts, threshold=KEEP.dedup_threshold)


def test_rows_carry_by_the_reused_flag_so_a_copy_from_a_ray_worker_carries_too():
    import copy
    from types import SimpleNamespace as NS

    from qa.split import Prepared

    before = NS(article_row={"a": 0, "b": 1}, chunks=NS(starts=np.array([0, 2, 3])),
                sentences=NS(starts=np.array([0, 3, 5])))
    articles = [NS(doc_id="a"), NS(doc_id="b")]
    split = NS(chunks=[0, 1], sentences=[0, 1, 2])
    prepared = [Prepared(split, [], None, reused=True), Prepared(NS(chunks=[0], sentences=[0, 1]), [], None)]
    for given in (prepared, copy.deepcopy(prepared)):  # Ray returns copies: no identity with the previous split
        rows_of = carry.carried(articles, given, before)
        assert rows_of.chunks.tolist() == [0, 1, -1] and rows_of.sentences.tolist() == [0, 1, 2, -1, -1]


def test_an_article_is_marked_reused_only_when_its_previous_split_is_kept():
    from dataclasses import replace

    from conftest import plain_article

    from qa.split import prepare_article

    def count(text: str) -> int:
        return len(text.split())

    article = plain_article("Ferries leave every hour. They carry cars.", title="Gozo")
    first = prepare_article(article, KEEP, count)
    assert not first.reused and prepare_article(article, KEEP, count, first.split).reused
    assert not prepare_article(replace(article, text=article.text + " More."), KEEP, count, first.split).reused
