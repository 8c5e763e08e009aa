import pytest

from qa.followup import is_followup, key_terms, message_text, resolve


def test_follow_up_takes_the_previous_questions_key_terms():
    history = [{"role": "user", "content": "What are Switchblade drones?"},
               {"role": "assistant", "content": "> “Switchblades are cheap...” [1]"}]
    resolved = resolve("How long can they loiter?", history)
    assert resolved.startswith("How long can they loiter?")
    assert "Switchblade" in resolved and "drones" in resolved


def test_strait_follow_up():
    history = [{"role": "user", "content": "Where is the Tsugaru Strait?"}]
    assert "Tsugaru Strait" in resolve("Which islands does it separate?", history)


def test_a_question_with_its_own_subject_is_left_alone():
    history = [{"role": "user", "content": "What are Switchblade drones?"}]
    assert resolve("How many tanks has Russia lost?", history) == "How many tanks has Russia lost?"
    assert resolve("How long can they loiter?", None) == "How long can they loiter?"


def test_chained_follow_ups_keep_the_original_subject():
    history = [{"role": "user", "content": "What are Switchblade drones?"},
               {"role": "user", "content": "Who makes them?"}]
    assert "Switchblade" in resolve("How long can they loiter?", history)


@pytest.mark.parametrize(("question", "expected"), [
    ("How long can they loiter?", True), ("And the tanks?", True), ("What about it?", True),
    ("Which islands does the Tsugaru Strait separate?", False), ("", False),
])
def test_is_followup(question, expected):
    assert is_followup(question) is expected


def test_message_text_accepts_gradio_parts():
    assert message_text([{"type": "text", "text": "hello"}, {"type": "text", "text": "there"}]) == "hello there"
    assert message_text(None) == ""
    assert key_terms("What did the Pentagon say about Russia?") == ["Pentagon", "Russia"]
