"""A rebuild naming no settings keeps the index's own (`qa/kept_settings.py`): the CLI's `build`, `build --if-stale`
and `add`, the UI's rebuild and `qa.build_index(settings=None)` all keep an index's chunk size and overlap, saying
so in one line; naming a setting changes it, saying so. Real model."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from qa.cli import main
from qa.config import Settings
from qa.store import index_info

SENTENCES = [f"The Eastvale council met on day {n} to discuss the bridge, the ferry and the harbour wall repairs."
             for n in range(1, 13)]


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Council meetings\n\n" + " ".join(SENTENCES) + "\n", encoding="utf-8")
    return corpus


def _settings(index_dir: Path) -> tuple[object, object]:
    s = index_info(index_dir).settings
    return s["chunk_tokens"], s["overlap_sentences"]


def _ferry(corpus: Path) -> None:
    (corpus / "b.txt").write_text("Ferry returns\n\nThe Westvale ferry returned to service on Tuesday.\n")


@pytest.mark.slow
def test_the_cli_keeps_the_index_s_chunk_settings_and_says_so(tmp_path, capsys):
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    assert main(["build", str(corpus), "--index", str(index_dir), "--chunk-tokens", "60", "--overlap-sentences",
                 "2", "-q"]) == 0
    chunks = index_info(index_dir).n_chunks
    assert _settings(index_dir) == (60, 2) and chunks > 1
    capsys.readouterr()
    assert main(["build", "--index", str(index_dir), "--if-stale", "-q"]) == 0  # compared with the kept settings
    out = capsys.readouterr().out
    assert "up to date" in out and "kept the index's own chunk_tokens 60, overlap_sentences 2" in out
    _ferry(corpus)
    assert main(["build", "--index", str(index_dir), "--if-stale", "-q"]) == 0
    out = capsys.readouterr().out
    lines = [line for line in out.splitlines() if "build settings" in line]
    assert lines == ["build settings: kept the index's own chunk_tokens 60, overlap_sentences 2 (name another "
                     "value to change one)"], out
    assert _settings(index_dir) == (60, 2) and index_info(index_dir).n_articles == 2
    chunks = index_info(index_dir).n_chunks
    assert main(["build", "--index", str(index_dir), "--chunk-tokens", "200", "-q"]) == 0  # named: changed, said
    out = capsys.readouterr().out
    assert "build settings: changed chunk_tokens 60 -> 200; kept the index's own overlap_sentences 2" in out, out
    assert _settings(index_dir) == (200, 2) and index_info(index_dir).n_chunks < chunks
    assert main(["build", "--index", str(index_dir), "--overlap-sentences", "1", "-q"]) == 0  # back to defaults
    assert "changed overlap_sentences 2 -> 1" in capsys.readouterr().out and _settings(index_dir) == (200, 1)
    assert main(["build", "--index", str(index_dir), "-q"]) == 0
    assert "build settings" not in capsys.readouterr().out  # defaults only: nothing to say
    assert main(["build", "--index", str(index_dir), "--chunk-tokens", "999", "-q"]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "chunk_tokens must be 16..254" in err


@pytest.mark.slow
def test_add_keeps_them_and_says_so(tmp_path, capsys):
    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    assert main(["build", str(corpus), "--index", str(index_dir), "--chunk-tokens", "60", "-q"]) == 0
    new = tmp_path / "new"
    _ferry(new.mkdir() or new)
    capsys.readouterr()
    assert main(["add", str(new / "b.txt"), "--index", str(index_dir), "-q"]) == 0
    out = capsys.readouterr().out
    assert "build settings: kept the index's own chunk_tokens 60" in out and _settings(index_dir) == (60, 1)


@pytest.mark.slow
def test_the_python_api_and_the_ui_s_rebuild_keep_them(tmp_path):
    import qa
    from qa.background import IndexBuild, needs_build
    from qa.build import index_is_current

    corpus, index_dir = _corpus(tmp_path), tmp_path / "index"
    qa.build_index(corpus, index_dir, settings=Settings(chunk_tokens=60, overlap_sentences=2), progress=False)
    assert index_is_current(corpus, index_dir) and not needs_build(corpus, index_dir)
    assert not index_is_current(corpus, index_dir, Settings())  # settings given: compared as given
    _ferry(corpus)
    stats = qa.build_index(corpus, index_dir, progress=False)
    assert _settings(index_dir) == (60, 2)
    assert stats.notes == ("build settings: kept the index's own chunk_tokens 60, overlap_sentences 2 (name another "
                           "value to change one)",)
    (corpus / "c.txt").write_text("Pier closes\n\nThe Kerrow pier closed for repairs on Monday.\n")
    assert needs_build(corpus, index_dir)
    build = IndexBuild(corpus, index_dir).start()  # the UI's "Update the index"
    build.wait(600)
    assert not build.error and _settings(index_dir) == (60, 2) and index_info(index_dir).n_articles == 3
    assert build.notes == stats.notes and not needs_build(corpus, index_dir)
    stats = qa.build_index(corpus, index_dir, settings=Settings(), progress=False)  # every setting given
    assert _settings(index_dir) == (200, 1)
    assert stats.notes == ("build settings: changed chunk_tokens 60 -> 200, overlap_sentences 2 -> 1",)


def test_the_chosen_settings_are_the_ones_not_default_at_their_build():
    from qa.kept_settings import choices, chosen, kept
    from qa.manifest import CorpusInfo, Counts, Manifest, ModelInfo

    built = Settings(chunk_tokens=60).build_key()
    m = Manifest(ModelInfo("all-MiniLM-L6-v2", 384, 256), built, 9, CorpusInfo("x", "f"), Counts(1, 1, 1, 0), "now")
    assert chosen(m) == {"chunk_tokens": 60} and kept(m).chunk_tokens == 60  # no record: those not today's defaults
    assert choices(Settings(chunk_tokens=60)) == ("chunk_tokens",) and choices(Settings(chunk_tokens=200)) == ()
    # A default of its build that is no longer today's is not kept: the record says only chunk_tokens was chosen.
    old = replace(m, settings={**built, "overlap_sentences": 3}, chosen=("chunk_tokens",))
    assert kept(old).overlap_sentences == Settings().overlap_sentences and kept(old).chunk_tokens == 60
    assert Manifest.from_json(json.loads(json.dumps(old.to_json()))).chosen == ("chunk_tokens",)
    assert Manifest.from_json(json.loads(json.dumps(m.to_json()))).chosen is None
