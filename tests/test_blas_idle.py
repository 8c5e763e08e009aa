"""OpenBLAS's idle helper threads sleep at once (`qa/blas_idle.py`): set by any `import qa...` before NumPy loads
OpenBLAS, a caller's own setting kept; and every answer is the same, record for record, as with the helper spinning."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEN_AT_NUMPY = """
import os, sys
class Watch:  # the setting when NumPy is first imported, which loads OpenBLAS and reads it
    def find_spec(self, name, path=None, target=None):
        if name == "numpy":
            sys.modules[__name__].seen = os.environ.get("OPENBLAS_THREAD_TIMEOUT", "unset")
        return None
sys.meta_path.insert(0, Watch())
import qa.retrieve
print(seen)
"""
ANSWERS = """
import sys
sys.path.insert(0, "tests")
from qa.answer import answer_with
from qa.retrieve import load_index
from questions import ANSWERABLE, UNANSWERABLE
index = load_index(sys.argv[1])
for q in [q for q, _ in ANSWERABLE[:12]] + list(UNANSWERABLE[:4]):
    print(repr(answer_with(index, q)))
"""


def _run(code: str, *args: str, timeout: str | None = None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    env |= {"OPENBLAS_THREAD_TIMEOUT": timeout} if timeout is not None else {}
    return subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=REPO, capture_output=True, text=True,
                          check=True).stdout


def test_importing_qa_sets_it_before_numpy_loads_openblas():
    assert _run(SEEN_AT_NUMPY).strip() == "4"


def test_a_callers_own_setting_is_kept():
    assert _run(SEEN_AT_NUMPY, timeout="12").strip() == "12"


@pytest.mark.slow
def test_answers_are_the_same_as_with_the_helper_spinning(shipped_index):
    spinning = _run(ANSWERS, str(shipped_index), timeout="28")  # OpenBLAS's own default: 2^28 cycles
    assert spinning.count("Answer(") == 16
    assert _run(ANSWERS, str(shipped_index)) == spinning
