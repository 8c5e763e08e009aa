"""Where a JSON record's body string is in its file, and where a character of the body is there.

A record's body is a JSON string: escapes ("\\n", "\\"", "\\u00e9") make its characters other than the file's, so a
body offset is no place in the file. `body_starts` finds where each record's body literal starts (the character
after its opening quote), walking the file's top two levels with the standard library's own scanner
(`json.JSONDecoder.raw_decode` and `json.decoder.scanstring`, in C), so no second JSON parser is needed;
`read_literal` reads a literal's escapes once, so body offsets map to file positions by bisection.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from json.decoder import scanstring

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# One decoded character of a string literal: a surrogate pair escape, any other escape, or a run of plain characters.
_PIECE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.|[^\"\\]+")
Members = dict[str, tuple[object, int]]  # key -> (value, where the value starts in the text)
BODY_KEYS = ("body", "text", "content")  # a record's body: the first non-blank string of these (`qa.formats`)
LIST_KEYS = ("articles", "data", "records", "items", "documents", "docs")  # where an object holds its record list


def body_starts(text: str, records: Sequence[object], body_keys: Sequence[str], list_keys: Sequence[str],
                ) -> list[int]:
    """Where each of `records` (the file's record list, as parsed) has its body literal's first character in `text`
    (0: not found). A file whose records cannot be walked so (another shape) gets all zeros."""
    try:
        members = _top_records(text, body_keys, list_keys)
    except (ValueError, IndexError, RecursionError):
        members = []
    if len(members) != len(records):
        return [0] * len(records)
    return [_body_start(m, body_keys) for m in members]


def line_body_start(line: str, body_keys: Sequence[str]) -> int:
    """`body_starts` of a .jsonl line holding one record (0: none)."""
    try:
        pos = _WS.match(line).end()
        return _body_start(_members(line, pos)[0], body_keys) if line[pos:pos + 1] == "{" else 0
    except (ValueError, IndexError, RecursionError):
        return 0


@dataclass(frozen=True, slots=True)
class Literal:
    """A string literal read once (`read_literal`): where each of its pieces (`_PIECE`: a run of plain characters or
    one escape) starts decoded and in the text, which are escapes, its decoded length and where it ends (its quote)."""

    decoded: tuple[int, ...]
    at: tuple[int, ...]
    escape: tuple[bool, ...]
    size: int
    end: int

    def positions(self, offsets: Sequence[int]) -> list[int]:
        """The positions in the text of the decoded characters `offsets`; one at or past the end maps to the quote."""
        out: list[int] = []
        for offset in offsets:
            if offset >= self.size:
                out.append(self.end)
                continue
            i = max(bisect_right(self.decoded, offset) - 1, 0)
            out.append(self.at[i] if self.escape[i] else self.at[i] + offset - self.decoded[i])
        return out


def read_literal(text: str, start: int) -> Literal:
    """The string literal whose first character is at `text[start]`, read piece by piece to its closing quote: a
    quote's place is then found by bisection (`Literal.positions`), however far into a long body it is."""
    decoded, at, escape = [], [], []
    size, pos = 0, start
    while m := _PIECE.match(text, pos):
        is_escape = m.group()[0] == "\\"
        decoded.append(size)
        at.append(pos)
        escape.append(is_escape)
        size, pos = size + (1 if is_escape else m.end() - pos), m.end()
    return Literal(tuple(decoded), tuple(at), tuple(escape), size, pos)


def _top_records(text: str, body_keys: Sequence[str], list_keys: Sequence[str]) -> list[Members | None]:
    """The members of each record of the file, in order (None for an element that is no object)."""
    pos = _WS.match(text).end()
    if text[pos] == "[":
        return _elements(text, pos)
    members, _ = _members(text, pos)
    if not any(key in members for key in body_keys):
        for key in list_keys:
            if key in members and isinstance(members[key][0], list):
                return _elements(text, members[key][1])
    return [members]


def _elements(text: str, pos: int) -> list[Members | None]:
    """The members of each element of the array opening at `text[pos]` (None for an element that is no object)."""
    out: list[Members | None] = []
    pos = _WS.match(text, pos + 1).end()
    if text[pos] == "]":
        return out
    while True:
        if text[pos] == "{":
            members, pos = _members(text, pos)
            out.append(members)
        else:
            _, pos = _DECODER.raw_decode(text, pos)
            out.append(None)
        pos = _WS.match(text, pos).end()
        if text[pos] == "]":
            return out
        if text[pos] != ",":
            raise ValueError(f"expected ',' at {pos}")
        pos = _WS.match(text, pos + 1).end()


def _members(text: str, pos: int) -> tuple[Members, int]:
    """The members of the object opening at `text[pos]`, each value with where it starts (a repeated key: the last,
    as `json.loads` keeps it), and where the object ends."""
    members: Members = {}
    pos = _WS.match(text, pos + 1).end()
    if text[pos] == "}":
        return members, pos + 1
    while True:
        if text[pos] != '"':
            raise ValueError(f"expected a key at {pos}")
        key, pos = scanstring(text, pos + 1)
        pos = _WS.match(text, pos).end()
        if text[pos] != ":":
            raise ValueError(f"expected ':' at {pos}")
        pos = _WS.match(text, pos + 1).end()
        value, end = _DECODER.raw_decode(text, pos)
        members[key] = (value, pos)
        pos = _WS.match(text, end).end()
        if text[pos] == "}":
            return members, pos + 1
        if text[pos] != ",":
            raise ValueError(f"expected ',' at {pos}")
        pos = _WS.match(text, pos + 1).end()


def _body_start(members: Members | None, body_keys: Sequence[str]) -> int:
    """Where the record's body literal (the first non-blank string among `body_keys`) starts, after its quote."""
    for key in body_keys if members else ():
        value, at = members[key] if key in members else (None, 0)
        if isinstance(value, str) and value.strip():
            return at + 1
    return 0


def field_at(text: str, body_start: int, key: str) -> tuple[int, int] | None:
    """Where the record whose body literal starts at `text[body_start]` writes `key`'s value: a string's characters
    between its quotes, another value's whole literal; None when the record or the field is not found. A .jsonl
    record is read from its own line, a .json record found among the file's records by its body's start."""
    line = text.rfind("\n", 0, body_start) + 1
    try:
        pos = _WS.match(text, line).end()
        one = _members(text, pos)[0] if text[pos:pos + 1] == "{" else None  # a .jsonl line: one record
        records = [one] if one is not None and _body_start(one, BODY_KEYS) == body_start else \
            _top_records(text, BODY_KEYS, LIST_KEYS)
    except (ValueError, IndexError, RecursionError):
        return None
    members = next((m for m in records if m and _body_start(m, BODY_KEYS) == body_start), None)
    if members is None or key not in members:
        return None
    value, at = members[key]
    end = _DECODER.raw_decode(text, at)[1]
    return (at + 1, end - 1) if isinstance(value, str) else (at, end)
