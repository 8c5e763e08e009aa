"""Row tables and article text as mapped NumPy files (index format 3): what a build wrote is what a load gives,
text is decoded only when read, and a file that does not fit its neighbours is the one-line "damaged" error."""

from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import plain_article

import qa
from qa import rows, store
from qa.article_table import LENGTHS, OFFSETS, TEXT, ArticleTable, listing, read_articles, write_articles
from qa.build import index_is_current
from qa.columns import int_table, read_strings, strings_file, write_strings
from qa.errors import IndexCorruptError, IndexStaleError
from qa.manifest import FORMAT_VERSION, Manifest
from qa.records import Article, OffsetMap

TEXTS = ["Kyiv said on Friday…", "", "Ünïcödé — 東京 🚢", "plain"]


def _limits(folder):
    return {p.name: p.stat().st_size for p in folder.iterdir()}


def _strings(folder, n=4):
    blob, bounds = strings_file("s")
    limits = _limits(folder)
    return read_strings(folder, "s", rows=n, limits=(limits[blob], limits[bounds]))


def test_a_string_column_gives_back_every_string(tmp_path):
    write_strings(tmp_path, "s", TEXTS)
    column = _strings(tmp_path)
    assert list(column) == TEXTS and column[-1 + len(TEXTS)] == "plain" and len(column) == 4
    assert column.byte_lengths().tolist() == [len(t.encode()) for t in TEXTS]
    with pytest.raises(IndexError):
        column[4]


@pytest.mark.parametrize("edit", [
    lambda b: b + 1,  # not from 0
    lambda b: np.array([0, 30, *b[2:]]),  # out of order
    lambda b: np.array([*b[:-1], b[-1] + 100]),  # past the bytes: the text file is shorter than they say
    lambda b: np.array([*b[:-1], b[-1] - 1]),  # short of the bytes
])
def test_string_bounds_that_do_not_fit_the_bytes_are_damage(tmp_path, edit):
    write_strings(tmp_path, "s", TEXTS)
    np.save(tmp_path / "s_bounds.npy", edit(np.load(tmp_path / "s_bounds.npy")).astype(np.int64))
    with pytest.raises(IndexCorruptError, match=r"s_bounds.npy is damaged \(bounds not rising from 0 to the 54 bytes"):
        _strings(tmp_path)


@pytest.mark.parametrize("block", [1 << 24, 1, 3, 7])  # small blocks put seams inside words, spaces and strings
def test_word_counts_on_the_bytes_equal_counting_each_decoded_text(tmp_path, block):
    texts = [*TEXTS, "  two\twords\n", " ", "a", "ends with space ", "tab\x0bvt"]
    write_strings(tmp_path, "s", texts)
    column = _strings(tmp_path, n=len(texts))
    assert column.word_counts(block).tolist() == [len(t.split()) for t in texts]


def test_a_string_that_is_not_utf8_is_damage_when_read(tmp_path):
    write_strings(tmp_path, "s", TEXTS)
    blob = np.load(tmp_path / "s.npy")
    blob[-2:] = 0xFF  # inside the last string only
    np.save(tmp_path / "s.npy", blob)
    column = _strings(tmp_path)
    assert column[2] == TEXTS[2]
    with pytest.raises(IndexCorruptError, match=r"s.npy is damaged \(row 3 is not UTF-8"):
        column[3]


def _articles() -> list[Article]:
    return [plain_article("The ferry leaves at nine. It returns at five.", "a.txt", "Ferry", source="Gozo News"),
            plain_article("Café ouvert — 東京 🚢 reopened.", "b.txt"),
            plain_article("x", "c.txt", "C")]


def test_articles_read_back_equal_to_what_the_build_wrote_text_decoded_on_access(tmp_path):
    articles = _articles()
    write_articles(tmp_path, articles)
    assert "text" not in json.loads((tmp_path / "articles.jsonl").read_text().splitlines()[0])
    table = read_articles(tmp_path, n=3, limits=_limits(tmp_path))
    assert isinstance(table, ArticleTable) and all(h.text == "" for h in table.heads)  # held: all but the text
    assert list(table) == articles and table[-1] == articles[-1] and table[np.int32(1)] == articles[1]
    assert table.lengths().tolist() == [len(a.text) for a in articles]


def test_listing_a_mapped_table_counts_words_without_decoding_a_text(tmp_path):
    articles = _articles()
    write_articles(tmp_path, articles)
    table = read_articles(tmp_path, n=3, limits=_limits(tmp_path))
    listed = listing(table)
    assert [(a.doc_id, n) for a, n in listed] == [(a.doc_id, len(a.text.split())) for a in articles]
    assert not table._cache and all(a.text == "" for a, _ in listed)  # no article was decoded to list them
    assert listing(articles) == [(a, len(a.text.split())) for a in articles]


def test_article_text_shorter_than_its_offsets_say_is_damage(tmp_path):
    articles = _articles()
    write_articles(tmp_path, [articles[0], articles[1].__class__(**{
        **{f: getattr(articles[1], f) for f in Article.__slots__}, "text": articles[1].text[:-1]}), articles[2]])
    # b's text lost its last character (one byte of UTF-8 in 4): its bytes still fit 1..4 a character, so the
    # load passes and reading it finds the difference.
    table = read_articles(tmp_path, n=3, limits=_limits(tmp_path))
    assert table[0] == articles[0]
    n = len(articles[1].text)
    with pytest.raises(IndexCorruptError, match=rf"article_text.npy is damaged \(article 1's text is {n - 1} "
                                                rf"characters, its offsets say {n}"):
        table[1]


def test_article_text_with_fewer_bytes_than_characters_is_refused_at_load(tmp_path):
    write_articles(tmp_path, _articles())
    lengths = np.load(tmp_path / LENGTHS)
    lengths[0, 1] += 10  # ASCII text: 10 characters more than it has bytes
    np.save(tmp_path / LENGTHS, lengths)
    with pytest.raises(IndexCorruptError, match=rf"{TEXT}.npy is damaged \(a text's bytes do not fit"):
        read_articles(tmp_path, n=3, limits=_limits(tmp_path))


def _segmented() -> list[Article]:
    """Articles whose offset maps have several segments (a replaced run, a cut), and one with none."""
    return [Article("a", "a.txt", "A", "fi and so on", OffsetMap((0, 2, 5), (0, 1, 9), (1, 4, 16), 12, 16)),
            Article("b", "b.txt", "", "", OffsetMap((), (), (), 0, 3)),
            *_articles()[:2]]


def test_offset_maps_are_columns_read_back_equal(tmp_path):
    articles = _segmented()
    write_articles(tmp_path, articles)
    assert "offsets" not in json.loads((tmp_path / "articles.jsonl").read_text().splitlines()[0])
    assert np.load(tmp_path / OFFSETS).shape == (3 + 0 + 1 + 1, 3)
    assert np.load(tmp_path / LENGTHS)[:2].tolist() == [[3, 12, 16], [3, 0, 3]]  # segment ends, clean, raw length
    table = read_articles(tmp_path, n=4, limits=_limits(tmp_path))
    assert list(table) == articles and [h.offsets for h in table.heads] == [a.offsets for a in articles]


def test_an_older_index_with_offsets_in_its_json_lines_reads_the_same(tmp_path):
    articles = _segmented()
    write_articles(tmp_path, articles)
    lines = [json.loads(line) for line in (tmp_path / "articles.jsonl").read_text().splitlines()]
    old = [{**r, "offsets": a.offsets.to_json()} for r, a in zip(lines, articles, strict=True)]
    (tmp_path / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in old))
    (tmp_path / OFFSETS).unlink()
    (tmp_path / LENGTHS).unlink()
    assert list(read_articles(tmp_path, n=4, limits=_limits(tmp_path))) == articles


@pytest.mark.parametrize(("name", "edit", "message"), [
    (OFFSETS, lambda a: a * -1, "a negative offset"),
    (LENGTHS, lambda a: a[[2, 0, 1, 3]], "segment ends not rising"),
    (LENGTHS, lambda a: a - [[1, 0, 0]], "segment ends not rising"),
    (LENGTHS, lambda a: a[:3], "shape"),
])
def test_offset_columns_that_do_not_fit_are_damage(tmp_path, name, edit, message):
    write_articles(tmp_path, _segmented())
    np.save(tmp_path / name, edit(np.load(tmp_path / name)))
    with pytest.raises(IndexCorruptError, match=rf"{name} is damaged \(.*{message}"):
        read_articles(tmp_path, n=4, limits=_limits(tmp_path))


def test_int_tables_are_narrowed_when_they_fit():
    assert int_table([[1, 2], [3, 4]]).dtype == np.int32
    assert int_table([[1, 2], [3, 4]]).tolist() == [[1, 3], [2, 4]]  # columns in, rows out
    assert int_table([[1, 2**40]]).dtype == np.int64
    assert int_table([[], []]).shape == (0, 2)


def test_an_index_of_the_jsonl_format_is_stale_with_a_line_saying_to_rebuild(shipped_copy):
    corpus, index_dir = shipped_copy
    version = qa.load_index(index_dir).version
    path = version / "manifest.json"
    manifest = json.loads(path.read_text())
    manifest["format"] = 2
    path.write_text(json.dumps(manifest))
    (version / ".verified.json").unlink(missing_ok=True)
    with pytest.raises(IndexStaleError) as e:
        qa.load_index(index_dir, verify=False)
    assert str(e.value) == (f"{index_dir} was built by index format 2, this version reads formats 3, 4, 5: rebuild "
                            f"with `qa-index build --index {index_dir}`")
    assert not index_is_current(corpus, index_dir)  # so `make run` (build --if-stale) rebuilds it
    with pytest.raises(IndexStaleError):
        rows.read_articles(version, Manifest.from_json(manifest))


def test_a_loaded_index_holds_article_text_as_a_mapped_file(loaded):
    assert isinstance(loaded.articles, ArticleTable)
    assert isinstance(loaded.articles.texts.blob, np.memmap)
    assert isinstance(loaded.chunk_doc.base, np.memmap)  # a plain array over the mapped pages (`retrieve._plain`)
    row = 0
    start, end = (int(x) for x in loaded.chunk_span[row])
    assert loaded.chunk_text(row) == loaded.articles[int(loaded.chunk_doc[row])].text[start:end] != ""
    assert loaded.article(loaded.articles.heads[1].doc_id).text == loaded.articles[1].text


def test_offsets_keep_their_map(tmp_path):
    article = Article("d", "d.txt", "T", "a fi b", OffsetMap((0, 2, 4), (0, 2, 3), (2, 3, 5), 6, 5))
    write_articles(tmp_path, [article])
    assert read_articles(tmp_path, n=1, limits=_limits(tmp_path))[0].offsets == article.offsets


def test_a_segmented_string_column_reads_through_its_row_map(tmp_path):
    from qa.columns import StackedStrings, read_stacked

    write_strings(tmp_path, "s", TEXTS)
    write_strings(tmp_path, "s_delta", ["new one", "Ünï"])
    np.save(tmp_path / "s_rows.npy", np.array([4, 0, 2, 5, 3], dtype=np.int32))
    column = read_stacked(tmp_path, "s", rows=5, limits=_limits(tmp_path))
    assert isinstance(column, StackedStrings) and column.path == tmp_path / "s.npy"
    assert list(column) == ["new one", TEXTS[0], TEXTS[2], "Ünï", TEXTS[3]]
    assert column.byte_lengths().tolist() == [len(t.encode()) for t in column]
    assert column.word_counts().tolist() == [len(t.split()) for t in column]
    np.save(tmp_path / "s_rows.npy", np.array([2, 3, 4, 5, 1], dtype=np.int32))  # a run of rows across the two files
    column = read_stacked(tmp_path, "s", rows=5, limits=_limits(tmp_path))
    assert list(column) == [column[r] for r in range(5)] == [TEXTS[2], TEXTS[3], "new one", "Ünï", TEXTS[1]]
    np.save(tmp_path / "s_rows.npy", np.array([4, 0, 2, 6, 3], dtype=np.int32))
    with pytest.raises(IndexCorruptError, match=r"s_rows.npy is damaged \(a position outside 0..5"):
        read_stacked(tmp_path, "s", rows=5, limits=_limits(tmp_path))
    (tmp_path / "s_rows.npy").unlink()  # no row map: the base alone, of the rows asked for
    assert list(read_stacked(tmp_path, "s", rows=4, limits=_limits(tmp_path))) == TEXTS


def test_an_index_of_format_3_reads_as_before_and_its_next_add_writes_the_current_format(shipped_copy, forge_checksums,
                                                                               tmp_path):
    corpus, index_dir = shipped_copy
    version = store.current_version(index_dir)
    before = list(qa.load_index(index_dir).articles)
    manifest = json.loads((version / "manifest.json").read_text())
    lines = [json.loads(line) for line in (version / "articles.jsonl").read_text().splitlines()]
    (version / "articles.jsonl").write_text("".join(json.dumps({**r, "offsets": a.offsets.to_json()}) + "\n"
                                                    for r, a in zip(lines, before, strict=True)))
    for name in (OFFSETS, LENGTHS):  # as format 3 wrote it: the offset maps in the JSON lines
        (version / name).unlink()
        del manifest["files"][name]
    manifest["format"] = 3
    (version / "manifest.json").write_text(json.dumps(manifest))
    forge_checksums(version)
    assert list(qa.load_index(index_dir).articles) == before and index_is_current(corpus, index_dir)
    (tmp_path / "strait.md").write_text("# Strait\n\nThe ferry crosses the strait twice a day.\n")
    qa.add_to_index([tmp_path / "strait.md"], index_dir)
    new = store.current_version(index_dir)
    assert json.loads((new / "manifest.json").read_text())["format"] == FORMAT_VERSION and (new / OFFSETS).exists()
    after = {a.doc_id: a for a in qa.load_index(index_dir).articles}
    assert all(after[a.doc_id] == a for a in before) and len(after) == len(before) + 1
