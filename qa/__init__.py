"""Article QA: ask questions of a folder of news articles; answers are verbatim, cited quotes.

    import qa
    qa.build_index("articles", "index")                             # files -> clean text -> chunks -> BM25 + FAISS
    qa.retrieve("Which islands does the Tsugaru Strait separate?")  # -> list[Passage]
    qa.answer("How long can they loiter?", history=[...])           # -> Answer: quotes + citations, or abstains
    qa.answer("...", sources=["Reuters"], since="2023-10-01")       # -> only those articles, filtered in retrieval
    qa.index_info("index")                                          # -> IndexInfo: counts, model, build time
"""

from qa import blas_idle  # noqa: F401  (first, before NumPy loads OpenBLAS: its idle threads sleep)
from qa.answer import answer
from qa.build import add_to_index, build_index, remove_from_index
from qa.config import Settings
from qa.errors import (
    CorpusError,
    IndexBusyError,
    IndexCorruptError,
    IndexMissingError,
    IndexStaleError,
    QAError,
    QuestionError,
)
from qa.filters import ArticleFilter
from qa.records import Abstention, Answer, Article, Chunk, IndexInfo, IndexStats, Passage, Quote, Sentence
from qa.retrieve import Index, load_index, retrieve
from qa.store import index_info

__all__ = [
    "Abstention",
    "ArticleFilter",
    "Answer",
    "Article",
    "Chunk",
    "CorpusError",
    "Index",
    "IndexBusyError",
    "IndexCorruptError",
    "IndexInfo",
    "IndexMissingError",
    "IndexStaleError",
    "IndexStats",
    "Passage",
    "QAError",
    "QuestionError",
    "Quote",
    "Sentence",
    "Settings",
    "add_to_index",
    "answer",
    "build_index",
    "index_info",
    "load_index",
    "remove_from_index",
    "retrieve",
]
