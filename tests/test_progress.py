"""`qa.build_index` and `qa.add_to_index` from Python show the embedding's progress bar as `qa-index build` does when
stderr is a terminal (a real pseudo-terminal here) or in a notebook (a real Jupyter kernel), nothing else on it;
`progress=False` silences it, and a stderr that is not a terminal gets no bar unless `progress=True` asks. Real
model, in fresh processes."""

import errno
import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from conftest import REPO

from qa.embed import shown

SCRIPT = """
import sys, qa
corpus, index = sys.argv[1], sys.argv[2]
progress = {"default": None, "off": False, "on": True}[sys.argv[3]]
stats = qa.build_index(corpus, index + "-build", **({} if progress is None else {"progress": progress}))
print("built", stats.n_embedded, flush=True)
"""


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "articles"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("Bridge reopens\n\nThe Eastvale bridge reopened on Friday after two years.\n")
    return corpus


def _env() -> dict[str, str]:
    """A user's environment: no switch quieting the libraries (the test session's own imports set some)."""
    env = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_DISABLE_PROGRESS_BARS", "TOKENIZERS_PARALLELISM")}
    return {**env, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "PYTHONPATH": str(REPO)}


def _run(tmp_path: Path, how: str, *, terminal: bool) -> str:
    """stderr of a fresh Python process building an index with `progress` as `how` says, on a terminal or a pipe."""
    args = [sys.executable, "-c", SCRIPT, str(_corpus(tmp_path)), str(tmp_path / "index"), how]
    if not terminal:
        proc = subprocess.run(args, env=_env(), cwd=REPO, capture_output=True, text=True, timeout=600)
        assert proc.returncode == 0 and "built " in proc.stdout, proc.stderr[-2000:]
        return proc.stderr
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal's size: tqdm reads it
    proc = subprocess.Popen(args, env=_env(), cwd=REPO, stdout=subprocess.PIPE, stderr=secondary)
    os.close(secondary)
    err = bytearray()
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError as e:  # EIO: the process closed its end
            assert e.errno == errno.EIO
            break
        if not chunk:
            break
        err += chunk
    out = proc.stdout.read().decode()
    assert proc.wait(600) == 0 and "built " in out, err.decode(errors="replace")[-2000:]
    os.close(main)
    return err.decode(errors="replace")


def _bars(err: str) -> set[str]:
    return {line.split(":")[0].strip() for line in err.replace("\r", "\n").splitlines() if line.strip()}


@pytest.mark.slow
def test_on_a_terminal_the_python_build_shows_the_cli_s_one_bar(tmp_path):
    assert _bars(_run(tmp_path, "default", terminal=True)) == {"Embedding 1 chunk"}  # no "Loading weights" either


@pytest.mark.slow
def test_progress_false_silences_it_on_a_terminal(tmp_path):
    assert _bars(_run(tmp_path, "off", terminal=True)) == set()


@pytest.mark.slow
def test_no_bar_into_a_pipe_unless_asked(tmp_path):
    assert _bars(_run(tmp_path, "default", terminal=False)) == set()
    assert _bars(_run(tmp_path / "asked", "on", terminal=False)) == {"Embedding 1 chunk"}


def test_shown_follows_the_terminal_only_when_not_told(monkeypatch):
    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stderr", Tty())
    assert shown(None) and shown(True) and not shown(False)
    monkeypatch.setattr(sys, "stderr", None)  # pythonw: no stderr at all
    assert not shown(None) and shown(True)


KERNEL_CODE = """
import qa
stats = qa.build_index({corpus!r}, {index!r}, progress={progress})
print("built", stats.n_embedded)
"""


@pytest.mark.slow
def test_in_a_notebook_the_python_build_shows_the_bar(tmp_path):
    """A Jupyter kernel (a real one, as a notebook runs it): its stderr is no terminal, yet a notebook shows a bar;
    progress=None shows one there (no ipywidgets installed: tqdm's text bar, never a crash), False none."""
    import json

    from jupyter_client import KernelManager
    from jupyter_client.kernelspec import KernelSpecManager

    spec = tmp_path / "kernels" / "qa-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({"argv": [sys.executable, "-m", "ipykernel_launcher", "-f",
                                                           "{connection_file}"], "display_name": "qa",
                                                  "language": "python"}))
    km = KernelManager(kernel_name="qa-test", kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(spec.parent)]))
    km.start_kernel(env=_env(), cwd=str(REPO))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)

        def run(progress: str, index: str) -> tuple[str, str]:
            out: dict[str, str] = {"stdout": "", "stderr": ""}

            def hook(msg: dict) -> None:
                if msg["msg_type"] == "stream":
                    out[msg["content"]["name"]] += msg["content"]["text"]
            code = KERNEL_CODE.format(corpus=str(_corpus(tmp_path / index)), index=str(tmp_path / index / "index"),
                                      progress=progress)
            reply = kc.execute_interactive(code, timeout=600, output_hook=hook)
            assert reply["content"]["status"] == "ok" and "built " in out["stdout"], (reply["content"], out)
            return out["stdout"], out["stderr"]

        shown_err = run("None", "default")[1]
        assert "Embedding 1 chunk" in _bars(shown_err)
        assert "IProgress" not in shown_err and "Warning" not in shown_err, shown_err  # the text bar, said nothing of
        assert "Embedding" not in run("False", "off")[1]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
