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


@pytest.mark.parametrize("inside", ["", "index"])
def test_an_index_folder_in_the_corpus_folder_is_refused_before_anything_is_written(tmp_path, capsys, inside):
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry\n\nThe ferry sank on Monday, the coast guard said.\n")
    index_dir = corpus / inside if inside else corpus  # each build would read the last one's files as articles
    assert main(["build", str(corpus), "--index", str(index_dir)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"error: the index folder {index_dir} is inside the corpus folder {corpus}")
    assert "`--index index`" in err and "\n" not in err
    assert sorted(p.name for p in corpus.iterdir()) == ["a.txt"]  # no CURRENT, lock or version written


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
    assert main(["search", *"Which islands does the Tsugaru Strait separate?".split(), "--index", str(shipped_index)]
                ) == 0  # an unquoted question works
    out = capsys.readouterr().out
    assert out.startswith("[1] ") and "Honshu and Hokkaido" in out and "BM25 rank" in out
    assert main(["ask", "Which", "islands", "does", "the", "Tsugaru", "Strait", "separate?", "--index",
                 str(shipped_index)]) == 0
    out = capsys.readouterr().out
    assert "Honshu and Hokkaido" in out and "Sources" in out and "[1]" in out
    assert main(["stats", "--index", str(shipped_index)]) == 0
    assert "3 articles" in capsys.readouterr().out
    assert main(["search", "how many resevists has Zelensky called up", "--index", str(shipped_index), "-k", "1"]) == 0
    out = capsys.readouterr().out  # a search says what it searched for, as an answer does
    assert out.startswith("Searched for: how many reservists has Zelensky called up\n\n[1] ") and "220,000" in out


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


@pytest.mark.parametrize(("typed", "hint"), [("ak", "did you mean `qa-index ask`?"), ("lst", "`qa-index list`"),
                                             ("stast", "`qa-index stats`"), ("serach", "`qa-index search`"),
                                             ("caht", "`qa-index chat`"), ("zzz", "commands: build, add")])
def test_a_mistyped_command_gets_the_closest_suggested(capsys, typed, hint):
    assert main(["-v", typed, "How many tanks?"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"qa-index: unknown command {typed!r}: ") and hint in err and err.count("\n") == 1


def test_build_on_ray_without_ray_names_the_extra_and_reads_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` fails, as without the extra `cluster`
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Russia has lost 214 tanks. Ukraine says so.")
    assert main(["build", str(tmp_path / "a"), "--index", str(tmp_path / "i"), "--ray", "-q"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "extra `cluster`" in err and "make install-cluster" in err
    assert not (tmp_path / "i" / "CURRENT").exists()


def _chat(index_dir, lines, **kwargs) -> tuple[int, list[str]]:
    """`run_chat` fed `lines` (an exception among them is raised, as Ctrl-C or Ctrl-D would be); what it wrote."""
    from qa.chat import run_chat

    feed, out = iter(lines), []

    def read(prompt: str) -> str:
        line = next(feed)
        if isinstance(line, BaseException):
            raise line
        return line

    return run_chat(index_dir, read=read, write=out.append, **kwargs), out


@pytest.mark.slow
def test_chat_keeps_the_conversation_for_follow_ups_and_leaves_on_exit(shipped_index):
    status, out = _chat(shipped_index, ["What are Switchblade drones?", "  ", "How long can they loiter?", "exit",
                                        "never read"])
    assert status == 0 and len(out) == 3  # the greeting and two answers: a blank line is no question
    assert "Switchblade" in out[1] and "Sources" in out[1]
    assert "loiter" in out[2].lower() and "Sources" in out[2]  # "they" read as the drones of the last question


@pytest.mark.slow
@pytest.mark.parametrize("ending", [EOFError(), KeyboardInterrupt()], ids=["ctrl-d", "ctrl-c"])
def test_chat_ends_cleanly_on_ctrl_d_and_ctrl_c(shipped_index, ending):
    assert _chat(shipped_index, ["Which islands does the Tsugaru Strait separate?", ending]) [0] == 0


@pytest.mark.slow
def test_chat_prints_a_question_error_and_goes_on(shipped_index, monkeypatch):
    from qa import chat
    from qa.errors import QuestionError

    real = chat.answer_with

    def picky(index, question, history, *, k):
        if question == "bad":
            raise QuestionError("history must be a list of chat messages")
        return real(index, question, history, k=k)

    monkeypatch.setattr(chat, "answer_with", picky)
    status, out = _chat(shipped_index, ["bad", "Which islands does the Tsugaru Strait separate?", EOFError()])
    assert status == 0 and out[1] == "error: history must be a list of chat messages"
    assert "Honshu and Hokkaido" in out[2]


def test_chat_without_an_index_is_one_line_exit_1(tmp_path, capsys):
    assert main(["chat", "--index", str(tmp_path / "none")]) == 1
    err = capsys.readouterr().err
    assert "run `qa-index build" in err and err.count("error: ") == 1 and "Traceback" not in err


@pytest.mark.slow
def test_chat_in_a_real_process_reads_stdin_until_it_ends(shipped_index):
    from test_crash import REPO, subprocess_env

    proc = subprocess.run([sys.executable, "-m", "qa", "chat", "--index", str(shipped_index)], cwd=REPO,
                          env=subprocess_env(), input="Which islands does the Tsugaru Strait separate?\n",
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Honshu and Hokkaido" in proc.stdout and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == "loading the model and the index…"  # nothing else: no faiss or loading noise


@pytest.mark.slow
def test_chat_in_a_real_process_leaves_cleanly_on_ctrl_c_at_the_prompt(shipped_index):
    import signal
    import time

    from test_crash import REPO, subprocess_env

    proc = subprocess.Popen([sys.executable, "-m", "qa", "chat", "--index", str(shipped_index)], cwd=REPO,
                            env=subprocess_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        greeting = proc.stdout.readline()  # printed once the model and the index are loaded
        assert greeting.startswith("Ask about the articles"), greeting
        time.sleep(0.5)  # at the prompt, waiting for a line
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0 and "Traceback" not in err and "KeyboardInterrupt" not in err, err
