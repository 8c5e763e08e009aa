from __future__ import annotations

import datetime as dt

from qa.query import QueryHints, aliases, analyze, date_match, find_dates, published_day, source_match, source_matcher

SOURCES = ["The Verge", "TechCrunch", "Fortune", "The Age", "The Independent - Life and Style",
           "The Independent - Sports", "Cnbc | World Business News Leader", "FOX News - Health"]


def test_aliases_cut_the_section_suffix():
    assert aliases("FOX News - Health") == ("FOX News - Health", "FOX News")
    assert aliases("Cnbc | World Business News Leader") == ("Cnbc | World Business News Leader", "Cnbc")
    assert aliases("TechCrunch") == ("TechCrunch",)


def test_finds_sources_named_in_a_question():
    m = source_matcher(SOURCES)
    q = "Who is the individual, as reported by both The Verge and TechCrunch, accused of fraud?"
    assert analyze(q, m).sources == ("TechCrunch", "The Verge")


def test_full_name_masks_its_short_alias():
    m = source_matcher(SOURCES)
    assert m.find("the report from The Independent - Life and Style said") == ("The Independent - Life and Style",)
    both = {"The Independent - Life and Style", "The Independent - Sports"}
    assert set(m.find("as The Independent reported")) == both


def test_a_short_name_standing_for_several_sections_is_one_publication():
    m = source_matcher(SOURCES)
    one = analyze("What did The Independent report about the marathon?", m)
    assert set(one.sources) == {"The Independent - Life and Style", "The Independent - Sports"}  # both searched
    assert len(one.groups) == 1 and not one.several  # but one publication: the answer needs one report
    two = analyze("Did The Independent and TechCrunch both report the launch?", m)
    assert [set(g) for g in two.groups] == [{"The Independent - Life and Style", "The Independent - Sports"},
                                            {"TechCrunch"}]
    assert two.publications == ("The Independent - Life and Style", "TechCrunch") and two.several
    sections = analyze("as The Independent - Sports and The Independent - Life and Style reported", m)
    assert len(sections.groups) == 2  # two sections each named in full are two reports


def test_spans_say_where_each_name_is_and_mentions_follow_them():
    m = source_matcher(SOURCES)
    q = "Did The Independent - Sports and Fortune agree? It was the age of steam."
    sports = q.index("The Independent - Sports")
    assert m.spans(q) == [(sports, sports + len("The Independent - Sports"), ("The Independent - Sports",)),
                          (q.index("Fortune"), q.index("Fortune") + 7, ("Fortune",))]  # not "the age"
    assert m.mentions(q) == [(a, sources) for a, _, sources in m.spans(q)]


def test_short_alias_matches_other_case_when_written_as_a_name():
    m = source_matcher(SOURCES)
    assert m.find("according to CNBC, shares fell") == ("Cnbc | World Business News Leader",)


def test_common_words_are_not_sources():
    m = source_matcher(SOURCES)
    assert m.find("he made a fortune in the age of steam") == ()
    assert m.find("Did Fortune report it?") == ("Fortune",)


def test_no_known_sources_no_hints():
    m = source_matcher([])
    assert not analyze("What did TechCrunch say?", m)


def test_dates_in_words_and_iso():
    assert find_dates("published on October 19, 2023, and on Dec 1 2023") == (dt.date(2023, 10, 19),)
    assert find_dates("between September 26th, 2023 and 2023-12-07") == (dt.date(2023, 9, 26), dt.date(2023, 12, 7))
    assert find_dates("on February 30, 2023") == ()


def test_metadata_matches():
    hints = QueryHints(sources=("TechCrunch",), dates=(dt.date(2023, 10, 19),))
    assert source_match(hints, {"source": "TechCrunch"})
    assert not source_match(hints, {"source": "The Verge"})
    assert date_match(hints, {"published_at": "2023-10-20T01:00:00+00:00"})
    assert not date_match(hints, {"published_at": "2023-10-22T01:00:00+00:00"})
    assert not date_match(hints, {})
    assert published_day({"published_at": "2023-11-27 08:45:59"}) == dt.date(2023, 11, 27)


def test_names_in_other_letter_cases_are_still_found():
    """`spans` skips a name's pattern when the question lacks its first word: a case-insensitive match must never be
    skipped, whatever letters the question writes it in (dotless "ı", long "ſ", the Kelvin sign)."""
    m = source_matcher(["TechCrunch", "Time", "Fox Sports"])
    assert m.find("as TECHCRUNCH reported") == ("TechCrunch",)
    assert m.find("as Tıme reported") == ("Time",)  # a dotless "ı" matches "i" when case is ignored
    assert m.find("as Fox Sportſ reported") == ("Fox Sports",)  # and a long "ſ" matches "s"
    assert m.find("as Techcrunch and Fox Sports said") == ("Fox Sports", "TechCrunch")


def test_folding_keeps_every_character_a_case_blind_pattern_matches():
    import re
    import string
    import sys

    from qa.query import _folded
    cased = [chr(i) for i in range(sys.maxunicode + 1) if chr(i).lower() != chr(i) or chr(i).upper() != chr(i)]
    for c in string.printable.strip():
        pattern = re.compile(re.escape(c), re.IGNORECASE)
        for x in [c, *cased]:
            if pattern.fullmatch(x):
                assert c.casefold() in _folded(x), (c, x)
