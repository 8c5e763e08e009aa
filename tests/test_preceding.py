"""qa.preceding: the best sentence read with the sentences before it, as evidence for the fitted decision (issue 13:
answerable questions the product refused because their answer names what it speaks of by a pronoun, a description or
not at all, the sentences before naming it). The real models, on the shipped articles."""

from __future__ import annotations

from qa import abstain
from qa.candidates import score_sentences
from qa.dialog import rank_in_context
from qa.further_quotes import fullest_copies
from qa.preceding import preceding


def _history(*questions: str) -> list[dict[str, str]]:
    return [m for q in questions for m in ({"role": "user", "content": q}, {"role": "assistant", "content": "..."})]


def _best(loaded, question: str, history: list[dict[str, str]] | None = None):
    ranked = rank_in_context(loaded, question, history)
    return ranked, fullest_copies(loaded, score_sentences(loaded, ranked))[0]


def test_the_sentences_before_are_read_with_the_best_one_in_its_own_article(loaded):
    _, best = _best(loaded, "How long can Switchblade drones circle their targets?")
    text = preceding(loaded, best.row)
    assert text.endswith(best.text) and "Switchblades are cheap" in text  # "They are known as 'loitering munitions'"
    first = next(r for r in range(1, len(loaded.sentence_doc)) if loaded.sentence_doc[r] != loaded.sentence_doc[r - 1])
    assert preceding(loaded, first) == loaded.sentence(first).text  # never the article before


def test_a_follow_ups_antecedent_named_just_before_the_answer_is_not_missing_in_context(loaded):
    """"How long can they loiter?" after "What are Switchblade drones?" is asked as "How long can they (Switchblade
    drones) loiter?"; the answer says "they": the sentence alone lacks the name, its context does not."""
    ranked, best = _best(loaded, "How long can they loiter?", _history("What are Switchblade drones?"))
    assert "40 minutes" in best.text
    ev = abstain.evidence(loaded, ranked, best)
    assert ev.names_missing_sentence == 1.0 and ev.names_missing_context == 0.0
    assert ev.context_cover > ev.cover
