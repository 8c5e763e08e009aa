"""Character-level cleaning with offsets kept, and Article assembly (the headline found by `qa.headline`).

`fold_text` is the one folding used for articles, questions and BM25 tokens, so both sides agree:
  1. control and zero-width characters dropped; CR, CRLF and Unicode line/paragraph separators become "\n";
  2. NFKC ("ﬁ" -> "fi", "①" -> "1", fullwidth -> ASCII, NBSP -> space), except spacing accents such as "¨",
     which NFKC would turn into a space plus a combining accent;
  3. letters that only look like an apostrophe (modifier letters ʹ ʻ ʼ ʽ) become "'"; real punctuation
     (’ “ ” ‐ − ...) is the publisher's and stays, so a quote can be found as it is in the source;
  4. look-alike letters (Unicode TR39 confusables) fold to ASCII inside words that are disguised English
     (see `_confusable_edits`); real Cyrillic or Greek words are kept.
`clean_text` also normalises whitespace and deletes page furniture (qa.boilerplate), through qa.textmap.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from functools import lru_cache

from confusable_homoglyphs.categories import alias as script_of
from confusable_homoglyphs.confusables import confusables_data

from qa.boilerplate import furniture_spans
from qa.headline import find_title
from qa.records import Article, OffsetMap, RawArticle
from qa.textmap import Edit, apply_edits, identity

_NEWLINES = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_CONTROL = re.compile(
    "\r\n|[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\ufeff\ufff9-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\u2028\u2029\ud800-\udfff]"
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Letters (category Lm, so they join words) drawn like an apostrophe: "donʼt" is a disguised "don't".
_APOSTROPHE_LETTERS = str.maketrans(dict.fromkeys("ʹʻʼʽ", "'"))
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u200e\u200f]")
_NON_ASCII_ALNUM = re.compile(r"(?![\x00-\x7f])[^\W_]")
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f])+")
# Non-ASCII Latin letters of living orthographies that do not decompose to an ASCII base letter.
_ORTHOGRAPHIC_LATIN = frozenset("ßæœøłđðþıħŋĸſƏəÆŒØŁĐÐÞĦŊƒ")
# Look-alikes that Unicode's confusables data relates only to other non-ASCII letters (checked by eye);
# "ς" because NFKC turns the lunate sigma "ϲ" (a "c" look-alike) into a final sigma.
_EXTRA_LOOKALIKES = {"ƅ": "b", "ь": "b", "ꮟ": "b", "к": "k", "ĸ": "k", "қ": "k", "ҝ": "k", "Ԁ": "d", "ς": "c",
                     "ߋ": "o", "Ⴝ": "S", "ᥙ": "u", "᧐": "o", "ᦞ": "o"}
_LATIN_NAME = re.compile(r"LATIN (?:(SMALL|CAPITAL) LETTER ([A-Z]) WITH |LETTER SMALL CAPITAL ([A-Z])$)")
_CONTEXT = 3  # words either side that decide whether a word of look-alikes sits in English text


def _control_edits(text: str) -> list[Edit]:
    """Drop control and zero-width characters; every kind of line break becomes "\n"."""
    edits = []
    for m in _CONTROL.finditer(text):
        ch = m.group()
        if ch == "\r\n" or ch in _NEWLINES:
            edits.append((m.start(), m.end(), "\n"))
        elif ch not in "\t\n":
            edits.append((m.start(), m.end(), ""))
    return edits


@lru_cache(maxsize=65536)
def _joins_previous(ch: str) -> bool:
    """True for characters NFKC may compose with the character before (combining marks, Hangul V/T)."""
    return (unicodedata.category(ch)[0] == "M" or "\u1160" <= ch <= "\u11ff"
            or unicodedata.combining(unicodedata.normalize("NFKD", ch)[0]) != 0)


@lru_cache(maxsize=65536)
def _fold_cluster(cluster: str) -> str:
    """NFKC plus the apostrophe-letter fold, for one base character and the marks that follow it."""
    nfkc = unicodedata.normalize("NFKC", cluster.translate(_APOSTROPHE_LETTERS)).translate(_APOSTROPHE_LETTERS)
    if re.match(r" [\u0300-\u036f\u0345\u3099\u309a\u064b-\u0652]", nfkc):  # spacing accent: keep it
        return cluster
    return nfkc


def _nfkc_edits(text: str) -> list[Edit]:
    """NFKC and the apostrophe-letter fold, one edit per changed cluster so untouched characters stay copied."""
    edits = []
    for m in _NON_ASCII.finditer(text):
        start, end = m.span()
        if start > 0 and _joins_previous(text[start]):
            start -= 1
        run = text[start:end]
        if unicodedata.is_normalized("NFKC", run) and run.translate(_APOSTROPHE_LETTERS) == run:
            continue
        bounds = [start] + [i for i in range(start + 1, end) if not _joins_previous(text[i])] + [end]
        for a, b in zip(bounds, bounds[1:], strict=False):
            folded = _fold_cluster(text[a:b])
            if folded != text[a:b]:
                edits.append((a, b, folded))
    return edits


@lru_cache(maxsize=65536)
def _lookalike(ch: str) -> str:
    """The ASCII letters `ch` is confusable with, or "" if none is known."""
    if ch in _EXTRA_LOOKALIKES:
        return _EXTRA_LOOKALIKES[ch]
    for entry in confusables_data.get(ch, ()):
        target = _MARKS.sub("", entry["c"])
        if target.isascii() and target.isalpha():
            return "I" if target == "l" and ch.isupper() else target
    m = _LATIN_NAME.match(unicodedata.name(ch, ""))
    if m:
        letter = m.group(2) or m.group(3)
        return letter if m.group(1) == "CAPITAL" else letter.lower()
    return ""


@lru_cache(maxsize=65536)
def _is_plain_latin(ch: str) -> bool:
    """ASCII letters and digits, and Latin letters of real orthographies (é, ș, ß; not ɑ, ᴡ, ƅ)."""
    if ch.isascii():
        return True
    if ch in _ORTHOGRAPHIC_LATIN:
        return True
    base = unicodedata.normalize("NFD", ch)[0]
    return base.isascii() and base.isalpha() and script_of(ch) == "LATIN"


def _word_kind(word: str) -> str:
    """'latin' (plain Latin majority), 'lookalike' (other letters, all with ASCII look-alikes), 'foreign'."""
    latin = foreign = 0
    all_look = True
    for ch in word:
        if not ch.isalnum():
            continue
        if _is_plain_latin(ch):
            latin += 1
        else:
            foreign += 1
            all_look = all_look and bool(_lookalike(ch))
    if latin > foreign:
        return "latin"
    return "lookalike" if all_look else "foreign"


def _in_latin_context(kinds: list[str], lines: list[int], i: int) -> bool:
    """True if more neighbouring words of the same line (within `_CONTEXT`) are Latin than foreign."""
    # Only the word's own line counts: the headline is cut from the text, so context across lines would make cleaning
    # the cleaned text fold differently (found by tests/test_hostile_input.py's idempotence property).
    lo, hi = max(0, i - _CONTEXT), i + 1 + _CONTEXT
    near = [k for k, line in zip(kinds[lo:i] + kinds[i + 1:hi], lines[lo:i] + lines[i + 1:hi], strict=True)
            if line == lines[i]]
    latin = near.count("latin")
    return latin > 0 and latin > near.count("foreign")


def _confusable_edits(text: str) -> list[Edit]:
    """Fold look-alike letters to ASCII in disguised English words ("Japаn", "Тhе" among English words); words of
    letters like no ASCII letter ("Путин") stay. Repeated to a fixpoint, so folding is idempotent."""
    # A word is a run of letters, digits and marks. Its non-Latin letters (other scripts, and Latin letters of no
    # orthography such as IPA "ɑ" or small capital "ᴡ") are folded when plain Latin letters are the majority
    # ("Russiɑn"), or when every one of its letters has an ASCII look-alike and its neighbours are mostly Latin words.
    if not _NON_ASCII_ALNUM.search(text):
        return []
    words = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    kinds = [_word_kind(w) if not w.isascii() else "latin" for _, w in words]
    breaks = [m.start() for m in re.finditer("\n", text)]
    lines = [bisect_left(breaks, start) for start, _ in words]
    fold = {i for i, k in enumerate(kinds) if k == "latin" and not words[i][1].isascii()}
    pending = [i for i, k in enumerate(kinds) if k == "lookalike"]
    changed = True
    while changed:
        changed = False
        for i in pending:
            if i not in fold and _in_latin_context(kinds, lines, i):
                fold.add(i)
                kinds[i] = "latin"
                changed = True
    edits = []
    for i in sorted(fold):
        start, word = words[i]
        for j, ch in enumerate(word):
            if ch.isalnum() and not _is_plain_latin(ch) and _lookalike(ch):
                k = j + 1
                while k < len(word) and not word[k].isalnum():  # marks go along: NFKC may now compose them
                    k += 1
                folded = unicodedata.normalize("NFKC", _lookalike(ch) + word[j + 1:k])
                edits.append((start + j, start + k, folded))
    return edits


# Only whitespace that needs an edit; the lookaheads skip the common single space between words quickly.
_WHITESPACE = re.compile(r"(?=\s)(?! \S)(?:\s*\n\s*|[^\S\n]{2,}|[^\S\n ]+| \Z)")


def _whitespace_edits(text: str) -> list[Edit]:
    """Lines stripped, blank lines dropped, runs of spaces and tabs collapsed to one space."""
    edits = [(0, 1, "")] if text[:1] == " " and text[1:2].strip() else []  # a single leading space
    for m in _WHITESPACE.finditer(text):
        start, end = m.span()
        new = "\n" if "\n" in m.group() else " "
        if start == 0 or end == len(text):
            new = ""
        if new != m.group():
            edits.append((start, end, new))
    return edits


def _fold_with_map(raw: str) -> tuple[str, OffsetMap]:
    text, omap = identity(raw)
    for step in (_control_edits, _nfkc_edits, _confusable_edits):
        text, omap = apply_edits(text, omap, step(text))
    return text, omap


def fold_text(text: str) -> str:
    """Fold `text` the way articles are folded (see the module docstring); whitespace is left alone."""
    return _fold_with_map(text)[0]


def clean_text(raw: str) -> tuple[str, OffsetMap]:
    """Folded text, whitespace normalised, page furniture removed, and its map back to `raw`; idempotent."""
    text, omap = _fold_with_map(raw)
    text, omap = apply_edits(text, omap, _whitespace_edits(text))
    text, omap = apply_edits(text, omap, [(s, e, "") for s, e in furniture_spans(text)])
    return apply_edits(text, omap, _whitespace_edits(text))


def clean_article(raw: RawArticle) -> Article:
    """Clean `raw.text`; without a given title, take the page header's headline and drop it (and the nav)."""
    text, omap = clean_text(raw.text)
    title = " ".join(fold_text(raw.title).split())
    if not title:
        title, cut = find_title(text)
        if cut:
            text, omap = apply_edits(text, omap, [(0, cut, "")])
    return Article(doc_id=raw.doc_id, path=raw.path, title=title, text=text, offsets=omap,
                   text_offset=raw.text_offset, metadata=dict(raw.metadata), checksum=raw.checksum,
                   line=raw.line)

