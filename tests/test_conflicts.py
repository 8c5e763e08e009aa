from qa.conflicts import differing, families_in, figures


def test_figures_find_counted_nouns_through_adjectives():
    found = figures("Russia is estimated to have lost 7,000 soldiers and more than 1,250 vehicles - "
                    "including 214 tanks")
    assert [(f.value, f.family) for f in found] == [(7000, "personnel"), (1250, "vehicles"), (214, "tanks")]
    assert figures("killed approximately 159,090 Russian troops")[0].value == 159090
    assert figures("In 2022 nothing was counted.") == []


def test_differing_needs_two_articles_with_different_values():
    a = ("a", "Oryx says Russia lost 214 tanks.")
    b = ("b", "Ukraine says Russia lost 3,466 tanks.")
    same = ("c", "Another report also counts 214 tanks.")
    assert differing([a, b], {"tanks"}) == [0, 1]
    assert differing([a, same], {"tanks"}) == []
    assert differing([a, ("a", "Later it said 300 tanks.")], {"tanks"}) == []  # one article only
    assert differing([a, b], {"aircraft"}) == []


def test_families_in_question():
    assert families_in("How many tanks has Russia lost?") == {"tanks"}
    assert families_in("How many soldiers died?") == {"personnel"}
    assert families_in("Where is the strait?") == set()
