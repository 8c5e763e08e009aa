"""Whether a question asks who wrote an article or which outlet published it, read from spaCy's parse (`qa.nlp`).

"Who wrote the article about X?", "Which reporter wrote about X?", "By whom was the article about X written?", "Who is
the author of the story on X?", "Whose byline is on the X article?" ask for the article's author; "Which outlet
published the article about X?", "Where was the article about X published?" for its publication; "When was the article
about X published?" for its date. "Who wrote it?", "When was this published?" ask of the article the chat's answer
before quoted (a pronoun in place of the article: no topic, as "this article"). Such a question
describes an article (`Credit.topic`, the words of its description): it is answered from that article's byline or
metadata (`qa.bylines`), never from a sentence that merely mentions writing. "Who wrote that Russia lost 214 tanks?"
or "Who wrote the letter to Zelensky?" name no article, and are asked as any other question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Credited = Literal["author", "source", "date"]
WRITE_VERBS = frozenset({"write", "author", "pen", "report", "byline"})
_ABOUT_VERBS = frozenset({"write", "author", "pen"})  # "Who wrote about X?" needs no article noun; "reported on" does
PUBLISH_VERBS = frozenset({"publish", "run", "carry", "print", "post", "put"})
# The writing a question names: "the article", "the story", "the live updates" (a live blog), "the column"...
ARTICLE_NOUNS = frozenset("""article story piece report column post update blog feature coverage analysis editorial
    op-ed opinion review preview recap explainer obituary profile interview news""".split())
WRITERS = frozenset("author writer reporter journalist correspondent columnist byline contributor".split())
OUTLETS = frozenset("""outlet publication newspaper paper site website magazine publisher source network agency
    broadcaster channel""".split())
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_POINTING = frozenset({"it", "this", "that"})  # "Who wrote it?": the article shown before


@dataclass(frozen=True, slots=True)
class Credit:
    """What a question asks of an article: its `author`, `source` or `date`, and the words describing the article."""

    asks: Credited
    topic: str  # "about Putin's manpower problem", "Bakhmut", "ranking the most daunting home fields ..."
    # "the article about X", "this story": one article of the corpus, whose byline or fields alone answer; "an article
    # about X", "wrote about X" may be one the text tells of ("Gasquet wrote about the Great Pestilence": SQuAD)
    definite: bool = True


def _asker(tok: Any) -> Credited | Literal["wh", ""]:
    """What `tok` asks for when it stands for the answer: "who"/"whom" ("wh": either), "which reporter" (author),
    "which outlet" (source); "" for any other token."""
    if tok.lower_ in ("who", "whom"):
        return "wh"
    wh = any(c.dep_ == "det" and c.lower_ in ("which", "what") for c in tok.children)
    if wh and tok.lemma_.lower() in WRITERS:
        return "author"
    return "source" if wh and tok.lemma_.lower() in OUTLETS else ""


def _near(verb: Any) -> list[Any]:
    """The words a verb takes, and those the parser hung on its auxiliary ("By whom [was] the article ... written?")."""
    return [*verb.children, *(c for a in verb.children if a.dep_ in ("aux", "auxpass") for c in a.children)]


def _is_article(tok: Any) -> bool:
    """An article noun, not a word of a title ("the IPCC Third Assessment Report" is a document, no article)."""
    return tok.lemma_.lower() in ARTICLE_NOUNS and not tok.text[:1].isupper()


def _article_of(verb: Any) -> Any | None:
    """The article noun a verb takes ("wrote [the article]", "[the article] was written"), or a pronoun in its place
    ("Who wrote [it]?"), or None."""
    return next((c for c in _near(verb) if c.dep_ in ("dobj", *_SUBJECTS) and _is_article(c)
                 or c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _POINTING), None)  # not "When did it report?"


def _topic(article: Any | None, holders: list[Any], skip: set[int]) -> str:
    """The words describing the article: the article noun's own words and the prepositions of the words that hold it
    ("wrote [the article] [about X]": the parser hangs "about X" on either), less its determiners, the article noun
    and the words that ask (`skip`)."""
    held = {t.i for t in article.subtree} if article is not None else set()
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ != "by" and c.i not in held
             and not any(t.i in held for t in c.subtree)]
    heads = [*([article] if article is not None else []), *preps]
    if article is not None:
        skip = skip | {article.i}
    words = sorted({t.i: t for h in heads for t in h.subtree if t.i not in skip}.items())
    kept = "".join(t.text_with_ws if t.dep_ != "det" and not t.is_punct else " " for _, t in words)
    return " ".join(kept.split())  # "Putin's" stays one word; "Rainforest, the budding" two


def _definite(article: Any | None) -> bool:
    """Whether the article noun names one article: "the", "this", "that" or a possessive before it."""
    return article is not None and (article.lower_ in _POINTING or any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in article.children))


def _heads(verb: Any) -> list[Any]:
    """The verb and its auxiliaries: the words a preposition of the article may hang on."""
    return [verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass"))]


def _by_verb(doc: Any) -> Credit | None:
    """A question whose verb writes or publishes what it asks: "Who wrote ...", "Which outlet published ...",
    "By whom was ... written", "Where was ... published"."""
    for verb in (t for t in doc if t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT"):  # the question's own act
        lemma = verb.lemma_.lower()
        if lemma not in WRITE_VERBS | PUBLISH_VERBS:
            continue
        article = _article_of(verb)
        askers = [(t, _asker(t)) for t in verb.children if t.dep_ in _SUBJECTS]
        askers += [(w, _asker(w)) for p in doc if p.lower_ == "by" and p.dep_ in ("agent", "prep")  # "By whom was
                   and verb.i in (p.head.i, p.head.head.i) for w in p.children if w.dep_ == "pobj"]  # ... written"
        asked = next(((t, a) for t, a in askers if a), None)
        wh = doc[0].lower_
        if asked is None and article is not None and (wh == "where" and lemma in PUBLISH_VERBS or wh == "when"):
            asked = (doc[0], "source" if wh == "where" else "date")  # "When was the article published / written?"
        if asked is None or article is None and not (lemma in _ABOUT_VERBS and any(
                c.dep_ == "prep" and c.lower_ == "about" for c in _near(verb))):  # "Who ran the ball [on] ..."
            continue
        kind = asked[1] if asked[1] != "wh" else ("author" if lemma in WRITE_VERBS else "source")
        return Credit(kind, _topic(article, _heads(verb), {t.i for t in asked[0].subtree}), _definite(article))
    return None


def _by_participle(doc: Any) -> Credit | None:
    """"When was the article about Spotify's layoffs published?" as the small parser reads it: "was" the root, the
    article its subject, the closing participle hung inside the article's words or on a conjunct."""
    root, wh = doc[:].root, doc[0].lower_
    article = next((c for c in root.children if c.dep_ in _SUBJECTS and _is_article(c)), None)
    verb = next((t for t in reversed(doc) if not t.is_punct), doc[0])
    verbs = PUBLISH_VERBS | (WRITE_VERBS if wh == "when" else frozenset())
    if wh not in ("when", "where") or root.lemma_ != "be" or article is None or verb.tag_ not in ("VBN", "VBD") \
            or verb.lemma_.lower() not in verbs:
        return None
    return Credit("source" if wh == "where" else "date", _topic(article, [root], {doc[0].i, verb.i}),
                  _definite(article))


def _by_noun(doc: Any) -> Credit | None:
    """"Who is the author of the article about X?", "Whose byline is on the X article?", "What is the source of
    ...?"."""
    for noun in doc:
        lemma = noun.lemma_.lower()
        asked = lemma in WRITERS | OUTLETS and (
            noun.dep_ in _SUBJECTS and any(c.lower_ in ("who", "what", "which") for c in noun.head.children)
            or any(c.lower_ == "whose" for c in noun.children))
        if not asked:
            continue
        preps = [c for c in (*noun.children, *noun.head.children) if c.dep_ == "prep" and c.lower_ in ("of", "on")]
        article = next((w for p in preps for w in p.children if w.dep_ == "pobj"
                        and _is_article(w)), None)
        if article is not None:
            return Credit("author" if lemma in WRITERS else "source", _topic(article, [noun, noun.head], {noun.i}),
                          _definite(article))
    return None


def credit_asked(doc: Any) -> Credit | None:
    """What `doc` (a parsed question) asks of the article it describes, or None when it asks no such thing."""
    if len(doc) < 3:
        return None
    return _by_verb(doc) or _by_participle(doc) or _by_noun(doc)
