"""A file's bytes as text: decoded by its BOM or as UTF-8, and binary files recognised before decoding.

Binary is recognised from the first 8 KiB: a known magic number, a NUL byte, or too large a share of control
bytes (C0 controls other than tab, newline, VT, FF and CR, and DEL; behind a BOM, control, undecodable,
surrogate, private-use and unassigned characters). Text has none of these bar the odd stray one; random or
compressed binary has about 11% (28 of 256 byte values), so the threshold is 5%: well under that, and over
ANSI-coloured logs (3.5%). A file whose head is over 30% bytes that are not UTF-8 is refused too: Latin-1
French is 9% undecodable and is kept (read as Windows-1252, a superset of Latin-1's letters, when no byte of it is
UTF-8's; else its bad bytes become U+FFFD; with a warning either way), while Windows-1251 Russian
(88%), Shift-JIS (68%) or random bytes (45%) would be indexed as runs of U+FFFD no question can find. HTML is
exempt from that rule: trafilatura reads the charset a page declares.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

SNIFF_BYTES = 8192
MAX_CONTROL_SHARE = 0.05
MAX_UNDECODABLE_SHARE = 0.30
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc, less \t \n \v \f \r
_CONTROL_BYTES = bytes(range(0x09)) + bytes(range(0x0E, 0x20)) + b"\x7f"
_ODD_CATEGORIES = frozenset({"Cs", "Co", "Cn"})
_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's decoded text; `offset` is where it starts after a BOM; `warning` notes replaced bytes."""

    text: str
    offset: int
    clean: bool
    warning: str = ""


def bom(data: bytes) -> tuple[bytes, str] | None:
    """The (BOM, encoding) the data starts with, if any."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return mark, encoding
    return None


def not_text(data: bytes, *, declared_charset_ok: bool = False) -> str:
    """Why `data` is not text, judged by its first 8 KiB ("" when it is text); `declared_charset_ok`: bytes that are
    not UTF-8 may be the file's own charset (an HTML page's meta tag)."""
    head = data[:SNIFF_BYTES]
    found = bom(head)
    if found:
        mark, encoding = found
        text = codecs.getincrementaldecoder(encoding)("replace").decode(head[len(mark) :], final=False)
        odd = len(_CONTROLS.findall(text)) + sum(1 for ch in text if ch == "\ufffd" or _odd(ch))
        if text and odd / len(text) > MAX_CONTROL_SHARE:
            return (f"binary file ({odd / len(text):.0%} control or undecodable characters after a "
                    f"{encoding.upper()} BOM), not text")
        return ""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"binary file ({kind}), not text"
    if b"\0" in head:
        return "binary file (NUL bytes), not text"
    n = max(1, len(head))  # bytes.translate and a decode/encode round trip: fast, in C
    controls = (len(head) - len(head.translate(None, _CONTROL_BYTES))) / n
    if controls > MAX_CONTROL_SHARE:
        return f"binary file ({controls:.0%} control characters), not text"
    undecodable = (len(head) - len(head.decode("utf-8", "ignore").encode("utf-8"))) / n
    if undecodable > MAX_UNDECODABLE_SHARE and not declared_charset_ok:
        return (f"not UTF-8 text ({undecodable:.0%} of its first 8 KiB is undecodable): a binary file, or text in "
                "another encoding; save it as UTF-8")
    return ""


def _odd(ch: str) -> bool:
    return ch > "\x7f" and unicodedata.category(ch) in _ODD_CATEGORIES


def decode(data: bytes, rel: str) -> Decoded:
    """Decode by BOM, else as UTF-8; undecodable bytes become U+FFFD and are noted in `warning`."""
    found = bom(data)
    if found:
        mark, encoding = found
        try:
            return Decoded(data[len(mark) :].decode(encoding), offset=1, clean=True)
        except UnicodeDecodeError:
            text = data[len(mark) :].decode(encoding, "replace")
            warning = f"{rel}: invalid {encoding.upper()} data; replaced with U+FFFD (text kept)"
            return Decoded(text, offset=1, clean=False, warning=warning)
    try:
        return Decoded(data.decode("utf-8"), offset=0, clean=True)
    except UnicodeDecodeError:
        escaped = data.decode("utf-8", "surrogateescape")
    n_bad = sum(1 for ch in escaped if "\udc80" <= ch <= "\udcff")
    if not any(ch > "\x7f" and not "\udc80" <= ch <= "\udcff" for ch in escaped):  # no UTF-8 letter at all
        text = data.decode("cp1252", "strict") if _cp1252(data) else data.decode("latin-1")
        warning = (f"{rel}: not UTF-8 ({n_bad} byte(s)): read as Windows-1252 (Western European); "
                   "save it as UTF-8 if its accented letters look wrong")
        return Decoded(text, offset=0, clean=False, warning=warning)
    warning = f"{rel}: {n_bad} invalid UTF-8 byte(s) replaced with U+FFFD (text kept)"
    return Decoded(data.decode("utf-8", "replace"), offset=0, clean=False, warning=warning)


def _cp1252(data: bytes) -> bool:
    try:
        data.decode("cp1252")
    except UnicodeDecodeError:  # one of its five unassigned bytes: Latin-1 then, which assigns every byte
        return False
    return True
