"""The start-up warm-up (issue 14, item 4): in a fresh process, `Warmup` loads the index, the embedding model
and spaCy in a background thread, so the first question loads nothing: it finds every model already loaded."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPO

pytestmark = pytest.mark.slow

PROBE = """
import importlib, json, sys
embed, nlp, retrieve, spelling = (importlib.import_module(f"qa.{m}") for m in ("embed", "nlp", "retrieve", "spelling"))
from qa.answer import answer_with
from qa.background import Warmup

warm = Warmup(sys.argv[1])
before = {"models": len(embed._loaded), "spacy": nlp._load.cache_info().currsize, "indexes": len(retrieve._cache),
          "pairs": spelling.english_pairs.cache_info().currsize}
warm.start()
running = warm.running
warm.wait(300)
after = {"models": len(embed._loaded), "spacy": nlp._load.cache_info().misses, "indexes": len(retrieve._cache),
         "pairs": spelling.english_pairs.cache_info().currsize}
model, index = next(iter(embed._loaded.values())), retrieve.cached_index(sys.argv[1])
answer = answer_with(index, "Which islands does the Tsugaru Strait separate?")
first = {"same_model": next(iter(embed._loaded.values())) is model, "spacy": nlp._load.cache_info().misses,
         "same_index": retrieve.cached_index(sys.argv[1]) is index, "quote": answer.lead[0].text}
print(json.dumps({"before": before, "running": running, "ready": warm.ready, "error": warm.error,
                  "after": after, "first": first}))
"""


def test_after_the_warm_up_the_first_question_loads_nothing(shipped_index):
    out = subprocess.run([sys.executable, "-c", PROBE, str(shipped_index)], cwd=REPO, capture_output=True,
                         text=True, timeout=300, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["before"] == {"models": 0, "spacy": 0, "indexes": 0, "pairs": 0}  # a fresh process: nothing loaded
    assert seen["running"] and seen["ready"] and not seen["error"]
    assert seen["after"] == {"models": 1, "spacy": 1, "indexes": 1, "pairs": 1}  # the warm-up loaded each once
    first = seen["first"]
    assert first["same_model"] and first["same_index"] and first["spacy"] == 1  # the question loaded nothing new
    assert "Honshu and Hokkaido" in first["quote"]


def test_a_warm_up_without_an_index_says_why_and_is_not_ready(tmp_path):
    from qa.background import Warmup

    warm = Warmup(tmp_path / "none").start()
    warm.wait(60)
    assert not warm.running and not warm.ready and "qa-index build" in warm.error
