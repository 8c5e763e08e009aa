"""Each article split into sentences and sentence-aligned chunks (reusing unchanged articles' splits) and
tokenized for BM25; then the corpus's split assembled from the articles'.

Chunk inputs (what the model and BM25 see) are the title line plus the chunk text; a title too long to share
the budget is left out of its chunks. BM25 also reads the article's publication and day (`metadata_line`), so a
question naming them ranks its chunks higher even without the source and date boosts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from qa.chunk import chunk_article, split_long
from qa.config import Settings
from qa.query import published_day
from qa.records import Article, Chunk, Sentence
from qa.sentences import split_sentences
from qa.spans import Chained, ChunkSpans, Inputs
from qa.tokens import tokenize

MAX_TITLE_PREFIX_TOKENS = 40  # longer titles are not prepended to chunks (they would crowd out the text)


@dataclass(frozen=True, slots=True)
class ArticleSplit:
    """One article's sentences and chunks (chunk sentence indices local to the article, n_tokens with title)."""

    title: str
    text: str
    sentences: Sequence[Sentence]  # a list, or spans of the previous version's rows (`qa.spans`)
    chunks: Sequence[Chunk]  # a list, or spans of the previous version's rows (`qa.spans.ChunkSpans`)
    title_tokens: int | None = None  # the title's word pieces (None: not known, counted when needed)


@dataclass(frozen=True, slots=True)
class Split:
    """Every article's sentences and chunks, with chunk sentence indices global across the corpus."""

    articles: list[Article]
    sentences: Chained
    sentence_doc: list[int]
    chunks: Chained  # of Chunk
    chunk_doc: list[int]
    chunk_inputs: Chained  # of str: what the model and BM25 see: title line + chunk text


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
    return title_line(title, count_tokens(title) if title else 0)


def title_line(title: str, n: int) -> tuple[str, int]:
    """`title_prefix` of a title of `n` word pieces."""
    return (f"{title}\n", n) if title and n <= MAX_TITLE_PREFIX_TOKENS else ("", 0)


def split_article(article: Article, settings: Settings, count_tokens: Callable[[str], int]) -> ArticleSplit:
    """Sentences (over-long ones cut at whitespace to fit) and sentence-aligned, overlapping chunks."""
    title_tokens = count_tokens(article.title) if article.title else 0
    _, prefix_tokens = title_line(article.title, title_tokens)
    budget = settings.chunk_tokens - prefix_tokens
    sentences = split_long(split_sentences(article), count_tokens=count_tokens, max_tokens=budget)
    chunks = chunk_article(article, sentences, count_tokens=count_tokens, max_tokens=settings.chunk_tokens,
                           overlap=settings.overlap_sentences, prefix_tokens=prefix_tokens)
    return ArticleSplit(article.title, article.text, sentences,
                        [replace(c, n_tokens=c.n_tokens + prefix_tokens) for c in chunks], title_tokens)


@dataclass(frozen=True, slots=True)
class Prepared:
    """One article ready for the corpus-wide steps: its split, its chunk inputs and their BM25 tokens."""

    split: ArticleSplit
    inputs: Sequence[str]  # what the model and BM25 see: title line + chunk text (`Inputs`: made when asked for)
    tokens: list[list[str]] | None  # BM25's: of `metadata_line` + each chunk input (None: made when needed)
    # The previous version's split, reused as it was: its rows carry over by position (`qa.carry`). A flag, not an
    # identity test, as a Ray worker returns a copy of the split it was given.
    reused: bool = False
    title_tokens: int = 0  # the title's word pieces (kept with the version: a reused split's are not counted again)


def prepare_article(article: Article, settings: Settings, count_tokens: Callable[[str], int],
                    previous: ArticleSplit | None = None, *, reused_tokens: bool = True) -> Prepared:
    """The per-article step of every build, here or on a Ray worker: split (reusing `previous` when its title and text
    are unchanged), chunk inputs and BM25 tokens (for a reused split only with `reused_tokens`: `qa.token_rows`)."""
    done = previous
    if done is None or done.text != article.text or done.title != article.title:
        done = split_article(article, settings, count_tokens)
    n = done.title_tokens
    if n is None:
        n = count_tokens(article.title) if article.title else 0
    prefix, _ = title_line(article.title, n)
    chunks = done.chunks
    inputs = Inputs(prefix, chunks) if isinstance(chunks, ChunkSpans) else [prefix + c.text for c in chunks]
    reused = done is previous
    if reused and not reused_tokens:
        return Prepared(done, inputs, None, reused, n)
    meta = metadata_line(article)
    return Prepared(done, inputs, [tokenize(meta + x) for x in inputs], reused, n)


def assemble(articles: Sequence[Article], prepared: Sequence[Prepared]) -> Split:
    """The corpus's split from each article's, chunk sentence indices made global."""
    out = Split(list(articles), Chained(), [], Chained(), [], Chained())
    for doc, p in enumerate(prepared):
        base, chunks = len(out.sentences), p.split.chunks
        out.sentences.extend(p.split.sentences)
        out.sentence_doc.extend([doc] * len(p.split.sentences))
        # spans moved, no record made; new records made directly, not by dataclasses.replace (7x slower)
        out.chunks.extend(chunks.shifted(base) if isinstance(chunks, ChunkSpans) else [
            Chunk(c.chunk_id, c.doc_id, c.start, c.end, c.text, c.n_tokens, c.first_sentence + base,
                  c.last_sentence + base) for c in chunks])
        out.chunk_doc.extend([doc] * len(p.split.chunks))
        out.chunk_inputs.extend(p.inputs)
    return out
