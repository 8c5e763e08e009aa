"""The command line, called in-process: one clear line and exit 1 for user errors, never a traceback."""

import subprocess
import sys

import pytest

from qa.cli import main
from qa.config import PIPELINE_VERSION


def test_build_missing_folder_is_one_line_exit_1(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nope"), "--index", str(tmp_path / "i"), "-q"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and "nope" in err


def test_build_empty_folder_says_no_articles(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    assert main(["build", str(tmp_path / "empty"), "--index", str(tmp_path / "i"), "-q"]) == 1
    assert "no readable articles" in capsys.readouterr().err


@pytest.mark.parametrize("command", [["stats"], ["search", "tanks"], ["ask", "tanks?"]])
def test_commands_without_an_index_say_how_to_build_one(tmp_path, capsys, command):
    assert main([*command, "--index", str(tmp_path / "none")]) == 1
    assert "run `qa-index build" in capsys.readouterr().err


@pytest.mark.slow
def test_search_ask_and_stats_on_the_shipped_index(shipped_index, capsys):
    assert main(["search", "Which islands does the Tsugaru Strait separate?", "--index", str(shipped_index)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[1] ") and "Honshu and Hokkaido" in out and "BM25 rank" in out
    assert main(["ask", "Which islands does the Tsugaru Strait separate?", "--index", str(shipped_index)]) == 0
    out = capsys.readouterr().out
    assert "Honshu and Hokkaido" in out and "Sources" in out and "[1]" in out
    assert main(["stats", "--index", str(shipped_index)]) == 0
    assert "3 articles" in capsys.readouterr().out


@pytest.mark.slow
def test_build_if_stale_skips_an_up_to_date_index(tmp_path, capsys):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The bridge over the river was opened in 1932 by the mayor.\n")
    assert main(["build", str(corpus), "--index", str(tmp_path / "i"), "-q"]) == 0
    assert "indexed 1 articles" in capsys.readouterr().out
    assert main(["build", str(corpus), "--index", str(tmp_path / "i"), "--if-stale", "-q"]) == 0
    assert "up to date" in capsys.readouterr().out
    # An index written by an older cleaner holds other text for the same corpus: stale, so it is rebuilt.
    manifest = next((tmp_path / "i").glob("v-*")) / "manifest.json"
    manifest.write_text(manifest.read_text().replace(f'"pipeline": {PIPELINE_VERSION}', '"pipeline": 1'))
    assert main(["build", str(corpus), "--index", str(tmp_path / "i"), "--if-stale", "-q"]) == 0
    assert "indexed 1 articles" in capsys.readouterr().out


def test_python_dash_m_and_help_work_without_loading_the_model():
    out = subprocess.run([sys.executable, "-m", "qa", "--help"], capture_output=True, text=True, check=True)
    assert "build" in out.stdout and "search" in out.stdout and "ask" in out.stdout
    probe = "import sys, qa.cli; sys.exit('torch' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe]).returncode == 0


def test_build_on_ray_without_ray_names_the_extra_and_reads_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails, as without the extra `cluster`
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Russia has lost 214 tanks. Ukraine says so.")
    assert main(["build", str(tmp_path / "a"), "--index", str(tmp_path / "i"), "--ray", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "extra `cluster`" in err and "make install-cluster" in err
    assert not (tmp_path / "i" / "CURRENT").exists()
