"""Whether the embedding model tells a count's thing or act said in other words from another thing or act better in
context than alone (`qa.senses` compares bare nouns, and verbs framed as "someone {} something").

NOUNS are counted nouns of news and sports reports written for this, not taken from a question set, each with a verb
that could count it: the same thing in other words ("picks"/"interceptions", thrown) or another thing ("civilians"/
"soldiers", killed; a narrower kind: "submarines"/"warships"). Each way of embedding is scored by ROC AUC (a same-thing
pair above an other-thing pair) and the share of each kind at or above NOUN_SIM. VERBS (`verb_pairs.SAME`, `OTHER`)
are framed with a counted object held fixed ("someone {} drones") instead of "something".

    .venv/bin/python benchmarks/count_pairs.py
"""

from __future__ import annotations

import common  # noqa: F401  (offline environment, repository on the path)
import numpy as np
from verb_pairs import OTHER as OTHER_ACTS
from verb_pairs import SAME as SAME_ACTS
from verb_pairs import _auc

# (noun, noun, a verb of the count, in the past tense)
SAME = [("drones", "unmanned aerial vehicles", "shot down"), ("troops", "soldiers", "killed"),
        ("casualties", "losses", "suffered"), ("refugees", "displaced people", "fled"),
        ("interceptions", "picks", "threw"), ("fatalities", "deaths", "recorded"), ("jets", "fighter aircraft", "sent"),
        ("staff", "employees", "laid off"), ("workers", "employees", "hired"), ("cars", "vehicles", "sold"),
        ("homes", "houses", "built"), ("migrants", "immigrants", "admitted"), ("ships", "vessels", "sank"),
        ("fans", "spectators", "drew"), ("votes", "ballots", "cast"), ("physicians", "doctors", "trained"),
        ("rockets", "missiles", "fired"), ("inmates", "prisoners", "released"), ("lawmakers", "legislators", "elected"),
        ("jobs", "positions", "cut"), ("students", "pupils", "enrolled"), ("aircraft", "planes", "shot down"),
        ("wins", "victories", "recorded"), ("customers", "clients", "served"), ("songs", "tracks", "recorded"),
        ("novels", "books", "wrote"), ("divisions", "groups", "formed"), ("Pro Bowlers", "Pro Bowl selections", "had"),
        ("youngsters", "children", "vaccinated"), ("hostages", "captives", "freed"), ("blazes", "fires", "fought"),
        ("autos", "cars", "recalled")]
OTHER = [("civilians", "soldiers", "killed"), ("drones", "missiles", "shot down"), ("employees", "customers", "lost"),
         ("students", "teachers", "hired"), ("goals", "assists", "made"), ("touchdowns", "interceptions", "threw"),
         ("wins", "losses", "recorded"), ("refugees", "soldiers", "sent"), ("jets", "helicopters", "sent"),
         ("tanks", "artillery pieces", "lost"), ("submarines", "warships", "sank"),
         ("conscripts", "soldiers", "captured"),
         ("mercenaries", "soldiers", "recruited"), ("rushing yards", "passing yards", "gained"),
         ("deaths", "injuries", "recorded"), ("viewers", "subscribers", "gained"), ("cars", "trucks", "sold"),
         ("rockets", "drones", "fired"), ("doctors", "nurses", "hired"), ("votes", "seats", "won"),
         ("songs", "albums", "released"), ("points", "rebounds", "scored"), ("wins", "draws", "recorded"),
         ("passengers", "crew members", "rescued"), ("Huguenots", "Protestants", "emigrated"),
         ("tanks", "armoured vehicles", "sent"), ("civilians", "children", "killed"),
         ("reservists", "volunteers", "called up"),
         ("homes", "schools", "destroyed"), ("shares", "bonds", "sold"), ("cases", "deaths", "reported"),
         ("boats", "ships", "lost")]
NOUN_FRAMES = ["{n}", "{v} {n}", "someone {v} {n}", "{n} someone {v}"]
OBJECTS = ["something", "drones", "tanks", "troops", "people"]
NOUN_SIM, SAME_ACT = 0.7, 0.7


def _row(name: str, same: np.ndarray, other: np.ndarray, bar: float, allowed: int) -> str:
    """One table row; the last column: the share of same pairs above every other pair but the `allowed` highest (the
    most a bar can link while making as many false links as the plain framing makes at `bar`)."""
    above = float(np.sort(other)[-(allowed + 1)])
    auc = _auc(list(same), list(other))
    return (f"| {name} | {auc:.3f} | {np.mean(same >= bar):.2f} | {np.mean(other >= bar):.2f} "
            f"| {np.mean(same > above):.2f} (> {above:.2f}) |")


def main() -> None:
    from qa.embed import load_embedder

    embedder = load_embedder()
    print(f"{len(SAME)} same-thing and {len(OTHER)} other-thing noun pairs")
    print("| noun framing | ROC AUC | same >= 0.7 | other >= 0.7 | same, with the false links of '{n}' at 0.7 |\n"
          "|---|---|---|---|---|")
    allowed = -1
    for frame in NOUN_FRAMES:
        scores = {}
        for kind, pairs in (("same", SAME), ("other", OTHER)):
            a = embedder.encode([frame.format(n=x, v=v) for x, _, v in pairs])
            b = embedder.encode([frame.format(n=y, v=v) for _, y, v in pairs])
            scores[kind] = np.sum(a * b, axis=1)
        allowed = int(np.sum(scores["other"] >= NOUN_SIM)) if allowed < 0 else allowed
        print(_row(repr(frame), scores["same"], scores["other"], NOUN_SIM, allowed))
    print(f"\n{len(SAME_ACTS)} same-act and {len(OTHER_ACTS)} other-act verb pairs (`verb_pairs.py`), the object fixed")
    print("| verb framing | ROC AUC | same >= 0.7 | other >= 0.7 | same, with the false links of 'something' at 0.7 |\n"
          "|---|---|---|---|---|")
    allowed = -1
    words = sorted({w for pair in SAME_ACTS + OTHER_ACTS for w in pair})
    for obj in OBJECTS:
        frame = f"someone {{}} {obj}"
        vectors = dict(zip(words, embedder.encode([frame.format(w) for w in words]), strict=True))
        same = np.array([float(vectors[a] @ vectors[b]) for a, b in SAME_ACTS])
        other = np.array([float(vectors[a] @ vectors[b]) for a, b in OTHER_ACTS])
        allowed = int(np.sum(other >= SAME_ACT)) if allowed < 0 else allowed
        print(_row(repr(frame), same, other, SAME_ACT, allowed))
        if obj == "drones":
            high = sorted(((round(float(vectors[a] @ vectors[b]), 2), a, b) for a, b in OTHER_ACTS), reverse=True)[:6]
            print(f"|  other-act pairs highest with drones: {high} | | | | |")


if __name__ == "__main__":
    main()
