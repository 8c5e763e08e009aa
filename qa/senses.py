"""Whether two words mean nearly the same, read from the index's embedding model (all-MiniLM-L6-v2): what a figure
counts ("troops" ~ "soldiers") and what is done ("delivered" ~ "sent", "escaped" ~ "fled").

A noun is embedded alone. A verb alone is a poor vector (MiniLM puts "deliver"/"send" at 0.51, under "lose"/"kill"
at 0.59), so a verb is embedded in a frame that makes it one, ACT_FRAME ("someone delivered something": 0.73); the
frame was chosen on a list of verb pairs of news reports, not on a question set (`benchmarks/verb_pairs.py`). WordNet
was measured too and is not used: it links neither "deliver"/"send" nor "mass"/"amass" (README, "Libraries").
Each word is embedded once per process and model.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from qa.embed import Embedder
from qa.tokens import tokenize

NOUN_SIM = 0.7  # cosine of two nouns' vectors above which one counts the other ("troops" 0.89 "soldiers";
# "civilians" 0.65 "soldiers", "men" 0.52 "soldiers": a count of soldiers is no count of civilians)
ACT_FRAME = "someone {} something"
SAME_ACT = 0.7  # framed verbs this close do the same thing ("delivered"/"sent" 0.73, "escaped"/"fled" 0.85; not
# "lost"/"destroyed" 0.57: "Ukrainian forces have destroyed 5,348 vehicles" is no count of what Ukraine lost)
OTHER_ACT = 0.45  # ... this far apart, another thing ("died"/"mass" 0.32, "started"/"killed" 0.39; "lost"/"died"
# 0.63 and "lost"/"killed" 0.49 are one loss told two ways)
# A noun counts people when the model puts it this much nearer "people" than "things" ("employees" +0.33, "civilians"
# +0.35, "soldiers" +0.17; "shares" +0.07, "companies" +0.05, "tanks" -0.06): "How many people did Google lay off?" is
# answered by "12,000 employees" (46 plural nouns of news reports, 23 of people: 19 pass, none of the 23 others)
PEOPLE_MARGIN = 0.1
_VECTORS: dict[tuple[str, str], np.ndarray] = {}  # (model, text) -> its vector, embedded once per process


def _key(word: str) -> str:
    return word.lower()


@dataclass(frozen=True, slots=True)
class Senses:
    """Word meanings by one model: `encode` embeds texts as L2-normalised rows, `model` names it for the cache."""

    encode: Callable[[Sequence[str]], np.ndarray]
    model: str

    @classmethod
    def of(cls, embedder: Embedder) -> Senses:
        """Word meanings by `embedder` (an index's model: `Index.embedder`), cached under its name."""
        return cls(embedder.encode, embedder.name)

    def _vectors(self, texts: Iterable[str]) -> dict[str, np.ndarray]:
        texts = list(dict.fromkeys(texts))
        missing = [t for t in texts if (self.model, t) not in _VECTORS]
        if missing:
            for text, vector in zip(missing, self.encode(missing), strict=True):
                _VECTORS[(self.model, text)] = np.asarray(vector, dtype=np.float32)
        return {t: _VECTORS[(self.model, t)] for t in texts}

    def prepare(self, nouns: Iterable[str] = (), verbs: Iterable[str] = ()) -> None:
        """Embed in one batch the words likely compared next (any other is embedded when first compared)."""
        self._vectors([*(_key(n) for n in nouns if n), *(ACT_FRAME.format(_key(v)) for v in verbs if v)])

    def _cosine(self, a: str, b: str) -> float:
        vectors = self._vectors([a, b])
        return float(vectors[a] @ vectors[b])

    def same_thing(self, a: str, b: str, bar: float = NOUN_SIM) -> bool:
        """Whether a count of `a` counts `b`: the same words, or words embedded alone within `bar`."""
        return set(tokenize(a)) == set(tokenize(b)) or self._cosine(_key(a), _key(b)) >= bar

    def of_people(self, noun: str) -> bool:
        """Whether `noun` names people ("employees", "civilians"), not things: a count of it is a count of people."""
        vectors = self._vectors([_key(noun), "people", "things"])
        return float(vectors[_key(noun)] @ (vectors["people"] - vectors["things"])) >= PEOPLE_MARGIN

    def act(self, a: str, b: str) -> float:
        """How near two verbs' acts are: 1 for the same word, else the cosine of their framed vectors."""
        if set(tokenize(a)) == set(tokenize(b)):
            return 1.0
        return self._cosine(ACT_FRAME.format(_key(a)), ACT_FRAME.format(_key(b)))

    def same_act(self, a: str, b: str) -> bool:
        """Whether two verbs do the same thing ("delivered" and "sent")."""
        return self.act(a, b) >= SAME_ACT
