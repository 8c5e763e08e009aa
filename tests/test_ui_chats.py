"""qa/ui_chats.py: where a save puts a conversation among the saved chats, whatever stale place it is told (pure
functions; the browser test is tests/test_browser_chats.py)."""

from __future__ import annotations

from qa.ui_chats import kept, place, shown_at


def _chat(*turns: tuple[str, str]) -> list[dict]:
    """Messages as Gradio's chatbot gives them: content a list of text parts."""
    return [{"role": role, "content": [{"type": "text", "text": text}], "metadata": None}
            for question, answer in turns for role, text in (("user", question), ("assistant", answer))]


WAGNER = _chat(("Who leads Wagner?", "Prigozhin."))
WAGNER2 = _chat(("Who leads Wagner?", "Prigozhin."), ("Since when?", "2014."))
TSUGARU = _chat(("Which islands?", "Honshu and Hokkaido."))


def test_a_new_chat_goes_first_and_a_continued_one_stays_in_its_place():
    assert kept(WAGNER, []) == (0, [WAGNER])
    assert kept(TSUGARU, [WAGNER]) == (0, [TSUGARU, WAGNER])
    assert kept(TSUGARU, [WAGNER], first=False) == (1, [WAGNER, TSUGARU])  # a saved chat clicked: none moves
    assert kept(WAGNER2, [TSUGARU, WAGNER], hint=1) == (1, [TSUGARU, WAGNER2])
    assert kept(WAGNER2, [TSUGARU, WAGNER]) == (1, [TSUGARU, WAGNER2])  # no place told: found by content


def test_a_stale_place_never_overwrites_another_chat():
    """The new chat told the old one's place (a save answered after "New chat"): saved beside it, not over it."""
    assert kept(TSUGARU, [WAGNER], hint=0) == (0, [TSUGARU, WAGNER])
    assert place(TSUGARU, [WAGNER2, WAGNER], hint=1) is None
    assert place(TSUGARU, [WAGNER2, TSUGARU[:1]], hint=0) == 1  # its own question, saved before the answer: continued


def test_an_empty_or_shorter_chat_changes_nothing():
    """A save that reads the chat after a reset (empty), or an older state of a saved chat, writes nothing."""
    assert kept([], [WAGNER], hint=0) == (0, None)
    assert kept(WAGNER, [WAGNER]) == (0, None)
    assert kept(WAGNER, [TSUGARU, WAGNER2], hint=0) == (1, None)


def test_an_answer_asked_again_replaces_its_own_chat():
    """Gradio's retry: the same questions, the last answered again, keeps the chat's place."""
    again = _chat(("Who leads Wagner?", "Yevgeny Prigozhin."))
    assert kept(again, [TSUGARU, WAGNER], hint=1) == (1, [TSUGARU, again])
    assert kept(again, [TSUGARU, WAGNER]) == (0, [again, TSUGARU, WAGNER])  # told no place: a chat of its own


def test_saved_messages_match_however_their_content_is_written():
    """Local storage may hold a message's content as a string: the same chat, continued in place."""
    plain = [{"role": m["role"], "content": m["content"][0]["text"]} for m in WAGNER]
    assert kept(WAGNER2, [plain]) == (0, [WAGNER2])


def test_the_bin_names_the_chat_shown_never_a_stale_place():
    """The bin's chat is found by content: itself (or its saved earlier or later state), never a chat a stale place
    names; a chat never saved names none."""
    assert shown_at(WAGNER, [TSUGARU, WAGNER], hint=0) == 1
    assert shown_at(WAGNER2, [TSUGARU, WAGNER], hint=0) == 1  # its last answer's save not in yet
    assert shown_at(WAGNER, [TSUGARU, WAGNER2]) == 1
    assert shown_at(TSUGARU, [WAGNER], hint=0) is None
    assert shown_at([], [WAGNER], hint=0) is None


def test_an_answer_lands_on_its_chat_saved_before_it_never_on_a_guess():
    """An answer (its chat left or not) lands on its chat saved up to the question, as the page places it told no place
    (`qa.ui_chat_store.LANDED_JS`); a chat asking the same questions answered otherwise is another chat: kept beside."""
    asked = WAGNER2[:3]
    assert kept(WAGNER2, [TSUGARU, asked]) == (1, [TSUGARU, WAGNER2])
    pending = [*asked, {"role": "assistant", "content": "Searching the articles…"}]
    assert kept(WAGNER2, [pending, TSUGARU]) == (0, [WAGNER2, pending, TSUGARU])


def test_a_chat_the_page_saved_beside_its_twin_stays_there():
    """Two chats saved the same, one continued: the page, told no place, put the turn on the first; the save after it,
    told the other's place, finds it saved as it is and overwrites neither (the twin's state would be lost)."""
    assert kept(WAGNER2, [WAGNER2, WAGNER], hint=1) == (0, None)
    assert kept(WAGNER2, [WAGNER, WAGNER2], hint=1) == (1, None)


def test_an_answers_last_chunk_is_told_as_it_goes_out():
    """`with_last`: the last chunk is told last when the answer ends within the wait, each chunk goes out once, and a
    chunk followed by a slow one (or by a slow end) goes out after the wait, told not the last."""
    import asyncio
    import time
    from collections.abc import AsyncIterator

    from qa.ui_chats import with_last

    async def answer(searching: float, ending: float = 0.0) -> AsyncIterator[str]:
        yield "searching"
        await asyncio.sleep(searching)
        yield "answer"
        await asyncio.sleep(ending)

    async def told(*pauses: float) -> list[tuple[str, bool, float]]:
        start = time.monotonic()
        return [(chunk, last, time.monotonic() - start)
                async for chunk, last in with_last(answer(*pauses), within=0.2)]

    assert [(c, last) for c, last, _ in asyncio.run(told(0.0))] == [("searching", False), ("answer", True)]
    slow = asyncio.run(told(1.0))
    assert [(c, last) for c, last, _ in slow] == [("searching", False), ("answer", True)] and slow[0][2] < 0.9
    assert [(c, last) for c, last, _ in asyncio.run(told(0.0, 1.0))] == [("searching", False), ("answer", False)]

    closed = []

    async def stopped() -> None:  # the stop button closes the answer while its next step is on its way
        async def slow() -> AsyncIterator[str]:
            try:
                yield "searching"
                await asyncio.sleep(5)
                yield "answer"
            finally:
                closed.append(True)

        stream = with_last(slow(), within=0.05)
        assert await stream.__anext__() == ("searching", False)
        await stream.aclose()
        await asyncio.sleep(0.05)

    asyncio.run(stopped())
    assert closed == [True]  # the answer's own generator is closed, not left running


def test_a_retry_is_noted_with_the_chat_it_replaces_and_an_unanswered_question_says_so():
    """Gradio's retry is a question of the page: its answer lands naming the chat it replaces. A saved chat opened
    whose last question has no answer says so under it, unless its answer is on its way (it lands in the saved list)."""
    import gradio as gr

    from qa.ui_chats import UNANSWERED, KeptChatInterface

    def said(chat: list[dict]) -> list[tuple[str, str]]:
        return [(m["role"], m["content"] if isinstance(m["content"], str) else m["content"][0]["text"]) for m in chat]

    with gr.Blocks():
        chat = KeptChatInterface(lambda message, history: message, save_history=True)
    chat._note_retry(WAGNER2)
    turn = chat.turns.start("Since when?")
    assert turn is not None and said(turn.history) == said(WAGNER) and turn.was == WAGNER2
    again = [*WAGNER, *_chat(("Since when?", "Since 2014."))]
    landing = chat._landing(turn, again)
    assert [said(landing[k]) for k in ("chat", "was")] == [said(again), said(WAGNER2)]
    chat.turns.end(turn)
    assert chat._landing(None, again) is None  # an API call lands nothing

    asked = WAGNER2[:3]
    _, shown = chat._load_conversation(0, [asked, TSUGARU])
    assert said(shown.value) == [*said(asked), ("assistant", UNANSWERED)]
    assert said(chat._load_conversation(1, [asked, TSUGARU])[1].value) == said(TSUGARU)
    chat.turns.ask("Since when?", WAGNER)  # its answer on its way (the chat left): nothing said yet
    assert said(chat._load_conversation(0, [asked])[1].value) == said(asked)


def test_an_answer_that_fails_tells_the_page_it_is_over_then_fails_as_before():
    """An unexpected error in the answer: the page is told the turn is over ({"ended": the chat up to its question},
    so it takes its note off and another tab says no answer came), then the error goes on to Gradio, which shows it
    as it always has; the turn is no longer waited for."""
    import asyncio
    from collections.abc import Iterator

    import gradio as gr
    import pytest

    from qa.ui_chats import KeptChatInterface

    def failing(message: str, history: list) -> Iterator[str]:
        yield "Searching the articles…"
        raise RuntimeError("unexpected")

    with gr.Blocks():
        chat = KeptChatInterface(failing, save_history=True)
    chat.turns.ask("Since when?", WAGNER)

    async def answered() -> list[tuple]:
        outs = []
        with pytest.raises(RuntimeError, match="unexpected"):
            async for out in chat._stream_fn("Since when?", WAGNER):
                outs.append(out)
        return outs

    ended = asyncio.run(answered())[-1][-1]
    assert [(m["role"], m["content"][0]["text"]) for m in ended["ended"]] == [
        ("user", "Who leads Wagner?"), ("assistant", "Prigozhin."), ("user", "Since when?")]
    assert not chat.turns.pending()
