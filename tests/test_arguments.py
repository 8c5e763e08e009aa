"""Arguments a caller gets wrong are refused clearly: k < 1 (Python API and CLI), a history that is not a list of
chat messages."""

from __future__ import annotations

import pytest

import qa
from qa.answer import answer_with
from qa.cli import main as cli
from qa.errors import QuestionError

pytestmark = pytest.mark.slow
QUESTION = "Which islands does the Tsugaru Strait separate?"


@pytest.mark.parametrize("k", [0, -1])
def test_k_below_one_is_refused_by_the_python_api(shipped_index, loaded, k):
    calls = [lambda: qa.retrieve(QUESTION, k=k, index_dir=shipped_index), lambda: loaded.retrieve(QUESTION, k),
             lambda: qa.answer(QUESTION, k=k, index_dir=shipped_index), lambda: answer_with(loaded, QUESTION, k=k)]
    for call in calls:
        with pytest.raises(ValueError, match=f"k must be at least 1, got {k}"):
            call()


@pytest.mark.parametrize("k", ["0", "-1"])
@pytest.mark.parametrize("command", ["search", "ask"])
def test_k_below_one_is_refused_by_the_cli(shipped_index, capsys, command, k):
    with pytest.raises(SystemExit) as exit_:
        cli([command, QUESTION, "-k", k, "--index", str(shipped_index)])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert f"argument -k: must be at least 1, got {k}" in err and "Traceback" not in err


@pytest.mark.parametrize("history", [[None], "What are Switchblade drones?", [["user", "hi"]],
                                     {"role": "user", "content": "hi"}, 42],
                         ids=["[None]", "a string", "a list of lists", "a dict", "a number"])
def test_a_history_that_is_not_chat_messages_is_a_question_error(shipped_index, loaded, history):
    for call in (lambda: qa.answer(QUESTION, history=history, index_dir=shipped_index),
                 lambda: answer_with(loaded, QUESTION, history)):
        with pytest.raises(QuestionError, match="history") as info:
            call()
        assert "\n" not in str(info.value)


def test_a_well_formed_history_still_resolves_a_follow_up(loaded):
    history = [{"role": "user", "content": "What are Switchblade drones?"}, {"role": "assistant", "content": "…"}]
    assert "40 minutes" in answer_with(loaded, "How long can they loiter?", history).quotes[0].text
