import random
import zlib
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qa.minhash
from qa.dedup import MIN_SHINGLES, _lsh_params, duplicate_groups, exact_firsts, similarity
from qa.minhash import NUM_PERM, ShingleTable, normalised_words, signatures

ARTICLES = Path(__file__).resolve().parent.parent / "articles"
THRESHOLD = 0.6  # Settings.dedup_threshold

TSUGARU_001 = ("The Tsugaru Strait between the Sea of Japan and the Pacific Ocean separates Honshu and "
               "Hokkaido, the country's two biggest islands.")
# 001's first sentence with its look-alike letters folded by hand; 000 has "Japan" and "Ukraine" cut out.
WARSHIPS_001 = ("Russian warships carrying scores of military trucks were seen passing through a strait in "
                "Japan yesterday morning - and could be on their way to Ukraine.")
UNRELATED = [
    "Amazon is dragging out the year's biggest shopping holiday into eleven days of deals.",
    "The retail giant began its Black Friday sale in the early morning of Friday, November 17.",
    "Shares of the chipmaker rose sharply after it reported record quarterly revenue on Tuesday.",
    "The central bank left interest rates unchanged and signalled that cuts could come next year.",
    "The museum reopened its east wing after a two-year renovation paid for by private donors.",
]


def raw_000_lines():
    path = next(ARTICLES.glob("000_*.txt"))
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_identical_and_trivially_different_texts_group():
    a = "Ukraine has lost 343 tanks, Oryx added on Wednesday."
    shouted = "UKRAINE has lost 343 tanks -- Oryx added, on Wednesday!"
    texts = [a, UNRELATED[0], a, shouted, "Putin has a problem.", "putin has a problem"]
    assert duplicate_groups(texts, threshold=THRESHOLD) == [0, 1, 0, 0, 4, 4]


def test_typographic_apostrophe_matches_the_plain_one():
    line = next(x for x in raw_000_lines() if x.startswith("The Tsugaru Strait"))
    assert "’" in line
    assert normalised_words(line) == normalised_words(TSUGARU_001)
    assert duplicate_groups([TSUGARU_001, *UNRELATED, line], threshold=THRESHOLD) == [0, 1, 2, 3, 4, 5, 0]


def test_copy_with_names_cut_out_groups_with_its_original():
    cut = raw_000_lines()[0]
    assert cut.startswith("Russian warships carrying") and "Japan" not in cut and "Ukraine" not in cut
    assert duplicate_groups([WARSHIPS_001, UNRELATED[0], cut], threshold=THRESHOLD) == [0, 1, 0]


def test_chunk_mostly_inside_a_longer_one_groups():
    lines = raw_000_lines()
    longer = " ".join(lines[:6])
    shorter = " ".join(lines[1:5])
    assert duplicate_groups([UNRELATED[1], longer, shorter], threshold=THRESHOLD) == [0, 1, 1]


def test_unrelated_news_sentences_do_not_group():
    texts = UNRELATED + raw_000_lines()
    assert duplicate_groups(texts, threshold=THRESHOLD) == list(range(len(texts)))


def test_short_sentences_group_only_when_equal():
    texts = ["Putin has a problem.", "Putin has a plan.", "Putin has a big problem.", "Ukraine has lost 343."]
    assert duplicate_groups(texts, threshold=THRESHOLD) == [0, 1, 2, 3]


def test_groups_are_transitive_with_the_lowest_index_as_representative():
    words = [f"w{i}" for i in range(60)]
    a, b, c = " ".join(words[20:50]), " ".join(words[10:40]), " ".join(words[0:30])
    # a~b and b~c share 20 of 30 words; a and c share only 10.
    assert duplicate_groups([UNRELATED[0], a, b, c], threshold=THRESHOLD) == [0, 1, 1, 1]
    assert duplicate_groups([a, c], threshold=THRESHOLD) == [0, 1]


def test_same_source_texts_pair_only_when_exactly_equal():
    lines = raw_000_lines()
    neighbour_a, neighbour_b = " ".join(lines[0:4]), " ".join(lines[1:4])
    texts = [neighbour_a, neighbour_b, WARSHIPS_001, neighbour_b]
    assert duplicate_groups(texts, threshold=THRESHOLD) == [0, 0, 2, 0]
    assert duplicate_groups(texts, threshold=THRESHOLD, sources=["000", "000", "001", "000"]) == [0, 1, 2, 1]


@pytest.mark.parametrize("texts", [[], [""], ["", "...", " ", "—"], ["x"]])
def test_empty_and_wordless_texts_stay_alone(texts):
    assert duplicate_groups(texts, threshold=THRESHOLD) == list(range(len(texts)))


def test_invalid_arguments():
    with pytest.raises(ValueError, match="threshold"):
        duplicate_groups(["a"], threshold=0.0)
    with pytest.raises(ValueError, match="sources"):
        duplicate_groups(["a", "b"], threshold=0.5, sources=["x"])


def test_many_variants_group_by_their_story_and_deterministically():
    lines = [x for x in raw_000_lines() if len(x.split()) >= 10]
    texts = [f"{lines[i % len(lines)]} Note {i}." for i in range(300)]
    groups = duplicate_groups(texts, threshold=THRESHOLD)
    assert groups == [i % len(lines) for i in range(300)]
    assert groups == duplicate_groups(texts, threshold=THRESHOLD)


# --- The NumPy MinHash and banding against the datasketch implementation they replaced ---

MIX = (0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9)
THRESHOLDS = [0.5, 0.6, 0.8, 1.0]


def reference_shingles(words):
    h = [zlib.crc32(w.encode()) for w in words]
    triples = zip(h, h[1:], h[2:], strict=False)
    return frozenset(((x * MIX[0] + y * MIX[1] + z * MIX[2]) % 2**64) >> 32 for x, y, z in triples)


def find(parent, i):
    while parent[i] != i:
        i = parent[i]
    return i


def union(parent, a, b):
    ra, rb = find(parent, a), find(parent, b)
    parent[max(ra, rb)] = min(ra, rb)


def reference_groups(texts, *, threshold, sources=None):
    """duplicate_groups as it was: datasketch's MinHash and MinHashLSH, one text at a time."""
    parent = list(range(len(texts)))
    first_of, items = {}, []
    for i, text in enumerate(texts):
        words = normalised_words(text)
        if not words:
            continue
        key = " ".join(words)
        if key in first_of:
            union(parent, first_of[key], i)
            continue
        first_of[key] = i
        if len(shingles := reference_shingles(words)) >= MIN_SHINGLES:
            items.append((i, shingles))
    if len(items) >= 2:
        lsh = MinHashLSH(num_perm=NUM_PERM, params=_lsh_params(threshold))
        sets = dict(items)
        minhashes = MinHash.generator(([*s] for _, s in items), num_perm=NUM_PERM, hashfunc=int)
        for (i, _), mh in zip(items, minhashes, strict=True):
            for j in lsh.query(mh):
                if sources is not None and sources[i] == sources[j]:
                    continue
                if find(parent, i) != find(parent, j) and similarity(sets[i], sets[j]) >= threshold:
                    union(parent, i, j)
            lsh.insert(i, mh)
    return [find(parent, i) for i in range(len(texts))]


def generated_corpus(n_base=1200, seed=7):
    """News-like texts with planted near copies, cut-down copies, exact copies, merges, and shared sources."""
    rng = random.Random(seed)
    common = ["the", "a", "of", "to", "in", "and", "on", "said", "was", "for", "is", "by", "at"]
    rare = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(3000)]

    def sentence(n):
        return [rng.choice(common) if rng.random() < 0.35 else rng.choice(rare) for _ in range(n)]

    texts = [" ".join(sentence(rng.choice([3, 6, 8, 12, 20, 40, 90, 160]))) for _ in range(n_base)]
    sources = [rng.randrange(300) for _ in texts]
    for _ in range(n_base * 2):
        k = rng.randrange(len(texts))
        words = texts[k].split()
        kind = rng.randrange(5)
        if kind == 0:  # a few words replaced
            for _ in range(rng.randint(1, 4)):
                words[rng.randrange(len(words))] = rng.choice(rare)
        elif kind == 1 and len(words) > 4:  # cut down to a middle part
            lo = rng.randrange(len(words) // 3 + 1)
            words = words[lo : lo + max(3, int(len(words) * rng.uniform(0.4, 0.95)))]
        elif kind == 2:  # the same text, shouted and punctuated
            words = [w.upper() + rng.choice(["", ",", "!", "'s"]) for w in words]
        elif kind == 3:  # merged with another text
            words = words + texts[rng.randrange(len(texts))].split()
        else:  # a name cut out
            del words[rng.randrange(len(words))]
        texts.append(" ".join(words))
        sources.append(sources[k] if rng.random() < 0.3 else rng.randrange(300))
    order = list(range(len(texts)))
    rng.shuffle(order)
    return [texts[i] for i in order], [sources[i] for i in order]


@pytest.fixture(scope="module")
def corpus():
    return generated_corpus()


@pytest.mark.parametrize("threshold", THRESHOLDS)
@pytest.mark.parametrize("with_sources", [False, True])
def test_generated_corpus_groups_as_datasketch_lsh_does(corpus, threshold, with_sources):
    texts, sources = corpus
    sources = sources if with_sources else None
    expected = reference_groups(texts, threshold=threshold, sources=sources)
    assert sum(g != i for i, g in enumerate(expected)) > len(texts) // 8  # the planted copies do group
    assert duplicate_groups(texts, threshold=threshold, sources=sources) == expected


def test_tiny_blocks_change_nothing(corpus, monkeypatch):
    texts, sources = corpus
    expected = reference_groups(texts, threshold=0.6, sources=sources)
    monkeypatch.setattr(qa.minhash, "_BLOCK", 7)  # texts spread over several blocks of shingles
    assert duplicate_groups(texts, threshold=0.6, sources=sources) == expected


@pytest.mark.parametrize("threshold", THRESHOLDS)
def test_big_buckets_group_as_datasketch_lsh_does(threshold):
    rng = random.Random(3)
    shared = [f"s{k}" for k in range(60)]
    # Overlap coefficients 58/98 and 58/88 sit either side of 0.6: one big bucket per band, half of it similar.
    texts = [" ".join(shared + [f"u{k}x{j}" for j in range(rng.choice([30, 40]))]) for k in range(240)]
    sources = [k % 7 for k in range(len(texts))]
    for srcs in (None, sources):
        expected = reference_groups(texts, threshold=threshold, sources=srcs)
        assert duplicate_groups(texts, threshold=threshold, sources=srcs) == expected


WORDS = st.sampled_from(["the", "strait", "Japan", "ships", "JAPAN", "ship's", "of", "sea", "—", "4", "a.b"])


@st.composite
def related_texts(draw):
    """Texts over a tiny vocabulary, many derived from earlier ones: every kind of candidate pair shows up."""
    texts = []
    for _ in range(draw(st.integers(0, 14))):
        if texts and draw(st.booleans()):
            words = draw(st.sampled_from(texts)).split()
            lo, hi = sorted(draw(st.lists(st.integers(0, len(words)), min_size=2, max_size=2)))
            words = words[:lo] + draw(st.lists(WORDS, max_size=3)) + words[hi:] if draw(st.booleans()) else words
        else:
            words = draw(st.lists(WORDS, max_size=25))
        texts.append(" ".join(words))
    return texts


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    related_texts(),
    st.one_of(st.sampled_from(THRESHOLDS), st.floats(0.01, 1.0)),
    st.one_of(st.none(), st.lists(st.integers(0, 2), min_size=14, max_size=14)),
)
def test_random_texts_group_as_datasketch_lsh_does(texts, threshold, sources):
    sources = None if sources is None else sources[: len(texts)]
    expected = reference_groups(texts, threshold=threshold, sources=sources)
    assert duplicate_groups(texts, threshold=threshold, sources=sources) == expected


def datasketch_minhash(elements, **kwargs):
    m = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int, **kwargs)
    m.update_batch(list(elements))
    return m.hashvalues


SCHEMES = ["affine32", "affine64", "legacy"] if hasattr(MinHash(num_perm=2), "scheme") else [None]


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("block", [1 << 14, 3])
def test_signatures_are_datasketch_hash_values(scheme, block, monkeypatch):
    monkeypatch.setattr(qa.minhash, "_BLOCK", block)
    texts = [WARSHIPS_001, TSUGARU_001, "", "one two", *UNRELATED, " ".join(raw_000_lines())]
    table = ShingleTable.of([normalised_words(t) for t in texts])
    kwargs = {} if scheme is None else {"scheme": scheme}
    like = None if scheme is None else MinHash(num_perm=NUM_PERM, seed=1, **kwargs)
    sigs = signatures(table.values, table.starts, like)
    for k, text in enumerate(texts):
        shingles = reference_shingles(normalised_words(text))
        assert table.set(k) == shingles
        expected = datasketch_minhash(shingles, **kwargs)
        assert sigs.dtype == expected.dtype and np.array_equal(sigs[k], expected)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.frozensets(st.integers(0, 2**32 - 1), max_size=40), max_size=8))
def test_signatures_of_any_sets_are_datasketch_hash_values(sets):
    values = np.array([v for s in sets for v in sorted(s)], dtype=np.uint64)
    starts = np.concatenate(([0], np.cumsum([len(s) for s in sets]))).astype(np.int64)
    sigs = signatures(values, starts)
    assert sigs.shape == (len(sets), NUM_PERM)
    for k, s in enumerate(sets):
        assert np.array_equal(sigs[k], datasketch_minhash(s))


def test_exact_firsts_is_each_digest_s_first_row_also_when_first_halves_collide():
    rng = np.random.default_rng(1)
    keys = np.zeros((400, 3), dtype=np.uint64)
    keys[:, 0] = rng.integers(0, 6, 400)  # few first halves: many rows share one
    keys[:, 1] = rng.integers(0, 3, 400)
    keys[:, 2] = rng.integers(0, 3, 400)  # 0: a row without words
    for d1 in (keys[:, 1].copy(), np.zeros(400, dtype=np.uint64)):  # with and without a second half that differs
        keys[:, 1] = d1
        first: dict[tuple[int, int], int] = {}
        want = [first.setdefault((int(k[0]), int(k[1])), i) if k[2] else -1 for i, k in enumerate(keys)]
        assert exact_firsts(keys).tolist() == want
