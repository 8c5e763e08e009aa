"""Where a build's per-article steps and the model run: in this process (the default) or on a Ray cluster
(`qa.cluster`). Either way they call the same functions: `clean_article`, `prepare_article`, `embed_chunks`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from qa.clean import clean_article
from qa.config import Settings
from qa.embed import load_embedder
from qa.previous import EmbedChunks
from qa.records import Article, RawArticle
from qa.split import ArticleSplit, Prepared, prepare_article


@dataclass(frozen=True, slots=True)
class Workers:
    """The per-article steps over a corpus, in order, and the model's chunk embedding (None: `embed_chunks`
    with the build's own embedder, in this process)."""

    clean: Callable[[Sequence[RawArticle]], list[Article]]
    prepare: Callable[[Sequence[Article], Settings, Mapping[str, ArticleSplit]], list[Prepared]]
    embed: EmbedChunks | None = None


def counter(settings: Settings) -> Callable[[str], int]:
    """The chunker's word-piece counter for `settings`' model, with its own cache (titles and sentences repeat)."""
    return lru_cache(maxsize=1 << 16)(load_embedder(settings.model, dtype=settings.dtype).count_tokens)


def clean_here(raws: Sequence[RawArticle]) -> list[Article]:
    """Clean every article in this process."""
    return [clean_article(raw) for raw in raws]


def prepare_here(articles: Sequence[Article], settings: Settings, previous: Mapping[str, ArticleSplit]
                 ) -> list[Prepared]:
    """Split and tokenize every article in this process, reusing the previous version's unchanged splits."""
    count = counter(settings)
    return [prepare_article(a, settings, count, previous.get(a.doc_id), reused_tokens=False) for a in articles]


LOCAL = Workers(clean_here, prepare_here)
