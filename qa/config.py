"""Settings: the one home of defaults. Written into each index's manifest."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

DEFAULT_MODEL = "all-MiniLM-L6-v2"
MODEL_MAX_TOKENS = 256  # the model truncates past this many word pieces, [CLS] and [SEP] included
# Bump when cleaning, splitting or tokenizing changes what a build writes for the same corpus and settings: an
# index of another pipeline version is then stale, and `qa-index build --if-stale` (`make run`) rebuilds it.
# 2: clean text keeps the publisher's punctuation (’ “ ” −).
# 3: look-alike letters are folded by the context of their own line only (cleaning is idempotent).
# 4: a caption or byline with no end punctuation ends its sentence (qa/runons.py): sentence and chunk spans change.
# 5: chunk vectors pool standalone sentence passes (Settings.embed_passes = "sentences", issue 15).
# 6: BM25 indexes each chunk with its article's publication and day (`qa.split.metadata_line`).
# 7: a Markdown "# heading" near the top is the article's title (it was the line above the first sentence).
# 8: a .txt/.md first line of 21-40 words with no end punctuation is the headline; titles' HTML entities decoded.
# 9: of several short headline lines above a .txt/.md body, the title is the one sharing the most words with the body's
#    opening (was the nearest the body): a subheading, caption or date under the headline no longer replaces it.
# 10: the same headline twice keeps the first; a headline-case line ending in "." is a headline, a dateline body; share
#     labels ("Share All sharing options for:") and story-stream links ("Part of / ...") are furniture; a JSON record
#     keeps where its body string starts in the file, so its quotes are cited at a line and column.
# 11: a caption sentence before an image credit ("5,474 fans were at North Sydney Oval ... Photograph: Jack Snape/The
#     Guardian") is kept; only the credit is furniture.
# 12: a link line's label is read in any case ("Also Read: ...", "Watch This Story: ..."), not only in capitals.
# 13: the word "Loading" a lazy-loaded widget leaves between two sentences (The Age, the Sydney Morning Herald: 45 in 21
#     MultiHop-RAG articles) is furniture: "Loading September has brought a loss ..." was quoted so.
# 14: a sign-up form or a reader's-tools bar left inline (a newsletter box, "Got it Normal text size Larger text size
#     ...": 66 MultiHop-RAG articles) is furniture: "Got it ... Very large text size Tyler Mitchell was just 23 ..." was
#     one sentence.
# 15: a form's pitch opening its line goes with the form (The Independent's "Live your life healthier ... newsletter",
#     6 MultiHop-RAG articles, was read as the headline); a question opening the body loses a headline tie.
# 16: pysbd's cut after a name's abbreviation before a capitalised word that is no stop word is no sentence end
#     ("Super Mario Bros. | Wonder", "Warner Bros. | Discovery": 11 MultiHop-RAG articles), so sentences change.
PIPELINE_VERSION = 16


@dataclass(frozen=True, slots=True)
class Settings:
    """Build- and query-time knobs. Build-time ones are recorded in the manifest; a mismatch means stale."""

    model: str = DEFAULT_MODEL
    # The model's weights: "auto" is bfloat16 where the CPU multiplies it natively (AVX512-BF16 or AMX: ~2.4x float32's
    # speed), float32 elsewhere (an AVX2-only CPU emulates bf16 at ~1/8 of float32's speed; `qa.embed.native_dtype`).
    dtype: Literal["auto", "bfloat16", "float32"] = "auto"
    # Chunking: word pieces per chunk (title prefix included), sentences shared by neighbouring chunks.
    chunk_tokens: int = 200
    overlap_sentences: int = 1
    # BM25 (rank-bm25's BM25Okapi defaults, so scores match the reference scorer).
    bm25_k1: float = 1.5
    bm25_b: float = 0.75
    bm25_epsilon: float = 0.25
    # Near-duplicates: MinHash over word 3-shingles, Jaccard threshold.
    dedup_threshold: float = 0.6
    embed_batch: int = 32
    # What the model reads (qa/passes.py): "both" a pass per chunk and per sentence; "chunks" a pass per chunk,
    # sentences pooled from it; "sentences" a pass per sentence (and title), chunks pooled from them: less than
    # half the word pieces of "both" at the same quality (benchmarks/RESULTS.md, "What the model reads").
    embed_passes: Literal["both", "chunks", "sentences"] = "sentences"
    # Retrieval: reciprocal rank fusion of each retriever's top `candidates`. k=5 and BM25 3:1 were tuned on
    # half of MultiHop-RAG's queries and hold on the other half and on SQuAD (benchmarks/RESULTS.md).
    rrf_k: int = 5
    candidates: int = 100
    bm25_weight: float = 3.0
    dense_weight: float = 1.0
    # A third RRF list: the fused top `sentence_pool` re-ordered by their best sentence's cosine to the question.
    sentence_weight: float = 1.0
    sentence_pool: int = 30
    # Added to the fused score of chunks from a publication / day the question names (qa/query.py).
    source_boost: float = 1.0
    date_boost: float = 0.5
    # A question needing several articles (two publications named, a comparison) sees at most `article_cap`
    # chunks of one article among its fused top `article_window` (0: off), `article_cap_first` of the best article
    # (its second chunk often holds the fact). Chosen on MultiHop-RAG's even half: 2 in the top 7 -> 1 in the top 6
    # (2 of the first article) gave more gold articles in the top 10, Hits@10 kept (benchmarks/RESULTS.md).
    article_cap: int = 1
    article_window: int = 6
    article_cap_first: int = 2
    # A question naming two or more publications: its head is `sources_window` chunks (0: `article_window`), each
    # named publication at most its share (the window over the publications named, rounded up), so the other named
    # publications' articles reach it. Even half: gold articles in the top 10 0.833 -> 0.866, Hits@10 kept.
    sources_window: int = 7
    # ... and each of its clauses (qa/diverse.py) is searched alone by BM25: its top `clause_depth` chunks are one
    # more RRF list of weight `clause_weight` (0: off). Even half: gold articles 0.866 -> 0.878, MRR@10 +0.02.
    clause_weight: float = 2.0
    clause_depth: int = 10
    # Dense search: exact (flat) up to `hnsw_above` chunks, an HNSW graph above (qa/dense.py). Past it a rebuild
    # keeps the previous version's graph file, new chunks in a delta and removed ones marked deleted (qa/graph.py),
    # until the delta and deleted slots pass `hnsw_rebuild_share`: then the delta is inserted into the graph (a new
    # graph when deleted slots alone pass half of it). Neither changes
    # which chunks an index holds, so they are not part of `build_key` (an `add` can pass them too).
    hnsw_above: int = 500_000
    hnsw_rebuild_share: float = 0.10
    # BM25 likewise (qa/bm25_update.py): a rebuild keeps the previous base segment, marks removed chunks and adds
    # new ones in a delta segment, until removed + new columns would pass this share of all: then a full build.
    bm25_merge_share: float = 0.10

    def __post_init__(self) -> None:
        if not 16 <= self.chunk_tokens <= MODEL_MAX_TOKENS - 2:
            raise ValueError(f"chunk_tokens must be 16..{MODEL_MAX_TOKENS - 2}, got {self.chunk_tokens}")
        if self.overlap_sentences < 0:
            raise ValueError(f"overlap_sentences must be >= 0, got {self.overlap_sentences}")
        if self.dtype not in ("auto", "bfloat16", "float32"):
            raise ValueError(f"dtype must be 'auto', 'bfloat16' or 'float32', got {self.dtype!r}")
        if self.embed_passes not in ("both", "chunks", "sentences"):
            raise ValueError(f"embed_passes must be 'both', 'chunks' or 'sentences', got {self.embed_passes!r}")
        if not 0.0 < self.dedup_threshold <= 1.0:
            raise ValueError(f"dedup_threshold must be in (0, 1], got {self.dedup_threshold}")
        if self.rrf_k < 0 or self.candidates < 1 or self.clause_weight < 0 or self.clause_depth < 1:
            raise ValueError("rrf_k and clause_weight must be >= 0, candidates and clause_depth >= 1")
        if self.article_cap < 0 or self.article_cap_first < 0 or self.article_window < 1 or self.sources_window < 0:
            raise ValueError("article_cap, article_cap_first and sources_window must be >= 0 and article_window >= 1")
        if self.hnsw_above < 0 or not 0.0 <= self.hnsw_rebuild_share < 1.0:
            raise ValueError("hnsw_above must be >= 0 and hnsw_rebuild_share in [0, 1)")
        if not 0.0 <= self.bm25_merge_share < 1.0:
            raise ValueError("bm25_merge_share must be in [0, 1)")

    def build_key(self) -> dict[str, object]:
        """The settings that shape an index on disk; a loaded index must agree on all of them."""
        keys = ("model", "chunk_tokens", "overlap_sentences", "bm25_k1", "bm25_b", "bm25_epsilon",
                "dedup_threshold", "embed_passes")
        return {k: v for k, v in asdict(self).items() if k in keys}
