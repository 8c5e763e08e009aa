"""Shared fixtures: the real model, and one index over the shipped articles built once per session."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
ARTICLES = REPO / "articles"
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shipped_index(tmp_path_factory) -> Path:
    """An index over a copy of articles/, built with the real model (once per test session)."""
    from qa.build import build_index

    root = tmp_path_factory.mktemp("shipped")
    corpus = root / "articles"
    shutil.copytree(ARTICLES, corpus)
    build_index(corpus, root / "index")
    return root / "index"


@pytest.fixture(scope="session")
def loaded(shipped_index):
    from qa.retrieve import load_index

    return load_index(shipped_index)


def needs_shared_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test saying why (a user's clone has no ../shared)."""
    path = SHARED_DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: public evaluation data lives in ../shared/data beside the repo")
    return path
