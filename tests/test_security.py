"""Loading someone else's index folder cannot run code; index files are read only from inside the folder;
the UI binds to loopback unless told otherwise, and warns when it is reachable without a password."""

from __future__ import annotations

import ast
import importlib
import json
import os
import shlex
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

import qa
from qa import store
from qa.cli import main as cli
from qa.errors import IndexCorruptError, QAError

REPO = Path(__file__).resolve().parents[1]
SOURCES = sorted((REPO / "qa").glob("*.py")) + [REPO / "ui.py"]
QUESTION = "Who leads the Wagner Group?"

# Audit events that unpickling or running a shell command raise; recorded only while `_watching` is set.
_events: list[tuple[str, str]] = []
_watching: list[bool] = []


def _audit(event: str, args: tuple) -> None:
    if _watching and event in ("pickle.find_class", "os.system", "subprocess.Popen", "os.exec", "os.posix_spawn"):
        _events.append((event, repr(args)[:200]))


sys.addaudithook(_audit)  # hooks cannot be removed; this one does nothing outside `watching()`


class watching:
    """Record pickle/exec audit events inside the block."""

    def __enter__(self) -> list[tuple[str, str]]:
        _events.clear()
        _watching.append(True)
        return _events

    def __exit__(self, *exc: object) -> None:
        _watching.pop()


class Evil:
    """Unpickling this runs a shell command that creates `marker`."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {shlex.quote(str(self.marker))}",))


# --- pickles planted in an index folder are never unpickled --------------------------------------------------


@pytest.mark.slow
def test_pickle_bearing_vectors_file_is_refused_and_never_runs(shipped_index, shipped_copy, tmp_path, capsys,
                                                               forge_checksums):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    marker = tmp_path / "PWNED"
    evil = np.empty(3, dtype=object)
    evil[:] = [Evil(marker), Evil(marker), 1]
    np.save(version / "sentence_vectors.npy", evil, allow_pickle=True)
    forge_checksums(version)  # the checksum check passes: only allow_pickle=False stands in the way
    store.verify_files(version, store.read_manifest(version))
    with watching() as events:
        with pytest.raises(IndexCorruptError, match="rebuild") as info:
            qa.load_index(index_dir)
        assert "\n" not in str(info.value)
        with pytest.raises(QAError, match="rebuild"):
            qa.answer(QUESTION, index_dir=index_dir)
        assert cli(["ask", QUESTION, "--index", str(index_dir)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: ") and "rebuild" in err and err.count("\n") == 1
        # A rebuild over the planted folder does not reuse (or unpickle) it: it embeds afresh and succeeds.
        stats = qa.build_index(shipped_index.parent / "articles", index_dir)
        assert stats.n_embedded > 0  # nothing reused from the planted version (a clean one reuses all)
    assert not marker.exists()
    assert events == []
    assert "Prigozhin" in qa.answer(QUESTION, index_dir=index_dir).quotes[0].text


@pytest.mark.slow
def test_planted_pickle_files_are_never_read(shipped_copy, tmp_path, forge_checksums):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    marker = tmp_path / "PWNED"
    import pickle  # only to write the bait: the library never imports pickle (see the source test below)

    bait = pickle.dumps(Evil(marker))
    for path in (version / "evil.pkl", version / "index.pkl", index_dir / "evil.pkl", version / "dense.pkl"):
        path.write_bytes(bait)
    forge_checksums(version)  # listed in the manifest with the right checksum, even
    assert "evil.pkl" in store.read_manifest(version).files
    with watching() as events:
        index = qa.load_index(index_dir)
        answer = qa.answer(QUESTION, index_dir=index_dir)
        qa.retrieve(QUESTION, index_dir=index_dir)
    assert "Prigozhin" in answer.quotes[0].text and index.dense_index.ntotal > 0
    assert not marker.exists() and events == []


# --- a model named by someone else's manifest is never loaded unless the user names it too -------------------


def _name_model(version: Path, name: str, settings_name: str | None = None) -> None:
    path = version / store.MANIFEST
    manifest = json.loads(path.read_text())
    manifest["model"]["name"] = name
    manifest["settings"]["model"] = settings_name or name
    path.write_text(json.dumps(manifest))


@pytest.mark.slow
def test_model_folder_named_by_a_manifest_is_not_loaded_unless_the_user_names_it(shipped_copy, capsys,
                                                                                  monkeypatch):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    planted = version / "model"  # shipped inside the folder, as an attacker would
    planted.mkdir()
    (planted / "modules.json").write_text("[]")
    _name_model(version, str(planted))
    loaded = []
    for module in ("qa.embed", "qa.index_rows", "qa.build"):  # where `load_embedder` is called from
        monkeypatch.setattr(importlib.import_module(module), "load_embedder", lambda *a, **kw: loaded.append(a))
    for call in (lambda: qa.load_index(index_dir), lambda: qa.answer(QUESTION, index_dir=index_dir),
                 lambda: qa.retrieve(QUESTION, index_dir=index_dir),
                 lambda: qa.remove_from_index(["000_1f0e9fb76dbe134f.txt"], index_dir)):
        with pytest.raises(qa.IndexStaleError, match="if you trust it, pass --model") as info:
            call()
        assert str(planted) in str(info.value) and "\n" not in str(info.value)
    assert cli(["ask", QUESTION, "--index", str(index_dir)]) == 1
    assert "--model" in capsys.readouterr().err
    assert loaded == []
    # Naming the model is the user's explicit choice: then the index loads (the model itself loads lazily).
    assert qa.load_index(index_dir, model=str(planted)).manifest.model.name == str(planted)


@pytest.mark.slow
def test_manifest_naming_two_models_is_refused(shipped_copy):
    _, index_dir = shipped_copy
    version = store.current_version(index_dir)
    _name_model(version, "all-MiniLM-L6-v2", settings_name="/tmp/elsewhere")
    with pytest.raises(IndexCorruptError, match="names no model, or two"):
        qa.load_index(index_dir)


def _calls(tree: ast.AST) -> list[tuple[str, ast.Call]]:
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            owner = f.value.id if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) else ""
            out.append((f"{owner}.{name}" if owner else name, node))
    return out


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
def test_sources_never_unpickle_eval_or_exec(path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    banned_modules = {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "joblib", "marshal", "shelve"}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            assert not {a.name.split(".")[0] for a in node.names} & banned_modules, f"{path.name}: imports pickle"
        if isinstance(node, ast.ImportFrom):
            assert (node.module or "").split(".")[0] not in banned_modules, f"{path.name}: imports pickle"
    for name, call in _calls(tree):
        assert name not in {"eval", "exec", "compile", "__import__", "torch.load", "yaml.load"}, \
            f"{path.name}:{call.lineno} calls {name}"
        for kw in call.keywords:
            dangerous = kw.arg in {"allow_pickle", "trust_remote_code", "allow_dangerous_deserialization"}
            assert not (dangerous and not (isinstance(kw.value, ast.Constant) and kw.value.value is False)), \
                f"{path.name}:{call.lineno}: {kw.arg} must be the constant False"
        if name in {"np.load", "numpy.load"}:
            assert any(kw.arg == "allow_pickle" for kw in call.keywords), \
                f"{path.name}:{call.lineno}: np.load without allow_pickle=False"


# --- files are read only from inside the index folder -------------------------------------------------------


def test_current_pointer_that_is_a_symlink_is_refused(tmp_path, commit_version):
    index_dir = tmp_path / "index"
    version = commit_version(index_dir)
    outside = tmp_path / "elsewhere-CURRENT"
    outside.write_text(version.name + "\n")  # would even name the right version
    (index_dir / store.CURRENT).unlink()
    (index_dir / store.CURRENT).symlink_to(outside)
    for load in (store.current_version, qa.load_index):
        with pytest.raises(IndexCorruptError, match="symbolic link"):
            load(index_dir)


def test_version_folder_that_is_a_symlink_to_outside_is_refused(tmp_path, commit_version):
    index_dir = tmp_path / "index"
    version = commit_version(index_dir)
    outside = tmp_path / "outside-version"
    shutil.move(version, outside)  # a complete, checksummed version, but outside the index folder
    version.symlink_to(outside, target_is_directory=True)
    store.verify_files(outside, store.read_manifest(outside))
    with pytest.raises(IndexCorruptError, match="symbolic link"):
        store.current_version(index_dir)
    with pytest.raises(IndexCorruptError, match="symbolic link"):
        qa.load_index(index_dir)


def test_index_file_that_is_a_symlink_is_refused(tmp_path, commit_version):
    index_dir = tmp_path / "index"
    version = commit_version(index_dir, "payload")
    outside = tmp_path / "data.txt"
    shutil.move(version / "data.txt", outside)  # same bytes, same checksum, but read through a link
    (version / "data.txt").symlink_to(outside)
    with pytest.raises(IndexCorruptError, match="rebuild"):
        store.verify_files(version, store.read_manifest(version))


def test_cleaning_leftovers_never_follows_links_out_of_the_folder(tmp_path, commit_version):
    index_dir = tmp_path / "index"
    commit_version(index_dir)
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "keep.txt").write_text("mine")
    (index_dir / ".build-deadbeef").symlink_to(precious, target_is_directory=True)  # a "leftover build"
    (index_dir / "v-20000101T000000.000000-deadbeef").symlink_to(precious, target_is_directory=True)  # "old"
    for _ in range(3):
        commit_version(index_dir)
    assert (precious / "keep.txt").read_text() == "mine"


# --- the UI binds to loopback by default ----------------------------------------------------------------------


class _FakeDemo:
    def __init__(self, launched: dict) -> None:
        self.launched = launched

    def launch(self, **kwargs: object) -> None:
        self.launched.update(kwargs)

    def block_thread(self) -> None:
        pass


@pytest.fixture
def launched(monkeypatch):
    import ui

    seen: dict = {}
    for var in ("QA_UI_HOST", "QA_UI_PORT", "QA_UI_AUTH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(ui, "needs_build", lambda *_: False)
    monkeypatch.setattr(ui, "build_demo", lambda *a, **k: _FakeDemo(seen))
    return ui, seen


def test_ui_binds_to_loopback_by_default_without_a_warning(launched, capsys):
    ui, seen = launched
    assert ui.main(["--index", "nowhere"]) == 0
    assert seen["server_name"] == "127.0.0.1" and seen["share"] is False and seen["auth"] is None
    assert "warning" not in capsys.readouterr().err


def test_ui_bound_elsewhere_warns_unless_auth_is_set(launched, capsys, monkeypatch):
    ui, seen = launched
    assert ui.main(["--host", "0.0.0.0", "--index", "nowhere"]) == 0
    err = capsys.readouterr().err
    assert seen["server_name"] == "0.0.0.0" and "warning: serving on 0.0.0.0 with no password" in err
    assert "QA_UI_AUTH" in err
    monkeypatch.setenv("QA_UI_AUTH", "ann:secret")
    assert ui.main(["--host", "0.0.0.0", "--index", "nowhere"]) == 0
    assert seen["auth"] == ("ann", "secret") and "warning" not in capsys.readouterr().err
    monkeypatch.delenv("QA_UI_AUTH")
    monkeypatch.setenv("QA_UI_HOST", "192.0.2.7")
    assert ui.main(["--index", "nowhere"]) == 0
    assert seen["server_name"] == "192.0.2.7" and "192.0.2.7 with no password" in capsys.readouterr().err


def test_ui_serves_no_index_or_corpus_files(launched):
    ui, seen = launched
    assert ui.main(["--index", "idx", "--corpus", "arts"]) == 0
    assert seen["allowed_paths"] == []
    assert {str(Path("idx").resolve()), str(Path("arts").resolve())} <= set(seen["blocked_paths"])
