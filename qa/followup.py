"""Follow-up questions: rewrite a question that leans on the conversation, and only such a question.

A question leans on the previous one when it has a pronoun nothing in it resolves ("How long can they loiter?",
"What kind of contracts have its fighters signed?", "What ages were they?": a noun of the pronoun's own clause is
asked of it, not what it stands for; but not "these articles", nor "he" in "How many men did Putin amass before he
attacked?"), or is elliptical: an "And ...?" fragment ("And the U.S.?"), a "how many" with nothing counted ("And how
many were wounded?"), "the larger versions" of nothing it names, a "who else" (more than the conversation found), or
a bare "Why?".
Then (spaCy reads the syntax, `qa.nlp`):

- a pronoun is followed by what it stands for in the previous question: "he" its person, "it" the last thing
  it names, "they" the last plural thing ("How long can they (Switchblade drones) loiter?"; the pronoun stays,
  as the sentence that answers often says "they" too);
- a fragment takes the previous question's frame, with the party, place or date it names in place of the one of
  the same kind ("How many Leopard 2 tanks has Poland sent to Ukraine?" + "And the U.S.?" -> "How many tanks
  has the U.S. sent to Ukraine?": the party's own kind of tank goes with the party);
- a "how many" takes what the previous one counted, and the previous question's other names.

A question that stands on its own ("Tsugaru", "When were these articles published?") is never rewritten here;
`qa.dialog` also keeps a rewrite only when it retrieves better than the question as asked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from qa.antecedents import Parsed, counted_phrase, entities, phrases, resolved_inside, substitute
from qa.clean import fold_text
from qa.credit import credit_asked
from qa.errors import QuestionError
from qa.nlp import parse
from qa.tokens import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
PRONOUNS = frozenset("it its they them their theirs this that these those he him his she her there".split())
_PERSONS = frozenset({"he", "him", "she", "her", "they", "them"})  # who a question with no conversation can't say
_NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE", "LOC", "FAC"})
# A question with more content words than this says enough to find whom its "he" means ("What was he studying that
# gave him the teleforce weapon idea?" was answered right on SQuAD's tuning half); with fewer it cannot ("What did he
# say about the tanks?": any article's tank counts)
THIN = 2
OPENERS = ("and ", "what about ", "how about ", "also ", "so ")
MAX_CHARS = 2000  # as question.MAX_QUESTION_CHARS: what is parsed of an earlier turn
CHAIN = 3  # a follow-up is read against the last few questions of the chat, each resolved against the one before
# Words of a question that say what is asked, not what it is about.
QUESTION_WORDS = frozenset(
    """what which who whom whose when where why how many much long far tell say said says know happen happened
    mean means can could would will may might must shall please explain describe give show find anything
    something else more also get got""".split()
)


def message_text(content: Any) -> str:
    """Text of a chat message's content: a string, or Gradio's list of {"type": "text", "text": ...} parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, Mapping):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, Sequence):
        return " ".join(message_text(part) for part in content)
    return ""


def words(text: str) -> list[str]:
    """The words of `text`, hyphenated and apostrophe'd ones whole ("F-16", "Ukraine's")."""
    return _WORD.findall(text)


def key_terms(question: str) -> list[str]:
    """The words that say what `question` is about (content words, original case, in order, no repeats)."""
    out: list[str] = []
    for word in words(question):
        low = word.lower()
        if low in STOP_WORDS or low in QUESTION_WORDS or low in PRONOUNS or len(low) < 2:
            continue
        if word not in out:
            out.append(word)
    return out


def _opener(question: str) -> str:
    low = question.lower().lstrip()
    return next((o for o in OPENERS if low.startswith(o)), "")


# "Has anyone else ...?" asks who else ("Is there anything else I should know about X?" stands on its own)
_SOMEONE = frozenset({"anyone", "anybody", "someone", "somebody"})
# Nouns of parties: "Which other countries ...?" asks who else, as "who else" does; "Western nations" is a party
PARTY_NOUNS = frozenset("""country nation state government company firm organisation organization group party official
    expert analyst source agency person people leader politician minister ally""".split())


def _loose_pronouns(doc: Parsed) -> list[Any]:
    """The pronouns of `doc` that nothing in the question itself stands for."""
    return [t for t in doc if t.lower_ in PRONOUNS and t.dep_ not in ("det", "expl") and t.lower_ != "there"
            and not resolved_inside(doc, t)]


def unresolved_person(question: str) -> str:
    """The pronoun of a person or group ("he", "them") a question asked with no conversation leaves open: nothing in
    it is named (no proper noun), no noun comes before the pronoun to stand for, and it has at most THIN content words
    ("What did he say about the tanks?"; not "What beverage company signed a contract allowing them ...?"); else ""."""
    if not words(question) or len(key_terms(question)) > THIN:
        return ""
    doc = parse(fold_text(question[:MAX_CHARS]))
    if any(t.pos_ == "PROPN" for t in doc) or doc.ents and any(e.label_ in _NAMED for e in doc.ents):
        return ""
    return next((t.text for t in _loose_pronouns(doc) if t.lower_ in _PERSONS and t.dep_ != "poss"
                 and not any(n.pos_ == "NOUN" for n in doc[:t.i])), "")


def _else(doc: Parsed) -> str:
    """"who else", "what else", "anyone else", "which other countries": asks for more than the conversation found, so
    it cannot stand without it. The question word ("who"; "who" for "anyone else" and "which other" parties), else
    ""."""
    for t in doc:
        if t.lower_ == "else" and t.head.tag_ in ("WP", "WRB", "WDT"):
            return t.head.lower_
        if t.lower_ == "else" and t.head.lower_ in _SOMEONE:
            return "who"
        if t.lower_ in ("other", "others") and (asked := _other_of(t)):
            return asked
    return ""


def _other_of(other: Any) -> str:
    """"who" for "which other countries" (a party), "what" for "what other weapons", "" when no "which" or "what"
    asks it."""
    noun = other.head if other.dep_ == "amod" else other  # "What" of "What other weapons" is often tagged WP
    if not any(c.lower_ in ("which", "what") and (c.tag_ == "WDT" or c.dep_ == "det") for c in noun.children):
        return ""
    return "who" if noun.lemma_.lower() in PARTY_NOUNS else "what"


def asks_for_more(question: str) -> str:
    """The question word of a question asking for more than the conversation found ("who" of "And who else has?",
    "what" of "What else did he say?"), else "". Read as the question is read: its start, folded (`qa.clean`)."""
    text = fold_text(question[:MAX_CHARS])
    return _else(parse(text)) if words(text) else ""


def _fragment(doc: Parsed) -> bool:
    return not any(t.pos_ in ("VERB", "AUX") for t in doc)


def _uncounted(doc: Parsed) -> bool:
    """A "how many" with nothing counted: "And how many were wounded?"."""
    return any(t.lower_ in ("many", "much") and t.i and doc[t.i - 1].lower_ == "how"
               and t.head.pos_ not in ("NOUN", "PROPN") for t in doc)


def _bridging(doc: Parsed) -> bool:
    """"the larger versions": a definite noun phrase compared with something it does not name."""
    for t in doc:
        noun = t.head
        if (t.tag_ == "JJR" or t.lower_ in ("other", "same")) and noun.pos_ == "NOUN" and any(
                c.lower_ == "the" for c in noun.children) and not any(
                c.dep_ == "prep" or c.pos_ == "PROPN" for c in noun.children):
            return True
    return False


def leans_on_context(question: str) -> bool:
    """True when the question cannot stand on its own: a loose pronoun, an "And ...?" fragment, a "how many"
    with nothing counted, "the larger versions" of nothing named, a "who else", or no content word at all."""
    if not words(question):
        return False
    doc = parse(question)
    if (credit := credit_asked(doc)) is not None and not credit.topic:  # "Who wrote it?": the article quoted before
        return False  # (`qa.answer` reads it from the chat), not a thing the previous question names
    if _loose_pronouns(doc) or _uncounted(doc) or _bridging(doc) or _else(doc) or not key_terms(question):
        return True
    return bool(_opener(question)) and _fragment(doc)


def rewrite(question: str, previous: str) -> str:
    """`question` rewritten to stand on its own, reading what it leaves out from the `previous` question."""
    doc, before = parse(question), parse(previous)
    opener = _opener(question)
    body = question[len(question) - len(question.lstrip()) + len(opener):].strip() if opener else question.strip()
    if _uncounted(doc):
        return _counted(parse(body), before)
    loose = _loose_pronouns(doc)
    if loose:
        return _replace_pronouns(doc, loose, before)
    if opener and _fragment(doc):
        return substitute(before, parse(body)) or f"{previous.rstrip(' ?')} ({body.rstrip('?')})?"
    return _with_context(question, previous)


def _with_context(question: str, previous: str, skip: Sequence[str] = ()) -> str:
    """`question` with the previous question's key terms that it lacks appended in brackets."""
    own = {w.lower() for w in key_terms(question)} | {w.lower() for w in skip}
    extra = [t for t in key_terms(previous) if t.lower() not in own]
    return f"{question.rstrip()} ({' '.join(extra)})" if extra else question


def _replace_pronouns(doc: Parsed, loose: Sequence[Any], before: Parsed) -> str:
    """Each loose pronoun replaced by its antecedent in `before` ("its fighters" -> "the Wagner Group's fighters"), with
    the previous question's other names in brackets ("Has China agreed to help? (Russia)")."""
    # A demonstrative ("How long did that take?") brings all the key terms of `before`, and so does a bare common noun:
    # "they" after "Which drones proved effective at taking out Russian armour?" are the drones that did.
    out, bare = [], False
    found = phrases(before)
    for t in doc:
        if t in loose and (phrase := found.antecedent(t)) is not None:
            # The pronoun stays, its antecedent beside it: the answering sentence often says "they" too.
            out.append(f"{t.text} ({phrase.text}{chr(39) + 's' if t.tag_ == 'PRP$' else ''})")
            bare = bare or phrase.bare
        else:
            out.append(t.text)
        out.append(t.whitespace_)
    rewritten = "".join(out)
    if bare or any(t.lower_ in ("this", "that", "these", "those") for t in loose):
        return _with_context(rewritten, before.text)
    own = {e.label_ for e in doc.ents}  # "What has Putin demanded about it?" names its own person
    names = [e.text for e in entities(before) if e.label_ not in own and e.label_ not in ("DATE", "TIME")]
    context = " ".join(w for w in dict.fromkeys(names) if w.lower() not in rewritten.lower())
    return f"{rewritten.rstrip()} ({context})" if context else rewritten


def _counted(body: Parsed, before: Parsed) -> str:
    """"how many were wounded" -> "how many Russian troops were wounded (Pentagon)"."""
    counted = counted_phrase(before)
    if not counted:
        return _with_context(body.text, before.text)
    out = []
    for t in body:
        out.append(t.text + t.whitespace_)
        if t.lower_ in ("many", "much") and t.i and body[t.i - 1].lower_ == "how":
            out.append(counted + " ")
    text = "".join(out)
    text = text[0].upper() + text[1:]
    dated = any(e.label_ in ("DATE", "TIME") for e in body.ents)
    names = [e.text for e in entities(before) if not (dated and e.label_ in ("DATE", "TIME"))
             and e.text.lower() not in text.lower()]
    return f"{text.rstrip(' ?')} ({' '.join(names)})?" if names else text


def previous_question(history: Sequence[Mapping[str, Any]] | None,
                      normalise: Callable[[str], str] = str.strip) -> str:
    """The last user question of `history`, itself rewritten against the one before when it leaned on it; each
    turn read as `normalise` makes it (respelt, as the question itself is: `qa.question`)."""
    if history is not None and (isinstance(history, str | bytes | Mapping) or not isinstance(history, Sequence)):
        raise QuestionError("history must be a list of chat messages ({'role': 'user', 'content': '...'})")
    asked: list[str] = []
    for turn in history or ():
        if not isinstance(turn, Mapping):
            raise QuestionError(f"history holds {type(turn).__name__!r} where a chat message "
                                "({'role': ..., 'content': ...}) belongs")
        if turn.get("role") == "user" and (text := normalise(message_text(turn.get("content"))[:MAX_CHARS]).strip()):
            asked.append(text)
    previous = ""
    for text in asked[-CHAIN:]:
        previous = rewrite(text, previous) if previous and leans_on_context(text) else text
    return previous


def resolve(question: str, history: Sequence[Mapping[str, Any]] | None = None,
            normalise: Callable[[str], str] = str.strip) -> str:
    """`question` rewritten against the previous question (each turn read through `normalise`) when it cannot
    stand on its own; else unchanged."""
    previous = previous_question(history, normalise)
    if not previous or not leans_on_context(question):
        return question
    return rewrite(question, previous)
