"""The corpus folder is the one source of truth: `add` copies files into it, `remove` moves them out to
`.removed/`, so a later `build` (as `make run` runs it) keeps every change; nothing a user added is lost."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import copy_shipped

import qa
from qa.cli import main as cli
from qa.corpus import corpus_status
from qa.manifest import FORMAT_VERSION
from qa.store import open_version

pytestmark = pytest.mark.slow

COURIER = ("# Eastvale bridge reopens after repairs\n\n*Eastvale Courier, 2 March 2024*\n\n"
           "The Eastvale bridge reopened on Friday after eight months of repairs costing 4.2 million pounds. "
           "The council said lorries over 18 tonnes remain banned.\n")
HERALD = ("# Harbour ferry adds a night crossing\n\n*Harbour Herald, 5 March 2024*\n\n"
          "The harbour ferry will run a night crossing at 23:40 from April, the operator announced on Tuesday. "
          "Tickets cost 6 pounds for foot passengers.\n")


@pytest.fixture
def setup(shipped_index, tmp_path):
    """A corpus folder (the shipped articles), its index (a copy of the session's build of them, naming this
    folder), and a folder of the user's own Markdown articles."""
    corpus, index_dir, mine = tmp_path / "articles", tmp_path / "index", tmp_path / "my_articles"
    copy_shipped(shipped_index, corpus, index_dir)
    mine.mkdir()
    (mine / "bridge.md").write_text(COURIER)
    (mine / "ferry.md").write_text(HERALD)
    return corpus, index_dir, mine


def _ids(index_dir):
    return {a.doc_id for a in qa.load_index(index_dir).articles}


def test_added_articles_survive_the_next_build_as_make_run_does_it(setup, capsys):
    corpus, index_dir, mine = setup
    capsys.readouterr()
    # The sequence: `qa-index add my_articles/*.md`, then `make run` (`qa-index build ... --if-stale`).
    assert cli(["add", str(mine / "bridge.md"), str(mine / "ferry.md"), "--index", str(index_dir), "-q"]) == 0
    out = capsys.readouterr().out
    assert "copied 2 file(s) into the corpus folder" in out and "bridge.md, ferry.md" in out
    assert (corpus / "bridge.md").read_text() == COURIER and (mine / "bridge.md").exists()  # a copy; the original stays
    assert cli(["build", "--index", str(index_dir), "--if-stale", "-q"]) == 0  # no QA_CORPUS: the recorded folder
    assert "up to date" in capsys.readouterr().out
    assert cli(["build", str(corpus), "--index", str(index_dir), "-q"]) == 0  # even a full rebuild keeps them
    assert "indexed 5 articles" in capsys.readouterr().out
    assert {"bridge.md", "ferry.md"} <= _ids(index_dir)
    answer = qa.answer("When does the harbour ferry night crossing leave?", index_dir=index_dir)
    assert "23:40" in answer.lead[0].text and answer.lead[0].doc_id == "ferry.md"

    manifest = open_version(index_dir).manifest
    assert manifest.format == FORMAT_VERSION and manifest.corpus.folder == str(corpus.resolve())
    assert {"bridge.md", "ferry.md", "000_1f0e9fb76dbe134f.txt"} <= set(manifest.corpus.files)
    assert cli(["stats", "--index", str(index_dir)]) == 0
    stats = capsys.readouterr().out
    assert f"corpus:   {corpus.resolve()} (the index is up to date with it)" in stats and "5 articles" in stats
    assert cli(["list", "--index", str(index_dir)]) == 0
    listed = capsys.readouterr().out
    assert "bridge.md\tEastvale bridge reopens after repairs\t" in listed  # the "# heading", no asterisks
    assert "*" not in listed


def test_add_refuses_a_different_file_of_the_same_name_and_changes_nothing(setup, capsys):
    corpus, index_dir, mine = setup
    (corpus / "bridge.md").write_text(HERALD)  # the user's corpus already has another bridge.md
    before = open_version(index_dir).path
    assert cli(["add", str(mine / "bridge.md"), str(mine / "ferry.md"), "--index", str(index_dir), "-q"]) == 1
    err = capsys.readouterr().err
    assert "bridge.md already exists and differs from" in err and "nothing was added" in err
    assert (corpus / "bridge.md").read_text() == HERALD and not (corpus / "ferry.md").exists()
    assert open_version(index_dir).path == before
    shutil.copy(mine / "ferry.md", mine / ".ferry.md")  # a build skips hidden names: it would be lost later
    assert cli(["add", str(mine / ".ferry.md"), "--index", str(index_dir), "-q"]) == 1
    assert "has a hidden name, which a build skips" in capsys.readouterr().err
    assert not (corpus / ".ferry.md").exists() and open_version(index_dir).path == before


def test_remove_moves_the_file_aside_and_a_rebuild_does_not_bring_it_back(setup, capsys):
    corpus, index_dir, _ = setup
    doc = "000_1f0e9fb76dbe134f.txt"
    original = (corpus / doc).read_bytes()
    capsys.readouterr()
    assert cli(["remove", doc, "--index", str(index_dir)]) == 0
    assert f"into .removed/{doc}" in capsys.readouterr().out
    assert not (corpus / doc).exists() and (corpus / ".removed" / doc).read_bytes() == original  # kept, not deleted
    assert cli(["build", "--index", str(index_dir), "--if-stale", "-q"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert cli(["build", str(corpus), "--index", str(index_dir), "-q"]) == 0
    assert doc not in _ids(index_dir) and len(_ids(index_dir)) == 2
    assert cli(["add", str(corpus / ".removed" / doc), "--index", str(index_dir), "-q"]) == 0  # changed my mind
    assert (corpus / doc).read_bytes() == original and doc in _ids(index_dir)


def test_remove_of_an_unknown_id_points_at_list_and_one_record_of_a_file_is_refused(setup, capsys):
    corpus, index_dir, mine = setup
    records = [{"id": f"r{i}", "title": f"Record {i} of the feed", "body": f"The feed item number {i} says the "
                f"library opens at {8 + i} o'clock on weekdays."} for i in range(2)]
    (mine / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    assert cli(["add", str(mine / "feed.jsonl"), "--index", str(index_dir), "-q"]) == 0
    capsys.readouterr()
    assert cli(["remove", "nope.txt", "--index", str(index_dir)]) == 1
    assert "`qa-index list --index" in capsys.readouterr().err
    assert cli(["remove", "r0", "--index", str(index_dir)]) == 1
    assert "feed.jsonl also holds r1" in capsys.readouterr().err
    assert (corpus / "feed.jsonl").exists() and {"r0", "r1"} <= _ids(index_dir)
    assert cli(["remove", "r0", "r1", "--index", str(index_dir)]) == 0
    assert (corpus / ".removed" / "feed.jsonl").exists() and not {"r0", "r1"} & _ids(index_dir)


def test_stats_count_the_folders_skipped_files_after_an_add_and_a_remove(setup, capsys):
    corpus, index_dir, mine = setup
    (corpus / "empty.txt").write_text("")  # in the folder, skipped by every build
    assert cli(["build", str(corpus), "--index", str(index_dir), "-q"]) == 0
    assert qa.index_info(index_dir).n_skipped == 1
    (mine / "blank.md").write_text("  \n")  # refused by the add: never copied into the folder
    (mine / "notes.docx").write_bytes(b"PK\x03\x04")  # another type in the folder added: named, not copied
    capsys.readouterr()
    assert cli(["add", str(mine), "--index", str(index_dir), "-q"]) == 0
    out = capsys.readouterr().out
    assert "blank.md: file holds only whitespace" in out and not (corpus / "blank.md").exists()
    assert "notes.docx: unsupported file type '.docx'" in out and not (corpus / "notes.docx").exists()
    assert qa.index_info(index_dir).n_skipped == 1  # the add's summary names blank.md; the folder still has empty.txt
    assert cli(["remove", "bridge.md", "--index", str(index_dir)]) == 0
    assert qa.index_info(index_dir).n_skipped == 1
    assert cli(["stats", "--index", str(index_dir)]) == 0
    assert "1 skipped files" in capsys.readouterr().out


def test_a_skipped_file_is_not_taken_for_a_new_one_when_the_folder_changes(setup, capsys):
    corpus, index_dir, mine = setup
    (corpus / "empty.txt").write_text("")  # skipped by every build, yet in the folder all along
    assert cli(["build", str(corpus), "--index", str(index_dir), "-q"]) == 0
    (corpus / "crane.txt").write_text("Crane\n\nA harbour crane toppled on Monday, the port said.\n")
    status = corpus_status(open_version(index_dir).manifest)
    assert status.new == ("crane.txt",) and status.gone == ()  # not "2 new file(s)"
    assert cli(["add", str(mine / "bridge.md"), "--index", str(index_dir), "-q"]) == 0
    assert corpus_status(open_version(index_dir).manifest).new == ("crane.txt",)  # an add keeps the record
    assert cli(["remove", "bridge.md", "--index", str(index_dir)]) == 0
    assert corpus_status(open_version(index_dir).manifest).new == ("crane.txt",)
    (corpus / "empty.txt").unlink()
    assert corpus_status(open_version(index_dir).manifest).gone == ("empty.txt",)


def test_list_shows_each_articles_day_as_citations_do(setup, capsys):
    _, index_dir, mine = setup
    record = {"id": "nike-q1", "title": "Nike misses revenue expectations", "source": "CNBC",
              "published_at": "2023-09-28T20:15:00+00:00", "body": "Nike reported revenue of $12.94 billion."}
    (mine / "nike.json").write_text(json.dumps(record))
    assert cli(["add", str(mine / "nike.json"), "--index", str(index_dir), "-q"]) == 0
    capsys.readouterr()
    assert cli(["list", "--index", str(index_dir)]) == 0
    assert "nike-q1\tNike misses revenue expectations\tCNBC\t2023-09-28\n" in capsys.readouterr().out


def test_a_failed_build_undoes_the_copy(setup, monkeypatch, capsys):
    corpus, index_dir, mine = setup
    from qa import build

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build, "_write_version", full_disk)
    assert cli(["add", str(mine / "ferry.md"), "--index", str(index_dir), "-q"]) == 1
    assert "no space left" in capsys.readouterr().err.lower()
    assert not (corpus / "ferry.md").exists()


def test_building_from_another_folder_says_which_articles_leave(setup, tmp_path, capsys):
    _, index_dir, mine = setup
    assert cli(["build", str(mine), "--index", str(index_dir), "-q"]) == 0
    out = capsys.readouterr().out
    assert "was built from" in out and "left the index (their files stay where they are)" in out


def test_a_build_walks_the_corpus_folder_once(tmp_path, monkeypatch):
    """The files a build reads are the ones it fingerprints and records: one walk (each folder listed once), so a
    file added during the build is in none of them and the index is seen as out of date, never as holding it."""
    import os

    corpus = tmp_path / "articles"
    (corpus / "inner").mkdir(parents=True)
    (corpus / "bridge.md").write_text(COURIER)
    (corpus / "inner" / "ferry.md").write_text(HERALD)
    listed: list[str] = []
    scandir = os.scandir

    def counting(path="."):  # the real os.scandir, counted: which folders the build lists, how often
        listed.append(os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", counting)
    qa.build_index(corpus, tmp_path / "index")
    monkeypatch.undo()
    assert listed.count(str(corpus / "inner")) == 1, listed
    manifest = open_version(tmp_path / "index").manifest
    assert manifest.corpus.files == ("bridge.md", "inner/ferry.md") and corpus_status(manifest).current
