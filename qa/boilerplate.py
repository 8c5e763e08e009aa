"""Page furniture: spans of folded, line-normalised text that belong to the page, not the article.

Each rule is a small function over the text returning `(start, end)` spans; `furniture_spans` merges them.
Whole-line rules only fire on short lines, so a body sentence that merely mentions "advertisement" or
"Getty Images" is kept. The caller (`clean.clean_text`) deletes the spans through `qa.textmap`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

Span = tuple[int, int]

_SHORT_LINE_WORDS = 25  # whole-line rules never touch a longer line
_LINK_LINE_WORDS = 40  # but a labelled link's headline runs longer ("Also Read: IND vs NZ FREE Live Streaming: ...")
# A long paragraph (short lines such as "Where to watch: Tubi" repeat legitimately) is a near-copy of an
# earlier one if nearly all its word pairs are in it (a pull-quote, an exact repeat) or most pairs are shared
# both ways (a reworded author bio); and most of its names are in it too, so templated paragraphs about
# different things ("Moonstruck is available to stream on ...", "Charade is available ...") stay.
_REPEAT_MIN_WORDS = 30
_REPEAT_CONTAINED = 0.9
_REPEAT_MUTUAL = 0.75
_REPEAT_NAMES = 0.8

# Navigation, search prompts, share/ad slots and "continue reading" prompts, matched as a whole line.
_NAV_LINE = re.compile(
    r"(?:connect with us|follow us(?: on \w+)?|hi, what are you looking for\??|search(?: for)?:?"
    r"|skip to (?:main )?content|menu|sign in|log in|subscribe(?: now)?|advertisement"
    r"(?: article continues below(?: this ad)?)?|sponsored(?: content)?|(?:story|article) continues below"
    r"(?: advertisement)?|continue reading(?: below)?|scroll to continue(?: with content)?"
    r"|share(?: this (?:article|story))?|share or comment on this article:?|most read|watch now|see more:?"
    r"|related(?: pages| articles| stories| content| coverage)?:?|read more:?|recommended(?: for you)?:?)",
    re.IGNORECASE,
)
_SHARE_WORDS = frozenset("facebook twitter x whatsapp reddit email e-mail share print linkedin pinterest "
                         "telegram messenger flipboard copy link comments comment".split())
# A link's label in any case: "Also Read: ...", "Watch This Story: ...", "Related: ..." (`elsewhere` reads it where it
# opens a sentence inside a line).
LINK_LABEL = r"(?:read more|read also|also read|related|see also|watch(?: (?:this|the) story)?)\s*:"
_LINK = re.compile(rf"\s*{LINK_LABEL}", re.I)
SHOUTED = 15  # letters from which a line in capitals reads as a heading, not an acronym ("NATO", "UK")
# "MORE: <headline>", "READ MORE: ...", "RELATED: ...", "MORE SUPERDRAFT DFS: ...": an upper-case label; or one of
# LINK_LABEL's in any case; "More:" only in capitals, as a sentence may open with it ("More: that is what the union
# asked for").
_LINK_LINE = re.compile(r"(?:MORE|READ MORE|READ|ALSO READ|RELATED|SEE ALSO|WATCH|LISTEN)\b[A-Z0-9 ]*:"
                        rf"|(?i:{LINK_LABEL})")
# Calls to action: "CLICK HERE TO GET THE APP", "Click here to subscribe", "Sign up for our newsletter".
_CALL_TO_ACTION = re.compile(
    r"(?:click here (?:to|for)|sign up (?:for|to)|subscribe to|download (?:the|our))\b", re.IGNORECASE)
_SHOUTED_CALL = re.compile(r"\b(?:CLICK HERE|SIGN UP|SUBSCRIBE)\b")
# Image captions and credits: "Image Credit.", "Photo credit:", "Photograph: Apple", "(Getty Images)".
CAPTION_WORDS = 8  # a caption sentence this long before a credit is kept (`_captions`)
_CREDIT = re.compile(r"\b(?:image|photo|picture) credits?\b|\b(?:photograph|photo|image|picture|credit)s?: "
                     r"|^\(?getty images\)?$|\bphoto(?:graph)? by\b", re.IGNORECASE)
# Author-box labels: "Expert Biography:", "Author Bio", "About the author".
_BIO_LABEL = re.compile(
    r"(?:(?:expert|author|writer) )?bio(?:graph(?:y|ies))?:?|about the (?:author|writer)s?:?", re.IGNORECASE)
# The Daily Mail-style inline widget: "RELATED ARTICLES Previous 1 Next <headlines> Share this article Share"; the
# Guardian's newsletter box, "skip past newsletter promotion Sign up to ... after newsletter promotion".
_RELATED_WIDGET = re.compile(r"RELATED ARTICLES\b[^\n]{0,1500}?\bShare this article(?: Share)?"
                             r"|\bskip past newsletter promotion\b[^\n]{0,1500}?\bafter newsletter promotion\b")
# The Age's and the Sydney Morning Herald's lazy-loaded widget, left as the word "Loading" between two sentences
# ("... set free. Loading That debate has pitted ..."): the word and its space go; "Loading the trucks took ..." stays.
_LOADING = re.compile(r"(?:^|(?<=[.!?”\"’'] ))Loading (?=[“\"A-Z])", re.MULTILINE)
# A sign-up form or a reader's-tools bar left inline by the page (The Independent's newsletter box in 34 MultiHop-RAG
# articles, Mashable's, the Age's and the Sydney Morning Herald's save and text-size bar): each piece is a form's fixed
# wording; a run of them goes when it holds two or more, or one no article sentence says.
# A piece that never stands in an article's sentence: it goes alone too.
_FORM_ALONE = (
    r"please enter a valid email address\.?",
    r"i would like to be emailed about offers, events and updates from [^.\n]{1,60}\.",
    r"thanks for signing up(?: to the\s+[^.!?\n{]{1,60}?(?:email|newsletter)s?)?!?",
    r"\{\{\s*[#^/]?\w+\s*\}\}",
    r"by signing up,? you agree to our terms of (?:use|service) and privacy policy\.?",
    r"by entering your email, you are agreeing to [^.\n]{1,80}?privacy policy ?, which includes our notice of "
    r"financial incentive ?\.",
    r"by pressing sign up, i confirm that i have read and agree to the terms of use and acknowledge [^.\n]{1,40}?"
    r"privacy policy",
    r"please check the opt-in box to acknowledge that you would like to subscribe\.",
    r"sorry! there was an error processing your subscription\.",
    r"save log in ?, register or subscribe to save articles for later\.",
    r"add articles to your saved list and come back to them any time\.",
    r"normal text size larger text size very large text size",
)
# A piece that goes only beside another.
_FORM_BESIDE = (
    r"(?-i:SIGN UP)", r"sign me up", r"loading\.\.\.", r"got it", r"read our privacy (?:notice|policy)\.?",
    r"something went wrong\.? please try again later\.?", r"see all newsletters", r"keep an eye on your inbox\.",
    r"(?:stay ahead of|get)[^.!?\n{]{1,100}? with our free (?:weekly|daily|monthly) [^.!?\n{]{1,40}? newsletter",
    r"sign up (?:for|to) [^.!?\n]{1,80}?newsletter(?: sent straight to your inbox(?: for free)?)?[.!]?",
    r"want more [^.!?\n]{1,60}? in your inbox\?", r"save articles for later", r"read this article for free!",
    r"plus get unlimited access to [^.!?\n]{1,80}? with your free account!",
    r"to access the content, check your email and follow the instructions provided\.",
)
# Words every run of them holds one of (lower case): only the text within _FORM_REACH characters of one is scanned (the
# pieces' alternation reads every position: 2.3x the whole cleaning's time over MultiHop-RAG's 609 articles, read whole)
_FORM_MARKERS = ("email address", "emailed", "sign up", "sign me up", "newsletter", "{{", "text size", "save articles",
                 "saved list", "signing up", "subscription", "opt-in", "privacy policy", "privacy notice", "inbox",
                 "free account", "instructions provided")
_FORM_REACH = 800  # a form's run is shorter and holds a marker every few words (The Independent's box: 600)
# A form's pitch, between its line's start and the run: no sentence's end, and it names what the form signs up to
# ("Live your life healthier ... with our free Living Well newsletter, packed with ... recipes Please enter ...").
_FORM_PITCH = re.compile(r"[^.!?\n]{1,300}")
_PITCH_WORDS = ("newsletter", "email", "sign up")
_FORM_PIECE = re.compile("|".join(rf"(?<!\w)({p})(?!\w)" for p in (*_FORM_ALONE, *_FORM_BESIDE)), re.IGNORECASE)
# A share button's label opening the headline's line: "Share All sharing options for: <the headline>". Only the label
# goes; the words after it are the page's own.
# A bare "Share:" stays: it may be a figure's label ("Share: 12%").
_SHARE_LABEL = re.compile(r"^(?:(?:share all sharing options(?: for)?|share this (?:article|story|post)|sharing options"
                          r"(?: for)?):[^\S\n]+)+(?=\S)", re.IGNORECASE | re.MULTILINE)
# A story-stream link: "Part of / We only get one planet" (the series the page belongs to, a link on the page).
_SERIES_LINE = re.compile(r"part of\s*/\s*\S.*", re.IGNORECASE)
_SERIES_WORDS = 12
_WORDS = re.compile(r"[^\W_]+")


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, line) for every non-empty line."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, pos + len(line), line.strip()
        pos += len(line) + 1


def _short_line_rule(matches: Callable[[str], bool], words: int = _SHORT_LINE_WORDS) -> Callable[[str], list[Span]]:
    def rule(text: str) -> list[Span]:
        return [(s, e) for s, e, line in _lines(text)
                if len(line.split()) <= words and matches(line)]
    return rule


def _is_share_bar(line: str) -> bool:
    words = line.lower().replace("|", " ").split()
    return len(words) >= 2 and all(w in _SHARE_WORDS for w in words)


def _is_call_to_action(line: str) -> bool:
    return bool(_CALL_TO_ACTION.match(line)) or (line.isupper() and bool(_SHOUTED_CALL.search(line)))


_navigation = _short_line_rule(lambda line: bool(_NAV_LINE.fullmatch(line)) or _is_share_bar(line)
                              or (len(line.split()) <= _SERIES_WORDS and bool(_SERIES_LINE.fullmatch(line))))
_link_lines = _short_line_rule(lambda line: bool(_LINK_LINE.match(line)), _LINK_LINE_WORDS)
_calls_to_action = _short_line_rule(_is_call_to_action)
_bio_labels = _short_line_rule(lambda line: bool(_BIO_LABEL.fullmatch(line)))


def _captions(text: str) -> list[Span]:
    """Short lines holding an image credit, whole; but a caption that is a sentence of CAPTION_WORDS or more before
    the credit ("5,474 fans were at North Sydney Oval to watch the Swans' first AFLW victory earlier in the season.
    Photograph: Jack Snape/The Guardian") is the article's text: only the credit goes ("T-72B Attack in Ukraine.
    Image Credit." goes whole)."""
    spans = []
    for s, e, line in _lines(text):
        credit = _CREDIT.search(line)
        if credit is None or len(line.split()) > _SHORT_LINE_WORDS:
            continue
        said = line[:credit.start()].rstrip()
        if said.endswith((".", "!", "?")) and len(said.split()) >= CAPTION_WORDS:
            raw = text[s:e]
            spans.append((s + len(raw) - len(raw.lstrip()) + credit.start(), e))
        else:
            spans.append((s, e))
    return spans


def _share_labels(text: str) -> list[Span]:
    """A share button's label at the start of a short line ("Share All sharing options for: "), the rest kept."""
    spans = []
    for m in _SHARE_LABEL.finditer(text):
        end = text.find("\n", m.start())
        if len(text[m.start():end if end >= 0 else len(text)].split()) <= _SHORT_LINE_WORDS:
            spans.append(m.span())
    return spans


def _related_widgets(text: str) -> list[Span]:
    """Inline "RELATED ARTICLES ... Share this article Share" widgets and newsletter boxes, removed with the text around
    kept."""
    return [m.span() for m in _RELATED_WIDGET.finditer(text)]


def _loading_widgets(text: str) -> list[Span]:
    """The word "Loading" a lazy-loaded widget leaves between two sentences, removed with its space."""
    return [m.span() for m in _LOADING.finditer(text)]


def _form_windows(text: str) -> list[Span]:
    """The stretches of `text` within _FORM_REACH characters of a form's marker word, merged: where a form can be."""
    low, out = text.lower(), []
    for marker in _FORM_MARKERS:
        at = low.find(marker)
        while at >= 0:
            out.append((max(0, at - _FORM_REACH), min(len(text), at + _FORM_REACH)))
            at = low.find(marker, at + 1)
    return _merged(out)


def _pitch_start(text: str, start: int) -> int:
    """Where a form's run starting at `start` really starts: its line's start when the words before it there are the
    form's pitch (The Independent's, which read as the article's headline when left), else `start`."""
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start]
    if _FORM_PITCH.fullmatch(lead) and any(word in lead.lower() for word in _PITCH_WORDS):
        return line
    return start


def _sign_up_forms(text: str) -> list[Span]:
    """Runs of a sign-up form's or a reader's-tools bar's fixed wording ("Please enter a valid email address SIGN UP I
    would like to be emailed about offers, ..."), removed with the space after them; the text around is kept."""
    spans: list[Span] = []
    for lo, hi in _form_windows(text):
        run: list[re.Match[str]] = []
        for m in [*_FORM_PIECE.finditer(text, lo, hi), None]:
            if m is not None and run and not text[run[-1].end():m.start()].strip():
                run.append(m)
                continue
            if len(run) >= 2 or (run and run[0].lastindex <= len(_FORM_ALONE)):  # groups count from 1, alone first
                end = run[-1].end()
                while end < len(text) and text[end] in " \t":
                    end += 1
                spans.append((_pitch_start(text, run[0].start()), end))
            run = [m] if m is not None else []
    return spans


def _fingerprint(line: str) -> tuple[set[tuple[str, str]], set[str]]:
    """A paragraph's word pairs (lower-cased) and its names and numbers (capitalised or digit-led words)."""
    words = _WORDS.findall(line)
    lower = [w.lower() for w in words]
    names = {w for w in words if w[0].isupper() or w[0].isdigit()}
    return set(zip(lower, lower[1:], strict=False)), names


def _is_near_copy(new: tuple[set, set], old: tuple[set, set]) -> bool:
    (pairs, names), (old_pairs, old_names) = new, old
    shared = len(pairs & old_pairs)
    similar = shared >= _REPEAT_CONTAINED * len(pairs) or (
        shared >= _REPEAT_MUTUAL * len(pairs) and shared >= _REPEAT_MUTUAL * len(old_pairs))
    return similar and len(names & old_names) >= _REPEAT_NAMES * len(names)


def _repeated_paragraphs(text: str) -> list[Span]:
    """Later near-copies of an earlier paragraph (a repeated author bio); the first copy is kept."""
    seen: list[tuple[set, set]] = []
    by_pair: dict[tuple[str, str], list[int]] = {}
    spans = []
    for s, e, line in _lines(text):
        if len(line.split()) < _REPEAT_MIN_WORDS:
            continue
        fingerprint = _fingerprint(line)
        # A near-copy shares at least 75% of its pairs, so it shares one of any 25% + 1 of them: look up
        # the rarest ones only.
        pairs = sorted(fingerprint[0], key=lambda p: len(by_pair.get(p, ())))
        probe = pairs[:int(len(pairs) * (1 - _REPEAT_MUTUAL)) + 1]
        candidates = {j for pair in probe for j in by_pair.get(pair, ())}
        if any(_is_near_copy(fingerprint, seen[j]) for j in candidates):
            spans.append((s, e))
        else:
            for pair in fingerprint[0]:
                by_pair.setdefault(pair, []).append(len(seen))
            seen.append(fingerprint)
    return spans


RULES: tuple[Callable[[str], list[Span]], ...] = (
    _navigation, _link_lines, _calls_to_action, _captions, _bio_labels, _share_labels, _related_widgets,
    _loading_widgets, _sign_up_forms, _repeated_paragraphs,
)


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of page furniture in `text` (already folded, one paragraph per line)."""
    return _merged([span for rule in RULES for span in rule(text)])


def _merged(spans: list[Span]) -> list[Span]:
    """`spans` sorted, those that overlap or touch made one."""
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def elsewhere(text: str) -> bool:
    """Whether a line points to another story, which a sentence of the article answers better than: set in capitals
    (nine letters in ten of at least SHOUTED: Fox News' "TIM MCGRAW CONFESSES ..."), or led by a label such as
    "WATCH:" inside a line (CNBC's "... still paid the artist. WATCH: Flexport CEO ..."; `furniture_spans` drops a
    line that opens with one)."""
    letters = [c for c in text if c.isalpha()]
    return (len(letters) >= SHOUTED and sum(c.isupper() for c in letters) >= 0.9 * len(letters)
            or bool(_LINK.match(text)))
