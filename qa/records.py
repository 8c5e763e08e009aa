"""The records that flow through the pipeline: frozen dataclasses, one per stage.

files -> RawArticle -> Article (clean text + OffsetMap) -> Sentence / Chunk -> Passage -> Quote -> Answer
Every span is `(doc_id, start, end)` into `Article.text`, and `article.text[start:end] == record.text`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Literal

from qa.filters import ArticleFilter

Metadata = Mapping[str, str]


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read from disk, before cleaning: its raw body, and where that starts in the decoded file."""

    doc_id: str
    path: str
    title: str  # "" for a .txt/.md file: cleaning finds the headline
    text: str  # a .txt/.md file's whole decoded text, an HTML page's extracted main text, a record's body
    text_offset: int = 0  # where `text` starts in the decoded file (after a BOM, say): raw positions map back
    metadata: Metadata = field(default_factory=dict)
    checksum: str = ""  # of the file's bytes as read (`files.checksum`): a citation checks the file is still them
    line: int = 0  # a .jsonl record's 1-based line in its file (0: not a .jsonl record)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file (or record) the loader could not use, and why; counted in the build summary."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """What the loader read from a folder: the articles, and every file or record it skipped."""

    articles: tuple[RawArticle, ...]
    skipped: tuple[Skipped, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Maps clean text positions to the raw text's, piecewise: clean[clean_starts[i]:clean_starts[i+1]] came from
    raw[raw_starts[i]:raw_ends[i]]."""
    # A segment is either copied (same length both sides, positions map one to one) or replaced (e.g. NFKC "ﬁ" ->
    # "fi", a folded look-alike); positions inside a replaced segment map to its raw start.

    clean_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    raw_ends: tuple[int, ...]
    clean_len: int  # with `raw_len`, closes the last segment
    raw_len: int

    def to_raw(self, pos: int) -> int:
        """Raw position of clean position `pos` (0 <= pos <= clean_len)."""
        if not 0 <= pos <= self.clean_len:
            raise ValueError(f"position {pos} outside clean text of length {self.clean_len}")
        if not self.clean_starts:
            return 0 if pos == 0 else self.raw_len
        if pos == self.clean_len:
            return self.raw_ends[-1]
        i = bisect_right(self.clean_starts, pos) - 1
        clean_end = self.clean_starts[i + 1] if i + 1 < len(self.clean_starts) else self.clean_len
        raw_start, raw_end = self.raw_starts[i], self.raw_ends[i]
        if clean_end - self.clean_starts[i] == raw_end - raw_start:  # a copied run
            return raw_start + (pos - self.clean_starts[i])
        return raw_start

    def to_raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw span covering exactly the raw characters that clean[start:end] came from."""
        if start >= end:
            p = self.to_raw(start)
            return p, p
        raw_start = self.to_raw(start)
        i = bisect_right(self.clean_starts, end - 1) - 1
        clean_end = self.clean_starts[i + 1] if i + 1 < len(self.clean_starts) else self.clean_len
        seg_len = clean_end - self.clean_starts[i]
        if seg_len == self.raw_ends[i] - self.raw_starts[i]:
            return raw_start, self.raw_starts[i] + (end - self.clean_starts[i])
        return raw_start, self.raw_ends[i]

    def to_json(self) -> dict[str, list[int] | int]:
        """Plain JSON form (no pickle)."""
        return {name: list(v) if isinstance(v := getattr(self, name), tuple) else v for name in OffsetMap.__slots__}

    @staticmethod
    def from_json(data: Mapping[str, object]) -> OffsetMap:
        """Inverse of `to_json`."""
        starts = {name: tuple(data[name]) for name in ("clean_starts", "raw_starts", "raw_ends")}  # type: ignore
        return OffsetMap(**starts, clean_len=int(data["clean_len"]), raw_len=int(data["raw_len"]))  # type: ignore


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: `text` is what every span points into; `offsets` maps it back to the raw text."""

    doc_id: str
    path: str
    title: str
    text: str
    offsets: OffsetMap
    text_offset: int = 0
    metadata: Metadata = field(default_factory=dict)
    checksum: str = ""  # `RawArticle.checksum` ("" in an index built before it was recorded)
    line: int = 0  # `RawArticle.line`

    @property
    def display_title(self) -> str:
        """The headline, or the file name when the article has none."""
        return self.title or PurePosixPath(self.path).name


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article: `article.text[start:end] == text`."""

    doc_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Chunk:
    """Consecutive whole sentences `[first_sentence, last_sentence)` of one article, sized for the model."""

    chunk_id: str
    doc_id: str
    start: int
    end: int
    text: str
    n_tokens: int
    first_sentence: int
    last_sentence: int


@dataclass(frozen=True, slots=True)
class Place:
    """Where a span is in the file the user gave (`qa.places`): its characters in a .txt/.md file (kind "file", on lines
    `line`..`last_line`), a JSON record's body, an HTML page's main text, or the file as indexed ("changed": gone)."""

    kind: Literal["file", "record", "page", "changed"]
    raw_start: int
    raw_end: int
    line: int = 0  # 1-based; 0 unless kind is "file" (or "record": where a JSON record's span is written)
    last_line: int = 0
    column: int = 0  # 1-based, of `raw_start` on `line` (an editor's column, in characters)


@dataclass(frozen=True, slots=True)
class Passage:
    """A retrieved chunk with its fused score, the ranks it had in each retriever, and its duplicates."""

    chunk_id: str
    doc_id: str
    title: str
    path: str
    text: str
    start: int
    end: int
    score: float
    bm25_rank: int | None
    dense_rank: int | None
    metadata: Metadata = field(default_factory=dict)
    duplicates: tuple[str, ...] = ()
    place: Place | None = None  # where the chunk sits in its file (None: not located)
    # A compilation's seam (one story into the next, no copy keeping to one): listed after those keeping to one story,
    joins_stories: bool = False  # whatever its score, which stays the group's (`qa.present.moved_down` says so)


@dataclass(frozen=True, slots=True)
class Quote:
    """A verbatim sentence (or two) from an article: `article.text[start:end] == text`; or, when `field` names one of
    its metadata fields ("author", "source"), that field's value as its file writes it (start == end == 0)."""

    text: str
    doc_id: str
    title: str
    path: str
    start: int
    end: int
    score: float
    metadata: Metadata = field(default_factory=dict)
    also_in: tuple[str, ...] = ()
    as_of: str = ""  # the article's words for when it holds ("day 382nd of the war"), shown by differing figures
    place: Place | None = None  # where the quote sits in its file: lines and raw characters (None: not located)
    field: str = ""  # "" for text; the metadata field quoted ("author": `qa.bylines`)


@dataclass(frozen=True, slots=True)
class Correction:
    """A question word the corpus lacks (`typed`) and the corpus word searched for instead (`searched`)."""

    typed: str
    searched: str


AbstainReason = Literal["no_words", "unsupported", "unknown_names", "uncounted", "no_count", "no_measure", "reversed",
                        "no_doer", "undated", "unsourced", "unnamed", "no_one", "filtered", "nothing_new", "no_author",
                        "no_source", "no_date", "unresolved", "unshown", "about_articles"]


@dataclass(frozen=True, slots=True)
class Abstention:
    """Why an answer abstains: a question with no words, no sentence that supports an answer, names no article mentions
    (`missing`), a "how many X" whose X no candidate passage names (`missing` = (X,)), or whose X no candidate sentence
    counts for the party asked about (`no_count`, `missing` = (X, party...)), or a measure ("How deep...?") none of the
    best sentences gives with its unit (`no_measure`, ("depth",)), or the act asked stated only with its parties
    reversed (`reversed`, `missing` = (the asked doer, the question's other parties...)), not by the named doer asked
    about (`no_doer`, `missing` = (the doer,)), or, for a "when", only beside dates of other acts (`undated`, (the
    act,)), or a report of a publication no article is from or cites (`unsourced`, (it,)), or a "Which X?" whose X they
    speak of only as some X (`unnamed`, (X,)), or a "Who?" none names a new party for (`no_one`). `unsupported`: the
    best sentence is not trusted; `filtered`: no article kept; `nothing_new`: a "who else" would only repeat quotes;
    `no_author`, `no_source`, `no_date`: the article "Who wrote the article about X?" describes names none ((title,));
    `unresolved`: a first question's "he" names no one; `unshown`: no article shown; `about_articles`: see it."""

    reason: AbstainReason
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer as data: quotes in sections (the lead, differing figures, support, the sentences ranked next as
    `related`), or an abstention with the closest sentences as `related`. Presentation is `qa/present.py`'s job."""

    question: str
    lead: tuple[Quote, ...] = ()
    differ: tuple[Quote, ...] = ()
    support: tuple[Quote, ...] = ()
    related: tuple[Quote, ...] = ()
    abstention: Abstention | None = None
    passages: tuple[Passage, ...] = ()
    resolved_question: str = ""
    corrections: tuple[Correction, ...] = ()  # misspelt words and what was searched instead ("Searched for: ...")
    filter: ArticleFilter = ArticleFilter()  # the sources and dates it was restricted to ("filtered": none left)

    @property
    def abstained(self) -> bool:
        """True when the articles do not answer the question."""
        return self.abstention is not None

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote the answer cites: the lead first, then differing figures and support, each once."""
        out: dict[tuple[str, int, int], Quote] = {}
        for q in (*self.lead, *self.differ, *self.support):
            out.setdefault((q.doc_id, q.start, q.end), q)
        return tuple(out.values())

    @property
    def text(self) -> str:
        """The answer as Markdown (quotes, [n] citations, Sources), for API users."""
        from qa.present import markdown  # rendering lives at the edge; records only hand it the data

        return markdown(self)


@dataclass(frozen=True, slots=True)
class IndexStats:
    """What a build did: counts, what it skipped and why, how much it re-embedded, and how long it took."""

    index_dir: str
    n_articles: int
    n_chunks: int
    n_sentences: int
    n_duplicate_chunks: int
    n_embedded: int
    n_reused: int
    skipped: tuple[Skipped, ...]
    seconds: float
    stage_seconds: Mapping[str, float] = field(default_factory=dict)
    word_pieces: int = 0  # word pieces the model read ([CLS] and [SEP] included)
    notes: tuple[str, ...] = ()  # what an add or remove did to the corpus folder, for the user


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """What an index folder holds, for `qa-index stats` and the UI's side panel."""

    index_dir: str
    version: str
    corpus: str
    n_articles: int
    n_chunks: int
    n_sentences: int
    n_skipped: int
    model: str
    dim: int
    built_at: str
    settings: Mapping[str, object] = field(default_factory=dict)
