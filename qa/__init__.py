"""Article QA: ask questions of a folder of news articles; answers are verbatim, cited quotes.

    import qa
    qa.build_index("articles", "index")                             # files -> clean text -> chunks -> BM25 + FAISS
    qa.retrieve("Which islands does the Tsugaru Strait separate?")  # -> list[Passage]
    qa.answer("How long can they loiter?", history=[...])           # -> Answer: quotes + citations, or abstains
"""

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
from qa.records import Answer, Article, Chunk, IndexStats, Passage, Quote, Sentence
from qa.retrieve import Index, load_index, retrieve

__all__ = [
    "Answer",
    "Article",
    "Chunk",
    "CorpusError",
    "Index",
    "IndexBusyError",
    "IndexCorruptError",
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
    "load_index",
    "remove_from_index",
    "retrieve",
]
