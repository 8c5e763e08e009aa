"""NumPy's OpenBLAS helper threads told to sleep as soon as a product is done: set before NumPy loads OpenBLAS
(`qa/__init__.py` imports this module first, so any `import qa...` does it; a caller's own setting is kept).

OpenBLAS splits a large enough product over both cores, then by default keeps its helper thread spinning for 2^28
cycles (~0.1 s here) in wait of the next one. Over 200 MultiHop-RAG questions that was 15 ms of CPU a question, on
the core the embedding workers and spaCy need (`benchmarks/RESULTS.md`, "p95"). The threads and how a product is
split are unchanged, so every product, and so every answer, is the same bit for bit.
"""

import os

os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")  # 2^4 cycles, OpenBLAS's least: sleep at once
