"""A "who else" follow-up leaves out what the conversation's answers already quoted, and says so plainly when nothing
new is left: through the Python API's history, `qa-index chat` and the UI's turn. Real models, shipped articles."""

import html

import pytest

import ui
from qa.answer import answer_with
from qa.chat import run_chat
from qa.conversation import CLAIM_LEMMAS, claiming, name_keys, stated_figures
from qa.followup import asks_for_more, leans_on_context, unresolved_person
from qa.messages import NOTHING_NEW
from qa.nlp import parse
from qa.present import plain
from qa.records import Abstention

NATO = "NATO allies have already supplied 20,000 anti-tank"
PENTAGON = "The Pentagon estimates at least 7,000 Russian troops have now died"


def _chat(index, *questions):
    """Each question answered after the ones before, the history as the UI and `qa-index chat` keep it."""
    history, answers = [], []
    for q in questions:
        a = answer_with(index, q, history)
        answers.append(a)
        history += [{"role": "user", "content": q}, {"role": "assistant", "content": a.text}]
    return answers


@pytest.mark.parametrize(("question", "word"), [
    ("And who else has?", "who"), ("Who else gave an estimate?", "who"), ("What else did he say?", "what"),
    ("Who leads the Wagner Group?", ""), ("Anything?", ""), ("", ""),
    ("Has anyone else estimated Russia's losses?", "who"), ("Is there anything else I should know?", ""),
    ("Which other countries are sending tanks?", "who"), ("Which countries are sending tanks?", ""),
])
def test_a_question_asking_for_more_is_recognised(question, word):
    assert asks_for_more(question) == word


def test_a_person_is_known_again_by_the_surname():
    assert "prigozhin" in name_keys("Yevgeny Prigozhin", "PERSON") and name_keys("the Wagner Group's", "ORG") == {
        "wagner group"}


def test_anyone_else_and_which_other_lean_on_the_conversation():
    assert leans_on_context("Has anyone else estimated Russia's losses?")
    assert leans_on_context("Which other countries are sending tanks?")


def test_a_country_or_a_group_making_a_claim_is_a_party_as_a_person_is():
    """One-word parties count: "Ukraine says", "the US and Europe put the figure lower", "Oryx added", the X of
    "according to X", the noun "which" stands for ("British intelligence, which said")."""
    said = claiming(parse("Ukraine says 13,800 men have been lost, while the US and Europe put the figure lower - at "
                          "up to 6,000."), frozenset({"say", "put"}))
    assert {(name, verb) for name, _, verb in said} >= {("Ukraine", "say"), ("US", "put")}
    assert [n for n, _, _ in claiming(parse("Ukraine has lost 343, Oryx added."), frozenset({"add"}))] == ["Oryx"]
    assert [n for n, _, _ in claiming(parse("Russia lost 214 tanks, according to Oryx"), frozenset())] == ["Oryx"]
    assert [n for n, _, _ in claiming(parse("That tallies with assessments by British intelligence, which said today "
                                            "that the invasion has stalled."), frozenset({"say"}))] == ["British"]


@pytest.mark.slow
def test_anyone_else_is_answered_by_a_new_party_stating_the_act_asked(loaded):
    """After Oryx's count, "Has anyone else estimated Russia's losses?" is answered by another party's estimate (main
    was not asking for more: it quoted Oryx's count again)."""
    first, more = _chat(loaded, "How many vehicles has Russia lost according to Oryx?",
                        "Has anyone else estimated Russia's losses?")
    assert "Oryx" in first.quotes[0].text
    assert "The Pentagon estimates" in more.quotes[0].text and "1,292" not in more.quotes[0].text


@pytest.mark.slow
def test_who_else_gave_an_estimate_is_answered_by_another_party_s_claim(loaded):
    """Stop 29's case: main led with "That is almost one-fifth of the estimated 150,000 men Putin amassed ...", which
    no party claims. Now a party the Pentagon's answer did not name gives the lead's figure."""
    _, more = _chat(loaded, "How many Russian troops have died according to the Pentagon?",
                    "Who else gave an estimate?")
    parties = {name for name, _, _ in claiming(parse(more.quotes[0].text), CLAIM_LEMMAS)}
    assert parties - {"Pentagon", "The Pentagon", "the Pentagon"} and "Putin amassed" not in more.quotes[0].text


@pytest.mark.slow
def test_who_else_quotes_what_the_previous_answer_did_not(loaded):
    first, more = _chat(loaded, "Who has supplied anti-tank weapons to Ukraine?", "And who else has?")
    assert NATO in first.quotes[0].text
    assert not more.abstained and all(NATO not in q.text for q in more.quotes)
    assert "Western nations" in more.quotes[0].text


@pytest.mark.slow
def test_who_else_after_a_count_quotes_only_counts_of_the_thing_asked(loaded):
    """A fourth "Who else?" after the Pentagon's count of Russian dead quoted "President Zelensky has admitted that
    1,300 soldiers have been killed" (Ukraine's own dead; stop 48's note): another side's toll is no other estimate.
    Now the chain quotes counts of Russian losses, then says nothing new is left. "Has anyone else estimated Russia's
    losses?" names its own thing and is not held to the thread's count (the test above)."""
    *chain, last = _chat(loaded, "How many Russian troops have died according to the Pentagon?",
                         "Who else gave an estimate?", "Who else?", "Who else?")
    assert all("1,300" not in q.text for a in (*chain, last) for q in a.quotes)
    assert "British Ministry of Defense" in chain[2].quotes[0].text
    assert last.abstention is not None and last.abstention.reason == "nothing_new"


@pytest.mark.slow
def test_who_else_gave_a_figure_is_answered_by_another_party_s_count_of_the_thing(loaded):
    """After Moscow's 500 casualties, "Who else gave a figure?" abstained `unsupported` (the fitted decision read the
    bare question) with the answer first among the closest sentences. The thread's count was answered, and another
    party's figure of it answers the question: that fit judges."""
    _, more = _chat(loaded, "How many casualties has Moscow acknowledged?", "Who else gave a figure?")
    assert not more.abstained and "Ukraine says 13,800 men have been lost" in more.quotes[0].text


LOSSES = ("Russian losses mount in Ukraine\n\nThe Pentagon estimates at least 7,000 Russian troops have now died in "
          "Ukraine, while another 14,000 to 21,000 have been wounded.\n\nThe fighting around Kyiv has stalled for a "
          "week.\n\nRussia is estimated to have lost 7,000 soldiers and more than 1,250 vehicles in the first three "
          "weeks of the war, according to Oryx.\n\nThe convoy north of the capital has barely moved.\n")
SNOW = "Snow closes roads in Scotland\n\nHeavy snow closed roads across the Highlands.\n\nMore is expected.\n"


@pytest.mark.slow
def test_who_else_with_nothing_new_says_so_instead_of_repeating(tmp_path):
    """Two estimates, both quoted: the next "Who else?" says nothing new. (Over the shipped articles the chain now
    finds four: the Pentagon, Oryx, Ukraine's defence ministry and Britain's, each a figure of Russian losses.)"""
    from qa.build import build_index
    from qa.retrieve import load_index

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "losses.txt").write_text(LOSSES, encoding="utf-8")
    (tmp_path / "articles" / "snow.txt").write_text(SNOW, encoding="utf-8")
    build_index(tmp_path / "articles", tmp_path / "index")
    *_, last = _chat(load_index(tmp_path / "index"), "How many Russian troops have died according to the Pentagon?",
                     "Who else gave an estimate?", "Who else?")
    assert last.abstention is not None and last.abstention.reason == "nothing_new"
    assert NOTHING_NEW in last.text and all(PENTAGON not in q.text for q in last.related)


def test_the_figures_a_sentence_states_are_its_numbers_not_its_dates():
    said = parse("Military loss loggers Oryx estimated on Wednesday, November 16, 2022, that Russia had lost 1,292 "
                 "vehicles, including 214 tanks, in the first 3 weeks.")
    assert stated_figures(said) == {"1292", "214"}  # "the first 3 weeks" is a date


@pytest.mark.slow
def test_what_else_did_oryx_say_is_not_oryx_s_figure_again(loaded):
    """After Oryx's 1,292 vehicles "including 214 tanks", main's "What else did Oryx say?" led with "... including 214
    tanks, according to Oryx": the same count again. A sentence restating a figure already quoted comes after the
    others, so the lead says something new. The first answer now quotes Oryx's next sentence too ("Ukraine has lost
    343, Oryx added."), so what Oryx says elsewhere only restates it: nothing new, said so."""
    first, more = _chat(loaded, "What did Oryx estimate about Russia's vehicle losses?", "What else did Oryx say?")
    assert "214 tanks" in first.quotes[0].text and "Ukraine has lost 343, Oryx added." in first.quotes[0].text
    assert more.abstention is not None and more.abstention.reason == "nothing_new"
    assert all("214" not in q.text for q in more.quotes)


@pytest.mark.slow
def test_the_same_question_without_else_still_quotes_it(loaded):
    """Only a question asking for more leaves quotes out: asked again, the answer is the same."""
    first, again = _chat(loaded, "Who has supplied anti-tank weapons to Ukraine?",
                         "Who has supplied anti-tank weapons to Ukraine?")
    assert NATO in first.quotes[0].text and NATO in again.quotes[0].text


@pytest.mark.slow
def test_the_ui_turn_leaves_out_what_it_showed(shipped_index):
    """The UI's history holds its own HTML answers (citations with their context): the turn still leaves out only
    what was quoted."""
    asked = "Who has supplied anti-tank weapons to Ukraine?"
    *_, (shown, _) = ui.respond(asked, [], index_dir=shipped_index)
    history = [{"role": "user", "content": [{"type": "text", "text": asked}]}, {"role": "assistant", "content": shown}]
    *_, (chat, _) = ui.respond("And who else has?", history, index_dir=shipped_index)
    body = html.unescape(chat.split('<div class="qa-sources">')[0])  # the quotes, not the citations' context
    assert NATO in html.unescape(shown) and "Western nations" in body and NATO not in body


@pytest.mark.slow
def test_qa_index_chat_leaves_it_out_too(shipped_index):
    lines = iter(["Who has supplied anti-tank weapons to Ukraine?", "And who else has?"])
    out: list[str] = []

    def read(_prompt: str) -> str:
        line = next(lines, None)
        if line is None:
            raise EOFError
        return line

    assert run_chat(shipped_index, read=read, write=out.append) == 0
    answers = [o for o in out if o.startswith(">") or "“" in o]
    assert NATO in answers[0] and NATO not in answers[1] and "Western nations" in answers[1]


def test_plain_shows_the_nothing_new_line():
    from qa.records import Abstention, Answer

    assert NOTHING_NEW in plain(Answer(question="Who else?", abstention=Abstention("nothing_new")))


@pytest.mark.parametrize(("question", "pronoun"), [
    ("What did he say about the tanks?", "he"), ("How many did they lose?", "they"), ("Who is he?", "he"),
    ("What did Putin say he wanted?", ""), ("What did the minister say he would do?", ""),
    ("What beverage company signed a contract allowing them to broadcast ads?", ""),
    ("How did their lawyer suggest they would plea?", ""), ("Which islands does the Tsugaru Strait separate?", ""),
])
def test_a_first_question_naming_no_one_for_its_pronoun_is_found(question, pronoun):
    assert unresolved_person(question) == pronoun


def test_a_first_question_about_he_asks_who_and_a_follow_up_is_answered(loaded):
    alone = answer_with(loaded, "What did he say about the tanks?")  # main quoted tank counts as "Sources differ"
    assert alone.abstention == Abstention("unresolved", ("he",)) and alone.related
    assert "Who is “he”? No earlier question" in alone.text and "Who is “he”?" in plain(alone)
    hodges, then = _chat(loaded, "Who is Ben Hodges?", "What did he say about conscription?")
    assert not then.abstained and "conscription" in then.lead[0].text


def test_a_first_question_saying_enough_to_find_its_person_is_answered():
    assert unresolved_person("What was he studying that gave him the teleforce weapon idea?") == ""


def test_what_other_asks_for_more_though_what_is_tagged_as_a_pronoun():
    """From stop 35's `else2` (the rest of it not landed): spaCy often tags the "What" of "What other weapons" WP."""
    assert asks_for_more("What other weapons have Western nations supplied?") == "what"
    assert leans_on_context("What other weapons have Western nations supplied?")
    assert asks_for_more("What weapons have Western nations supplied?") == ""
