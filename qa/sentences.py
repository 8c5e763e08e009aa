"""Sentence spans over clean article text: paragraphs ("\\n") first, then pysbd inside each paragraph, then the
sentence starts pysbd misses where a caption or byline with no end punctuation runs on (`qa.runons`).

pysbd's own char spans are not used: it re-finds every sentence with a fresh regex (slow, and it evicts
pysbd's own patterns from `re`'s compile cache) and can point at the wrong copy of a repeated sentence.
We take its sentence strings, find each in the paragraph from a running cursor, and cut the paragraph at
the found starts, so the spans cover every character even where pysbd rewrote a symbol or dropped text.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from qa.records import Article, Sentence
from qa.runons import run_on_starts
from qa.stopwords import STOP_WORDS

# pysbd's run time grows with the square of a sentence's length, so long paragraphs go through it in windows.
WINDOW = 4000
# A boundary closer than this to a window's end had little right context; it is re-read in the next window.
MARGIN = 200

_PARAGRAPH = re.compile(r"[^\n]+")
# An abbreviation that ends a name's part, not a sentence, before a capitalised word: pysbd cuts after it
_NAME_ABBREVIATION = re.compile(r"(?<![^\W\d_])(?:Bros|Jr|Sr)\.\s*$")
_NEXT_WORD = re.compile(r"[A-Z][\w’']*")
_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def _pysbd_starts(text: str) -> list[int]:
    """Offsets in `text` where pysbd starts a sentence after the first (0 is implied)."""
    starts: list[int] = []
    cursor = 0
    for sent in _segmenter().processor(text).process():
        sent = sent.strip()
        i = text.find(sent, cursor) if sent else -1
        if i < 0:
            continue  # pysbd rewrote it (a symbol, say): the text stays with the previous sentence
        if i > 0:
            starts.append(i)
        cursor = i + len(sent)
    return starts


def _forced_cut(window: str) -> int:
    """Where to cut a window with no sentence end: after its last whitespace, else at its end."""
    m = _LAST_SPACE.match(window)
    return m.end() if m else len(window)


def _paragraph_cuts(text: str) -> list[int]:
    """Sentence start offsets in one paragraph (0 first), increasing."""
    cuts = [0]
    pos = 0
    while len(text) - pos > WINDOW:
        starts = _pysbd_starts(text[pos : pos + WINDOW])
        safe = [s for s in starts if s <= WINDOW - MARGIN] or starts[:1]
        if not safe:
            safe = [_forced_cut(text[pos : pos + WINDOW])]
        cuts.extend(pos + s for s in safe)
        pos += safe[-1]
    cuts.extend(pos + s for s in _pysbd_starts(text[pos:]))
    return [c for c in cuts if not _inside_name(text, c)]


def _inside_name(text: str, cut: int) -> bool:
    """Whether pysbd cut inside a name after its abbreviation: "Super Mario Bros. | Wonder", "Warner Bros. | Discovery",
    "Marvin Harrison Jr. | WR". The next word a stop word ("... Ted Debiase Jr. | The then World Tag Team Champions
    lost") starts a sentence."""
    word = _NEXT_WORD.match(text, cut)
    return bool(_NAME_ABBREVIATION.search(text, 0, cut) and word and word.group().lower() not in STOP_WORDS)


def split_sentences(article: Article) -> list[Sentence]:
    """The article's sentences in order: exact, non-overlapping, trimmed spans covering all non-space text."""
    text = article.text
    out: list[Sentence] = []
    for para in _PARAGRAPH.finditer(text):
        base, ptext = para.start(), para.group()
        cuts = _paragraph_cuts(ptext)
        for a, b in zip(cuts, [*cuts[1:], len(ptext)], strict=True):
            piece = ptext[a:b]
            start = base + a + len(piece) - len(piece.lstrip())
            end = base + b - (len(piece) - len(piece.rstrip()))
            if start < end:
                out.extend(_run_ons(article, start, end))
    return out


def _run_ons(article: Article, start: int, end: int) -> list[Sentence]:
    """The sentence at [start, end), cut where a caption or byline without end punctuation ran into it."""
    text = article.text[start:end]
    bounds = [0, *run_on_starts(text, article.text, (start, end)), len(text)]
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = text[a:b]
        s, e = start + a, start + a + len(piece.rstrip())
        if s < e:
            out.append(Sentence(article.doc_id, s, e, article.text[s:e]))
    return out
