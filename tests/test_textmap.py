import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.records import OffsetMap
from qa.textmap import apply_edits, identity

# Homoglyphs, zero-width characters, NFKC expanders ("ﬁ", "①", fullwidth) and plain text.
ALPHABET = st.sampled_from(list("abc XYZ\n\t.,'") + list("аеоѕіɑⅼᏚ\u200b\u200d\ufeffﬁ①Ａｂ…’é\u0301"))
RAW = st.text(alphabet=ALPHABET, max_size=40)
REPLACEMENT = st.text(alphabet=st.sampled_from(list("xyz fi.")), max_size=3)


def raw_of(raw, omap, start, end):
    s, e = omap.to_raw_span(start, end)
    return raw[s:e]


def test_identity_maps_every_position_to_itself():
    text, omap = identity("hello")
    assert text == "hello"
    assert [omap.to_raw(i) for i in range(6)] == list(range(6))
    assert omap.to_raw_span(1, 4) == (1, 4)


def test_identity_of_empty_text():
    text, omap = identity("")
    assert text == ""
    assert omap.to_raw(0) == 0
    assert apply_edits(text, omap, [(0, 0, "x")])[0] == "x"


def test_replacement_maps_to_the_raw_span_it_replaced():
    raw = "a ﬁne day"
    text, omap = apply_edits(*identity(raw), [(2, 3, "fi")])
    assert text == "a fine day"
    assert raw_of(raw, omap, 2, 4) == "ﬁ"
    assert raw_of(raw, omap, 3, 4) == "ﬁ"  # inside a replacement: the whole raw span
    assert raw_of(raw, omap, 0, 2) == "a "  # copies map one to one
    assert raw_of(raw, omap, 4, 8) == "ne d"
    assert omap.to_raw(3) == 2


def test_deletions_compose_over_several_passes():
    raw = "x\u200by  z"
    text, omap = apply_edits(*identity(raw), [(1, 2, "")])
    text, omap = apply_edits(text, omap, [(2, 4, " ")])
    assert text == "xy z"
    assert raw_of(raw, omap, 0, 2) == "x\u200by"
    assert raw_of(raw, omap, 2, 3) == "  "
    assert raw_of(raw, omap, 3, 4) == "z"


def test_equal_length_joint_replacement_is_not_read_as_a_copy():
    raw = "abcd"
    text, omap = apply_edits(*identity(raw), [(1, 3, "XY")])
    assert text == "aXYd"
    # Both X and Y came from "bc" jointly; OffsetMap would read a 2->2 segment as positional.
    assert raw_of(raw, omap, 2, 3) == "bc"
    assert raw_of(raw, omap, 1, 2) == "bc"


def test_insertion_maps_to_an_empty_raw_span():
    text, omap = apply_edits(*identity("ab"), [(1, 1, "--")])
    assert text == "a--b"
    assert omap.to_raw_span(1, 3) == (1, 1)
    assert omap.to_raw_span(0, 4) == (0, 2)


@pytest.mark.parametrize("edits", [[(0, 9, "")], [(-1, 1, "")], [(0, 2, ""), (1, 3, "")], [(2, 1, "")]])
def test_bad_edits_raise(edits):
    with pytest.raises(ValueError):
        apply_edits(*identity("abcd"), edits)


def test_text_and_map_must_agree():
    _, omap = identity("abcd")
    with pytest.raises(ValueError, match="length"):
        apply_edits("abc", omap, [])


def test_map_round_trips_through_json():
    raw = "a ﬁne\u200b day"
    _, omap = apply_edits(*identity(raw), [(2, 3, "fi"), (5, 6, "")])
    assert OffsetMap.from_json(omap.to_json()) == omap


def _non_overlapping(draw, length):
    edits, pos = [], 0
    for start, width, rep in draw(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 4), REPLACEMENT))):
        if start < pos or start + width > length or (width == 0 and not rep):
            continue
        edits.append((start, start + width, rep))
        pos = start + width + (width == 0)  # never two insertions at one position
    return edits


@st.composite
def raw_and_passes(draw):
    raw = draw(RAW)
    passes, length = [], len(raw)
    for _ in range(draw(st.integers(1, 4))):
        edits = _non_overlapping(draw, length)
        passes.append(edits)
        length += sum(len(rep) - (e - s) for s, e, rep in edits)
    return raw, passes


def _simulate(raw, passes):
    """Expected origin (lo, hi) of every character after each pass, computed independently of OffsetMap."""
    chars = [(ch, (i, i + 1), True) for i, ch in enumerate(raw)]
    for edits in passes:
        out, pos = [], 0
        for s, e, rep in sorted(edits):
            out.extend(chars[pos:s])
            if s < e:
                lo, hi = min(c[1][0] for c in chars[s:e]), max(c[1][1] for c in chars[s:e])
            else:  # an insertion: empty, unless it sits inside a replacement (neighbours' origins overlap)
                lo = chars[s][1][0] if s < len(chars) else (chars[-1][1][1] if chars else 0)
                hi = max(lo, chars[s - 1][1][1]) if s > 0 else lo
            out.extend((ch, (lo, hi), False) for ch in rep)
            pos = e
        out.extend(chars[pos:])
        chars = out
    return chars


@settings(max_examples=300, deadline=None)
@given(raw_and_passes())
def test_composed_map_is_exact(case):
    raw, passes = case
    text, omap = identity(raw)
    for edits in passes:
        text, omap = apply_edits(text, omap, edits)
    expected = _simulate(raw, passes)
    assert text == "".join(ch for ch, _, _ in expected)
    assert omap.clean_len == len(text) and omap.raw_len == len(raw)
    for i, (ch, (lo, _), copied) in enumerate(expected):
        if copied:  # copied characters map one to one
            assert omap.to_raw(i) == lo and raw[lo] == ch
    for s in range(len(text)):
        for e in range(s + 1, len(text) + 1):
            lo = min(o[0] for _, o, _ in expected[s:e])
            hi = max(o[1] for _, o, _ in expected[s:e])
            assert omap.to_raw_span(s, e) == (lo, hi)
