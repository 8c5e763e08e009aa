from pathlib import Path

import pytest

from qa.dedup import duplicate_groups, normalised_words

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
