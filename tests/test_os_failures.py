"""The OS says no: a full disk, a file size limit, a read-only index folder. Each is one line naming the path and
the fix, never a traceback; the previous index is untouched and still answers; a failed build leaves no
.build-* folder behind (a full disk does not stay full); the UI shows the cause of a failed background build.

Real failures, in real processes: RLIMIT_FSIZE, and small tmpfs mounts and a read-only bind mount in a private
mount namespace (`unshare -Urm`; skipped, saying so, where unprivileged namespaces are not allowed)."""

from __future__ import annotations

import contextlib
import errno
import html
import io
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from test_crash import SHIPPED_QUESTION, build_cmd, subprocess_env, zorblax_article

import qa
from qa import store

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent


def _used_kib(path: Path) -> int:
    st = os.statvfs(path)
    return (st.f_blocks - st.f_bfree) * st.f_frsize // 1024


def _limit_file_size(limit: int) -> None:
    """In the child before exec: writes past `limit` bytes fail with EFBIG (SIGXFSZ ignored, not fatal)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_rebuild_past_the_file_size_limit_is_one_line_and_leaves_the_index_as_it_was(shipped_copy):
    corpus, index_dir = shipped_copy
    before = store.current_version(index_dir)
    answer = qa.answer(SHIPPED_QUESTION, index_dir=index_dir)
    proc = subprocess.run(build_cmd(corpus, index_dir, "-q"), env=subprocess_env(), cwd=REPO, capture_output=True,
                          text=True, timeout=900, preexec_fn=lambda: _limit_file_size(40_000))
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert proc.stderr.startswith("error: file too large for this process's file size limit building the index in "
                                  f"{index_dir}") and proc.stderr.count("\n") == 1, proc.stderr[-3000:]
    assert "ulimit -f" in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(p.name for p in index_dir.glob(".build-*")) == []
    assert store.current_version(index_dir) == before
    assert store.open_version(index_dir).path == before  # every file verifies against its checksum
    assert qa.answer(SHIPPED_QUESTION, index_dir=index_dir) == answer


# --- a private mount namespace: tmpfs mounts too small, a read-only bind mount -------------------------------------


def _namespace_driver(spec: str) -> None:
    """Runs inside the namespace: the CLI in-process against the mounts; prints what happened as JSON."""
    from qa.cli import main as cli

    paths = {k: Path(v) for k, v in json.loads(spec).items()}
    out: dict[str, object] = {}

    def run(name: str, *argv: str) -> None:
        err, stdout = io.StringIO(), io.StringIO()
        try:
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(stdout):
                code = cli(list(argv))
        except BaseException as e:  # anything escaping the CLI is a failure of the test: report it
            code = f"{type(e).__name__}: {e}"
        out[name] = {"code": code, "err": err.getvalue(), "out": stdout.getvalue()}

    def state(name: str, folder: Path) -> None:
        out[name] = {"names": sorted(os.listdir(folder)) if folder.exists() else [], "used_kib": _used_kib(folder)}

    ro = str(paths["readonly"])
    run("ro build", "build", str(paths["corpus"]), "--index", ro, "-q")
    run("ro add", "add", str(paths["extra"]), "--index", ro, "-q")
    run("ro remove", "remove", "000_1f0e9fb76dbe134f.txt", "--index", ro)
    run("ro ask", "ask", SHIPPED_QUESTION, "--index", ro)
    state("small before", paths["small"])
    run("first build, disk too small", "build", str(paths["corpus"]), "--index", str(paths["small"] / "index"), "-q")
    state("small after", paths["small"])
    full = paths["medium"] / "index"
    state("medium before", full)
    out["medium CURRENT before"] = (full / "CURRENT").read_text()
    run("rebuild, disk full", "build", str(paths["bigger"]), "--index", str(full), "-q")
    state("medium after", full)
    out["medium CURRENT after"] = (full / "CURRENT").read_text()
    run("ask after the failed rebuild", "ask", SHIPPED_QUESTION, "--index", str(full))
    print(json.dumps(out))


def _namespace(tmp_path: Path, shipped_index: Path) -> dict:
    if not shutil.which("unshare"):
        pytest.skip("no `unshare` here: the tmpfs and read-only mounts need a private mount namespace")
    probe = subprocess.run(["unshare", "-Urm", "mount", "-t", "tmpfs", "tmpfs", str(tmp_path)], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"unprivileged mount namespaces are not allowed here: {probe.stderr.decode()[-200:]}")
    paths = {name: tmp_path / name for name in ("readonly", "small", "medium", "corpus", "bigger", "extra")}
    for name in ("small", "medium"):
        paths[name].mkdir()
    shutil.copytree(shipped_index.parent / "articles", paths["corpus"])
    shutil.copytree(paths["corpus"], paths["bigger"])
    (paths["bigger"] / "zorblax.txt").write_text(zorblax_article(120), encoding="utf-8")
    paths["extra"].mkdir()
    (paths["extra"] / "zorblax.txt").write_text(zorblax_article(5), encoding="utf-8")
    shutil.copytree(shipped_index, paths["readonly"])
    ro, small, medium = (str(paths[n]) for n in ("readonly", "small", "medium"))
    script = " && ".join([
        f"mount --bind {ro} {ro}", f"mount -o remount,bind,ro {ro}",
        f"mount -t tmpfs -o size=64k tmpfs {small}",
        f"mount -t tmpfs -o size=512k tmpfs {medium}", f"cp -a {shipped_index} {medium}/index",
        f"exec {sys.executable} -c 'import sys; sys.path[:0] = sys.argv[1:3]; "
        f"from test_os_failures import _namespace_driver; _namespace_driver(sys.argv[3])' {REPO} {TESTS} \"$0\"",
    ])
    spec = json.dumps({k: str(v) for k, v in paths.items()})
    proc = subprocess.run(["unshare", "-Urm", "sh", "-c", script, spec], capture_output=True, text=True,
                          env=subprocess_env(), cwd=REPO, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def namespace(shipped_index, tmp_path_factory) -> dict:
    return _namespace(tmp_path_factory.mktemp("mounts"), shipped_index)


def _one_line(result: dict, *starts: str) -> str:
    assert result["code"] == 1, result
    err = result["err"]
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert any(err.startswith(f"error: {s}") for s in starts), err
    return err


@pytest.mark.parametrize("command", ["build", "add", "remove"])
def test_build_add_and_remove_on_a_read_only_index_folder_are_one_line(namespace, command):
    err = _one_line(namespace[f"ro {command}"], "read-only file system taking the build lock in ")
    assert "make it writable" in err and f"qa-index {command}" in err


def test_a_read_only_index_folder_still_answers(namespace):
    result = namespace["ro ask"]
    assert result["code"] == 0 and "Prigozhin" in result["out"], result


def test_a_first_build_on_a_disk_too_small_is_one_line_and_leaves_nothing_behind(namespace):
    err = _one_line(namespace["first build, disk too small"], "no space left on device building the index in ")
    assert "free space" in err
    after = namespace["small after"]
    assert [n for n in after["names"] if n != "index"] == [] and after["used_kib"] <= 8, after  # space given back


def test_disk_full_during_a_rebuild_is_one_line_and_leaves_the_index_as_it_was(namespace):
    err = _one_line(namespace["rebuild, disk full"], "no space left on device building the index in ")
    assert "free space" in err and "previous index is untouched" in err
    before, after = namespace["medium before"], namespace["medium after"]
    assert not [n for n in after["names"] if n.startswith(".build-")], after
    assert after["names"] == before["names"] and after["used_kib"] <= before["used_kib"] + 4, (before, after)
    assert namespace["medium CURRENT after"] == namespace["medium CURRENT before"]
    result = namespace["ask after the failed rebuild"]
    assert result["code"] == 0 and "Prigozhin" in result["out"], result


# --- the UI's background build -------------------------------------------------------------------------------------


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device", "bm25_base_data.npy"),
                                     RuntimeError("an unexpected bug")], ids=["disk full", "a bug"])
def test_the_ui_shows_why_its_background_build_failed(tmp_path, monkeypatch, failure):
    import ui
    from qa import bm25_files

    corpus, index_dir = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The bridge over the river was opened in 1932 by the mayor.\n")

    def fail(*_a, **_k):
        raise failure

    monkeypatch.setattr(bm25_files, "write_sparse", fail)
    build = ui.IndexBuild(corpus, index_dir).start()
    build.wait(600)
    assert not build.running
    *_, (chat, _) = ui.respond("When was the bridge opened?", [], index_dir=index_dir, build=build)
    status = ui.index_status(index_dir, corpus, build)
    want = "no space left on device" if isinstance(failure, OSError) else "RuntimeError: an unexpected bug"
    for shown in (html.unescape(chat), html.unescape(status)):
        assert "could not be built" in shown and want in shown and "no index in" not in shown, shown
    assert list(index_dir.glob(".build-*")) == [] and not (index_dir / "CURRENT").exists()
