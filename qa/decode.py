"""A file's bytes as text: decoded by its BOM or as UTF-8, and binary files recognised before decoding."""

from __future__ import annotations

from dataclasses import dataclass

SNIFF_BYTES = 8192
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


def binary_kind(data: bytes) -> str:
    """What binary thing `data` looks like from its head ("" if it looks like text)."""
    if bom(data):
        return ""
    head = data[:SNIFF_BYTES]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    return "NUL bytes" if b"\0" in head else ""


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
        n_bad = sum(1 for ch in data.decode("utf-8", "surrogateescape") if "\udc80" <= ch <= "\udcff")
        warning = f"{rel}: {n_bad} invalid UTF-8 byte(s) replaced with U+FFFD (text kept)"
        return Decoded(data.decode("utf-8", "replace"), offset=0, clean=False, warning=warning)
