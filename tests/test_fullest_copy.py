"""The fullest copy (issue 13 item 6, `qa/copies.py`): a sentence found in an article and in a compilation file of many
articles is cited from the article, the compilation named under "also in"; a longer version of the same story still
beats a shorter one, and a cut-down copy with no headline is never the one cited."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

STORIES = {
    "ferry": ("Harbour ferry service resumes after storm damage",
              ["The harbour ferry between Kerrow and Dunmore resumed service on Tuesday after a nine-day halt.",
               "Storm Alba tore two mooring lines loose and flooded the ticket hall at Kerrow pier.",
               "Engineers from the port authority replaced the damaged gangway over the weekend.",
               "The operator said the first crossing carried 214 passengers and eleven cars.",
               "Fares will stay at their winter level until the end of March, the company added.",
               "Local shops near the pier reported their busiest morning since the autumn."]),
    "orchard": ("Cider makers warn of a poor apple harvest",
                ["Cider makers in the Vale of Esk expect their smallest apple harvest in two decades.",
                 "A late frost in April killed most of the blossom on the older orchards.",
                 "Growers said the surviving fruit is small but unusually sweet this year.",
                 "Several farms plan to buy apples from neighbouring counties to keep their presses running.",
                 "The regional growers' association has asked for emergency grants to replant trees.",
                 "Prices for a litre of local cider are expected to rise by about a fifth."]),
    "library": ("City library reopens with a rooftop reading garden",
                ["The central library in Marsford reopened on Saturday after a two-year renovation.",
                 "Its new rooftop garden offers seating for ninety readers among raised flower beds.",
                 "The architects kept the Victorian reading room but replaced its leaking glass dome.",
                 "Borrowing figures rose by half in the first week, according to the council.",
                 "A children's wing now holds a puppet theatre and a small recording studio.",
                 "Opening hours were extended to nine in the evening on weekdays."]),
    "comet": ("Amateur astronomer spots a new comet",
              ["A retired teacher in Lisgarrow has discovered a comet with a backyard telescope.",
               "The faint object was confirmed by two observatories within a day of her report.",
               "Astronomers expect it to pass closest to the Sun next February.",
               "It may become visible through binoculars for a few weeks in early spring.",
               "The comet will carry her name, as is the custom for independent discoveries.",
               "She said she had searched the same patch of sky every clear night for six years."]),
}


def _article(name: str, extra: list[str] | None = None) -> str:
    title, body = STORIES[name]
    return f"{title}\n\n" + "\n\n".join(body + (extra or [])) + "\n"


def test_foreign_share_counts_sentences_that_other_stories_hold():
    from qa.copies import foreign_share

    doc = np.array([0, 0, 1, 1, 1, 1, 2, 2])  # article 1 holds article 0's two sentences and article 2's two
    dup = np.array([0, 1, 0, 1, 4, 5, 4, 5])
    assert foreign_share(1, {0, 1}, doc, dup) == 0.5  # rows 4 and 5: also in article 2, which holds no quote
    assert foreign_share(0, {0, 1}, doc, dup) == 0.0


FERRY = "When did the harbour ferry between Kerrow and Dunmore resume service?"


def _answer(tmp_path: Path, more: dict[str, str]):
    """The answer to FERRY over the four stories, one file each, and the files `more` (name -> text)."""
    from qa.answer import answer_with
    from qa.build import build_index
    from qa.retrieve import load_index

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in {**{f"{n}.txt": _article(n) for n in STORIES}, **more}.items():
        (corpus / name).write_text(text, encoding="utf-8")
    build_index(corpus, tmp_path / "index")
    return answer_with(load_index(tmp_path / "index"), FERRY)


@pytest.mark.slow
def test_a_compilation_is_named_also_in_and_the_article_cited(tmp_path: Path):
    digest = "Weekly digest of regional news\n\n" + "\n".join(_article(n) for n in ("orchard", "ferry", "library",
                                                                                    "comet"))
    cut = "\n\n".join(s for s in STORIES["ferry"][1] if "214" not in s and "Storm" not in s)
    # The digest is the longest copy of every story, with a headline; the cut-down copy has no headline.
    a = _answer(tmp_path, {"digest.txt": digest, "ferry-short.txt": cut + "\n"})
    lead = a.lead[0]
    assert "resumed service on Tuesday" in lead.text
    assert lead.doc_id == "ferry.txt", lead.doc_id
    assert "digest.txt" in lead.also_in and "ferry-short.txt" in lead.also_in
    assert "also in" in a.text and "digest.txt" in a.text
    # (A passage is a chunk: the digest's chunks straddle two stories, so they are no copies of the article's.)


@pytest.mark.slow
def test_a_longer_version_of_the_story_is_still_the_fullest(tmp_path: Path):
    a = _answer(tmp_path, {"ferry-updated.txt": _article("ferry", [
        "Later on Tuesday the operator announced a second evening crossing from Dunmore.",
        "Passengers had complained about the long queues at the temporary ticket office."])})
    assert a.lead[0].doc_id == "ferry-updated.txt" and a.lead[0].also_in == ("ferry.txt",)


def _with_digest(tmp_path: Path) -> Path:
    """A corpus folder of the four stories, one file each, and a digest of them all (a compilation)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in STORIES:
        (corpus / f"{name}.txt").write_text(_article(name), encoding="utf-8")
    digest = "Weekly digest of regional news\n\n" + "\n".join(_article(n) for n in ("orchard", "ferry", "library",
                                                                                    "comet"))
    (corpus / "digest.txt").write_text(digest, encoding="utf-8")
    return corpus


@pytest.mark.slow
def test_a_chunk_running_from_one_story_into_the_next_of_a_compilation_never_leads_the_passages(tmp_path: Path):
    """A digest of the four stories chunks across their seams: its chunk of the orchard story's end and the ferry
    story's start groups with both articles' chunks and was the group's fullest copy, so it stood first for either."""
    from qa.answer import answer_with
    from qa.build import build_index
    from qa.retrieve import load_index

    build_index(_with_digest(tmp_path), tmp_path / "index")
    index = load_index(tmp_path / "index")
    seams = [r for r in range(len(index.chunk_ids)) if index.joins_stories(r)]
    assert seams and all(index.articles[index.chunk_doc[r]].doc_id == "digest.txt" for r in seams)
    for question, story in ((FERRY, "ferry.txt"), ("How much will a litre of local cider cost?", "orchard.txt")):
        passages = answer_with(index, question).passages
        assert passages[0].doc_id == story, [(p.doc_id, p.text[:40]) for p in passages]
        assert passages[0].text.startswith(STORIES[story.removesuffix(".txt")][1][0])


@pytest.mark.slow
def test_a_seam_moved_down_the_passages_says_so_and_the_others_keep_score_order(tmp_path: Path):
    """Chunked at 100 word pieces, the digest's chunk from the library story's end into the comet story's start has
    no copy keeping to one story: it is listed last, out of score order (its fused score is the best), and the panel
    and `qa-index search` say so where the scores are read, instead of showing a higher score below lower ones."""
    from qa.build import build_index
    from qa.config import Settings
    from qa.html_view import passages_html
    from qa.present import passages_text
    from qa.retrieve import load_index

    build_index(_with_digest(tmp_path), tmp_path / "index", settings=Settings(chunk_tokens=100))
    passages = load_index(tmp_path / "index").retrieve("Does the children's wing hold a puppet theatre?", 5)
    seam = passages[-1]
    assert seam.joins_stories and seam.doc_id == "digest.txt" and "puppet theatre" in seam.text
    assert seam.score > passages[0].score and not any(p.joins_stories for p in passages[:-1])
    kept = [p.score for p in passages[:-1]]
    assert kept == sorted(kept, reverse=True)  # the passages in their place by score are in score order
    said = "moved down: it runs from one story into the next of a compilation (its fused score"
    assert f"{said} {seam.score:.4f} would place it #1)" in passages_text(passages)
    html = passages_html(passages, "Does the children's wing hold a puppet theatre?")
    assert html.count("moved down") == 1 and html.index("moved down") > html.rindex("qa-n\">4.")
