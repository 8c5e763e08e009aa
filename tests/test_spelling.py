"""Misspelt question words are searched as the corpus's own words; names, numbers and real words never are."""

import pytest

from qa.html_view import answer_html
from qa.present import markdown, plain
from qa.question import sentence_form
from qa.records import Correction
from qa.spelling import Speller, count_words, english_words, reads_english, respell

CORPUS = ("Zelensky has also called up the entirety of Ukraine's reservists - estimated at around 220,000 men. "
          "Poland has sent 14 Leopard 2 tanks to Ukraine. The next round of conscription is due on April 1. "
          "Zelensky said Poland and Ukraine agree. The Wagner Group is led by Prigozhin.")


@pytest.fixture(scope="module")
def speller():
    return Speller(count_words([CORPUS]))


def test_counts_keep_case_and_skip_numbers():
    counts = count_words(["Zelensky said 220,000 men, and Zelensky's men agreed."])
    assert counts["Zelensky"] == 1 and counts["Zelensky's"] == 1 and counts["men"] == 2
    assert not any(ch.isdigit() for w in counts for ch in w)


def test_misspelt_words_become_the_corpus_words(speller):
    text, corrections = respell("how many resevists has zelenksy caled up", speller)
    assert text == "how many reservists has Zelensky called up"  # a swap of two letters is one edit
    assert corrections == (Correction("resevists", "reservists"), Correction("zelenksy", "Zelensky"),
                           Correction("caled", "called"))


def test_a_left_out_letter_wins_a_tie():
    speller = Speller({"pound": 50, "Poland": 3, "not": 90, "next": 2})
    assert respell("polnd nxt", speller)[0] == "Poland next"  # not "pound not", though those are commoner


def test_a_lowercase_name_its_neighbours_rule_out_is_read_as_the_common_word_one_edit_away():
    speller = Speller({"Leeds": 7, "leads": 70, "needs": 90, "Wagner": 20, "Group": 9, "who": 300, "the": 900,
                       "beat": 30, "and": 800, "Lone": 1, "one": 400, "which": 200, "female": 20})
    assert respell("Who leeds the Wagner Group?", speller) == ("Who leads the Wagner Group?",
                                                               (Correction("leeds", "leads"),))  # not "needs"
    for question in ("Who leeds and who follows Prigozhin?",  # "leeds and" is an English pair: the name stands
                     "Who was sold to leeds?",  # last word: one side only
                     "so who leeds the wagner group",  # typed in lower case, names are too: only where a verb
                     # must stand ("who WORD the") is a name no name
                     "Which lone female Architect?"):  # a name written once in the corpus is no evidence
        assert not [c for c in respell(question, speller)[1] if c.typed in ("leeds", "lone")], question
    assert respell("who leeds the wagner group", speller) == ("who leads the Wagner Group",
                                                              (Correction("leeds", "leads"),))


@pytest.mark.parametrize("question", [
    "Who won the Super Bowl?",  # English words the corpus lacks: the articles cannot answer, so no respelling
    "How many legs does a spider have?",
    "How many Leopard 2 tanks has Poland sent?",  # words the corpus has
    "What happened on 2023-10-19 to F-16 jets?",  # numbers
    "Who is Mbappe?",  # a name nothing in the corpus is near
])
def test_names_numbers_and_real_words_stand_as_typed(speller, question):
    assert respell(question, speller) == (question, ())


def test_a_name_the_user_typed_is_never_respelt():
    speller = Speller({"cost": 40, "Costa": 1, "costs": 5, "Nana": 9})
    assert respell("Can I bring my dog into a Costco warehouse?", speller)[1] == ()
    assert respell("Which company did Nanda join?", speller)[1] == ()  # not "Nana": another name


def test_possessives_and_typographic_apostrophes_are_the_same_word():
    speller = Speller({"Altman’s": 5, "Altman": 3, "jury": 2, "July": 40, "articles": 9})
    assert respell("What did the article's author say about Altman's jury's verdict?", speller)[1] == ()
    assert respell("what did altmn say", speller)[0] == "what did Altman say"  # the name, not "Altman’s"


def test_the_english_word_list_is_symspellpys():
    words = english_words()
    assert len(words) > 80_000 and "reservists" in words and "resevists" not in words


def test_a_question_typed_in_lower_case_gets_the_corpus_capitals_of_its_names():
    speller = Speller({"Ukraine": 99, "ukraine": 1, "Pentagon": 3, "Jets": 40, "jets": 2, "tanks": 9, "lost": 5,
                       "The": 50, "the": 400, "Leopard": 2})
    assert respell("how many tanks has ukraine lost", speller) == ("how many tanks has Ukraine lost", ())
    assert respell("according to the pentagon", speller)[0] == "according to the Pentagon"
    assert respell("how many jets has ukraine lost", speller)[0] == "how many jets has Ukraine lost"  # "jet"s
    assert respell("the tanks", speller)[0] == "the tanks"  # a stop word stays as typed
    # A user who capitalised a word after the first meant their case: nothing is recased.
    assert respell("How many tanks has Poland sent to ukraine?", speller)[0] == (
        "How many tanks has Poland sent to ukraine?")


def test_a_word_the_corpus_writes_only_with_accents_is_searched_with_them_a_name_too():
    speller = Speller(count_words(["The café owners of Zürich said rents rose. Zürich's cafés are full. "
                                   "José Mourinho spoke in Zurich? No: only Mourinho did.", "Jose"]))
    assert respell("By how much have rents risen for cafe owners in Zurich?", speller) == (
        "By how much have rents risen for café owners in Zurich?", (Correction("cafe", "café"),))  # has "Zurich"
    speller = Speller(count_words(["The café owners of Zürich said rents rose; Zürich's cafés are full."]))
    assert respell("What did Zurich's cafe owners say?", speller) == (
        "What did Zürich's café owners say?", (Correction("Zurich's", "Zürich's"), Correction("cafe", "café")))
    assert respell("Did the rents rise?", speller)[1] == ()  # an unaccented word it has stays


def test_an_index_without_words_respells_nothing():
    assert respell("how many resevists", Speller()) == ("how many resevists", ())


@pytest.mark.slow
def test_a_misspelt_question_is_answered_and_says_what_was_searched(loaded):
    from qa.answer import answer_with

    answer = answer_with(loaded, "how many resevists has zelenksy caled up")
    assert not answer.abstained and "220,000" in answer.lead[0].text
    assert [c.searched for c in answer.corrections] == ["reservists", "Zelensky", "called"]
    # The question as searched, not the respelt words alone ("Searched for: where" said nothing of the search).
    assert markdown(answer).startswith("Searched for: how many *reservists* has *Zelensky* *called* up\n")
    assert plain(answer).startswith("Searched for: how many reservists has Zelensky called up\n")
    assert answer_html(answer, loaded.article).startswith(
        '<p class="qa-searched">Searched for: how many <strong>reservists</strong> has <strong>Zelensky</strong>')
    capital = answer_with(loaded, "Wher is the Tsugaru Strait?")
    assert plain(capital).startswith("Searched for: Where is the Tsugaru Strait?\n")
    # A follow-up says how it was read, in the terminal as in the UI's passages panel.
    earlier = [{"role": "user", "content": "What are Switchblade drones?"}]
    follow = answer_with(loaded, "How long can they loiter?", earlier)
    assert plain(follow).startswith("Searched for: How long can they (Switchblade drones) loiter?\n")
    assert "Searched for" not in plain(answer_with(loaded, "What are Switchblade drones?"))


@pytest.mark.slow
def test_a_question_about_something_the_articles_lack_still_abstains(loaded):
    from qa.answer import answer_with

    answer = answer_with(loaded, "Who won the Super Bowl?")
    assert answer.abstained and not answer.corrections and "Searched for" not in answer.text


@pytest.mark.slow
@pytest.mark.parametrize("question", [
    "Combien de chars la Pologne a-t-elle envoyés en Ukraine ?",  # "elle" was searched as "else"
    "Elle a dit quoi sur les drones ?",
    "Combien de réservistes Zelensky a-t-il appelés ?",  # "réservistes" and "appelés": no English slips
])
def test_a_question_in_another_language_is_searched_as_typed(loaded, question):
    from qa.answer import answer_with

    answer = answer_with(loaded, question)
    assert not answer.corrections and "Searched for" not in answer.text


def test_an_english_question_reads_as_english_however_misspelt():
    speller = Speller({"BBC": 9, "AI": 5, "Wagner": 3})
    for question in ("how many resevists has zelenksy caled up", "when is the nxt round of russian conscripshun",
                     "Who is Xi Jinping?", "polnd nxt", "ai news from bbc"):  # the corpus's acronyms, lower case
        assert reads_english(question, speller), question
    assert not reads_english("Qui dirige le groupe Wagner ?", speller)
    assert not reads_english("ai news from bbc", Speller())


@pytest.mark.slow
def test_the_build_writes_the_corpus_words(shipped_index):
    from qa import rows, store

    version = store.open_version(shipped_index)
    words = rows.read_words(version.path, version.manifest)
    assert words["reservists"] >= 1 and words["Zelensky"] > words.get("zelensky", 0)


@pytest.mark.parametrize(("typed", "read"), [
    ("how many leopard tanks has poland sent", "How many leopard tanks has poland sent?"),
    ("how long can they loiter (Switchblade drones)", "How long can they loiter (Switchblade drones)?"),
    ("How long can they loiter? (Switchblade drones)", "How long can they loiter? (Switchblade drones)"),
    ("Which islands does the Tsugaru Strait separate?", "Which islands does the Tsugaru Strait separate?"),
    ("tsugaru", "Tsugaru"),  # no question word: no question mark
    ("switchblade drones.", "Switchblade drones."),
    ("  ", "  "),
])
def test_a_question_is_read_in_sentence_form(typed, read):
    assert sentence_form(typed) == read


@pytest.mark.slow
def test_a_question_typed_in_lower_case_is_read_for_whose_count_it_asks(loaded):
    from qa.answer import answer_with

    # No article gives Ukraine's tanks lost: without "Ukraine" read as the party, Russia's 214 tanks answered it.
    assert answer_with(loaded, "how many tanks has ukraine lost").abstained
    answer = answer_with(loaded, "how many russian troops have died acording to the pentagon")
    assert not answer.abstained and "7,000 Russian troops" in answer.lead[0].text
    assert [c.searched for c in answer.corrections] == ["according"]  # the capitals are no correction
