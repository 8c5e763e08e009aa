"""`make run`'s build step reads the same settings as the app (QA_CORPUS, QA_INDEX, QA_MODEL), so the index it
builds is the one the app opens, with the model the app asks it with."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed on this machine")


def _build_args(tmp_path: Path, **env: str) -> list[str]:
    """The arguments `make index` passes to qa-index, with a stub qa-index that records them."""
    stub = tmp_path / "bin"
    stub.mkdir()
    record = tmp_path / "args.json"
    (stub / "qa-index").write_text(f"#!{sys.executable}\nimport json, sys\n"
                                   f"open({str(record)!r}, 'w').write(json.dumps(sys.argv[1:]))\n")
    (stub / "qa-index").chmod(0o755)
    stamp = tmp_path / "installed"
    stamp.touch()  # newer than pyproject.toml: the install step is up to date
    clean = {k: v for k, v in os.environ.items() if not k.startswith("QA_")}
    subprocess.run(["make", "-s", "-C", str(ROOT), "index", f"BIN={stub}", f"STAMP={stamp}"],
                   env={**clean, **env}, check=True, capture_output=True)
    return json.loads(record.read_text())


def test_make_index_builds_with_the_model_the_app_is_given(tmp_path):
    assert _build_args(tmp_path, QA_MODEL="/models/my model", QA_INDEX="/data/idx", QA_CORPUS="/data/news") == [
        "build", "/data/news", "--index", "/data/idx", "--model", "/models/my model", "--if-stale"]


def test_make_index_without_settings_uses_the_defaults(tmp_path):
    assert _build_args(tmp_path) == ["build", "--index", "index", "--if-stale"]
