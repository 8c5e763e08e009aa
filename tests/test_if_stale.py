"""`qa-index build --if-stale` (and `make run`, the UI's start) rebuilds whenever the index no longer holds the corpus
as it is: new text with the size and mtime put back, a file changed while a build was reading the folder, a damaged
index file of the same size; and skips an index that does. Real model."""

import os
from pathlib import Path

import pytest

from qa import build
from qa import corpus as corpus_module
from qa.build import index_is_current
from qa.cli import main
from qa.config import DEFAULT_MODEL, Settings
from qa.load import corpus_fingerprint
from qa.store import index_info

FRIDAY = "Bridge reopens\n\nThe Eastvale bridge reopened on Friday after two years of repairs.\n"


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text(FRIDAY, encoding="utf-8")
    return corpus


def _rewrite_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    """New content of the same size with the old mtime put back, as `touch -r`, `cp -p` or an archive's times do."""
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    assert len(old) == len(new) and old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (st.st_size, st.st_mtime_ns)


def test_new_content_with_size_and_mtime_put_back_changes_the_fingerprint(tmp_path):
    corpus = _corpus(tmp_path)
    before = corpus_fingerprint(corpus)
    _rewrite_keeping_size_and_mtime(corpus / "a.txt", "Friday", "Monday")
    assert corpus_fingerprint(corpus) != before


@pytest.mark.slow
def test_if_stale_rebuilds_new_content_of_the_same_size_and_mtime(tmp_path, capsys):
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    assert main(["build", str(corpus), "--index", str(index_dir), "-q"]) == 0
    assert main(["build", str(corpus), "--index", str(index_dir), "--if-stale", "-q"]) == 0
    assert "up to date" in capsys.readouterr().out  # nothing changed: nothing done
    _rewrite_keeping_size_and_mtime(corpus / "a.txt", "Friday", "Monday")
    assert main(["build", str(corpus), "--index", str(index_dir), "--if-stale", "-q"]) == 0
    assert "indexed 1 articles" in capsys.readouterr().out
    assert main(["ask", "When did the Eastvale bridge reopen?", "--index", str(index_dir)]) == 0
    out = capsys.readouterr().out
    assert "reopened on Monday" in out and "Friday" not in out


@pytest.mark.slow
def test_a_file_changed_while_the_build_reads_the_folder_leaves_the_index_stale(tmp_path, monkeypatch):
    """The build records the folder as it was before it read it: an edit it may have missed is news next time."""
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    read = corpus_module.load_corpus  # what corpus.read_source reads the folder with, after its one walk

    def read_then_edit(source, **kwargs):
        corpus_read = read(source, **kwargs)
        (corpus / "a.txt").write_text(FRIDAY.replace("Friday", "Sunday, at last,"), encoding="utf-8")  # the user saves
        return corpus_read

    monkeypatch.setattr(corpus_module, "load_corpus", read_then_edit)
    build.build_index(corpus, index_dir)
    assert not index_is_current(corpus, index_dir)


@pytest.mark.slow
def test_a_damaged_index_file_of_the_same_size_is_rebuilt_not_served(tmp_path, capsys):
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    build.build_index(corpus, index_dir)
    assert index_is_current(corpus, index_dir)
    vectors = next(next(index_dir.glob("v-*")).glob("sentence_vectors*.npy"))
    data = bytearray(vectors.read_bytes())
    data[-1] ^= 0xFF  # one byte of a vector: same size, and the mtime put back
    st = vectors.stat()
    vectors.write_bytes(bytes(data))
    os.utime(vectors, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert not index_is_current(corpus, index_dir)
    assert main(["build", str(corpus), "--index", str(index_dir), "--if-stale", "-q"]) == 0
    assert "indexed 1 articles" in capsys.readouterr().out and index_is_current(corpus, index_dir)


@pytest.mark.slow
def test_other_build_settings_make_it_stale(tmp_path):
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    build.build_index(corpus, index_dir)
    assert index_is_current(corpus, index_dir) and not index_is_current(corpus, index_dir, Settings(chunk_tokens=120))


@pytest.mark.slow
def test_a_build_naming_no_model_never_swaps_the_index_s_model_unasked(tmp_path, capsys):
    """Built with --model M: `build --if-stale` with no --model (`make run` without QA_MODEL) finds it up to date,
    and when the folder changed says to name a model in one line, instead of rebuilding it with the bundled one."""
    from qa.background import needs_build
    from qa.embed import model_path

    corpus, index_dir, mine = _corpus(tmp_path), tmp_path / "index", str(model_path(DEFAULT_MODEL))
    assert main(["build", str(corpus), "--index", str(index_dir), "--model", mine, "-q"]) == 0
    assert main(["build", str(corpus), "--index", str(index_dir), "--if-stale", "-q"]) == 0
    assert "up to date" in capsys.readouterr().out and not needs_build(corpus, index_dir)
    (corpus / "b.txt").write_text("Ferry returns\n\nThe Westvale ferry returned to service on Tuesday.\n")
    assert main(["build", str(corpus), "--index", str(index_dir), "--if-stale", "-q"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and f"pass --model '{mine}'" in err and needs_build(corpus, index_dir)
    assert index_info(index_dir).model == mine and index_info(index_dir).n_articles == 1  # untouched
    assert main(["build", str(corpus), "--index", str(index_dir), "--model", mine, "--if-stale", "-q"]) == 0
    assert index_info(index_dir).model == mine and index_info(index_dir).n_articles == 2


@pytest.mark.slow
def test_the_python_api_naming_no_model_never_swaps_the_index_s_model_unasked(tmp_path):
    """`qa.build_index(source, index_dir)` (settings=None) as the CLI with no --model: an index built with
    Settings(model=M) is current for want of a model, and its rebuild says to name one instead of re-embedding it all
    with the bundled model; naming either model rebuilds."""
    import qa
    from qa.embed import model_path

    corpus, index_dir, mine = _corpus(tmp_path), tmp_path / "index", str(model_path(DEFAULT_MODEL))
    qa.build_index(corpus, index_dir, settings=Settings(model=mine), progress=False)
    assert index_is_current(corpus, index_dir) and not index_is_current(corpus, index_dir, Settings())
    (corpus / "b.txt").write_text("Ferry returns\n\nThe Westvale ferry returned to service on Tuesday.\n")
    with pytest.raises(qa.IndexStaleError) as e:
        qa.build_index(corpus, index_dir, progress=False)
    assert len(str(e.value).splitlines()) == 1 and f"settings=Settings(model={mine!r})" in str(e.value)
    assert index_info(index_dir).model == mine and index_info(index_dir).n_articles == 1  # untouched
    qa.build_index(corpus, index_dir, settings=Settings(model=mine), progress=False)
    assert index_info(index_dir).model == mine and index_info(index_dir).n_articles == 2
    assert index_is_current(corpus, index_dir)
    qa.build_index(corpus, index_dir, settings=Settings(), progress=False)  # switching, when asked
    assert index_info(index_dir).model == DEFAULT_MODEL and index_is_current(corpus, index_dir)
    qa.build_index(corpus, index_dir, progress=False)  # the bundled model's index: settings=None builds as before
