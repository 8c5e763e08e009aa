"""Every article split into sentences and sentence-aligned chunks, reusing the splits of unchanged articles.

Chunk inputs (what the model and BM25 see) are the title line plus the chunk text; a title too long to share
the budget is left out of its chunks. BM25 also reads the article's publication and day (`metadata_line`), so a
question naming them ranks its chunks higher even without the source and date boosts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from qa.chunk import chunk_article, split_long
from qa.config import Settings
from qa.query import published_day
from qa.records import Article, Chunk, Sentence
from qa.sentences import split_sentences

MAX_TITLE_PREFIX_TOKENS = 40  # longer titles are not prepended to chunks (they would crowd out the text)


@dataclass(frozen=True, slots=True)
class ArticleSplit:
    """One article's sentences and chunks (chunk sentence indices local to the article, n_tokens with title)."""

    title: str
    text: str
    sentences: list[Sentence]
    chunks: list[Chunk]


@dataclass(frozen=True, slots=True)
class Split:
    """Every article's sentences and chunks, with chunk sentence indices global across the corpus."""

    articles: list[Article]
    sentences: list[Sentence]
    sentence_doc: list[int]
    chunks: list[Chunk]
    chunk_doc: list[int]
    chunk_inputs: list[str]  # what the model and BM25 see: title line + chunk text

    def bm25_inputs(self) -> list[str]:
        """What BM25 indexes: each chunk input after its article's `metadata_line`."""
        lines = [metadata_line(a) for a in self.articles]
        return [lines[doc] + text for doc, text in zip(self.chunk_doc, self.chunk_inputs, strict=True)]


def metadata_line(article: Article) -> str:
    """The article's publication and day as a question writes them ("TechCrunch October 19, 2023 2023-10-19"),
    a line of its own; "" when it has neither."""
    day = published_day(article.metadata)
    words = [article.metadata.get("source", "").strip()]
    if day is not None:
        words += [f"{day.strftime('%B')} {day.day}, {day.year}", day.isoformat()]
    line = " ".join(w for w in words if w)
    return f"{line}\n" if line else ""


def title_prefix(title: str, count_tokens: Callable[[str], int]) -> tuple[str, int]:
    """The title line prepended to each chunk of the article, and its word pieces ("" when too long)."""
    if not title:
        return "", 0
    n = count_tokens(title)
    return (f"{title}\n", n) if n <= MAX_TITLE_PREFIX_TOKENS else ("", 0)


def split_article(article: Article, settings: Settings, count_tokens: Callable[[str], int]) -> ArticleSplit:
    """Sentences (over-long ones cut at whitespace to fit) and sentence-aligned, overlapping chunks."""
    _, prefix_tokens = title_prefix(article.title, count_tokens)
    budget = settings.chunk_tokens - prefix_tokens
    sentences = split_long(split_sentences(article), count_tokens=count_tokens, max_tokens=budget)
    chunks = chunk_article(article, sentences, count_tokens=count_tokens, max_tokens=settings.chunk_tokens,
                           overlap=settings.overlap_sentences, prefix_tokens=prefix_tokens)
    return ArticleSplit(article.title, article.text, sentences,
                        [replace(c, n_tokens=c.n_tokens + prefix_tokens) for c in chunks])


def split_corpus(articles: Sequence[Article], settings: Settings, count_tokens: Callable[[str], int],
                 previous: Mapping[str, ArticleSplit] | None = None) -> Split:
    """Every article split, reusing `previous` splits of articles whose title and text are unchanged."""
    out = Split(list(articles), [], [], [], [], [])
    for doc, article in enumerate(articles):
        done = (previous or {}).get(article.doc_id)
        if done is None or done.text != article.text or done.title != article.title:
            done = split_article(article, settings, count_tokens)
        prefix, _ = title_prefix(article.title, count_tokens)
        base = len(out.sentences)
        out.sentences.extend(done.sentences)
        out.sentence_doc.extend([doc] * len(done.sentences))
        for c in done.chunks:
            out.chunks.append(replace(c, first_sentence=c.first_sentence + base, last_sentence=c.last_sentence + base))
            out.chunk_doc.append(doc)
            out.chunk_inputs.append(prefix + c.text)
    return out
