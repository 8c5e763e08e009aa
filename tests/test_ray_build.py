"""`build_index(..., ray=...)` and `qa-index build --ray`: the same index as the in-process build, on a local Ray
instance, on a two-node cluster on this machine, and with an embedding actor killed mid-build.

Skipped, saying why, without Ray (the optional extra `cluster`: `make install-cluster`).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from questions import ANSWERABLE, CONFLICTS, FOLLOW_UPS, NEAR_MISSES, QUESTIONS, UNANSWERABLE

pytest.importorskip("ray", reason="Ray is the optional extra `cluster` (make install-cluster)")

from qa import dense, dense_files, store, trust, vector_rows  # noqa: E402
from qa.answer import answer_with  # noqa: E402
from qa.build import build_index  # noqa: E402
from qa.records import Answer  # noqa: E402
from qa.retrieve import load_index  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.ray]

# Vector files are compared within 1e-3 cosine, not byte for byte: on a CPU with AMX (Sapphire Rapids) oneDNN's bf16
# kernels round differently by thread count and padded width, so a Ray worker's vectors differ from the driver's in
# the last bf16 bit (cosine >= 0.99997); on AVX-512 without AMX they happened to be equal.
VECTORS = {dense.FILE, dense.DELTA_FILE, vector_rows.BASE, vector_rows.DELTA}
NOT_ROWS = VECTORS | {"manifest.json", ".verified.json"}  # the manifest names the version's time and checksums
EMBED_ACTOR_CALL = b"ray::_Embed.embed"  # an embedding actor's title while it embeds
# How far those last-bit differences move a sentence's score: enough to swap two closest sentences that tie this
# closely (stop 45's question "Where did the Shameless founders work ...?", off the shipped articles' topic, showed
# new.txt's sentence from one build and the Wagner sentence from the other, their scores within it)
TIED = 2e-3


@pytest.fixture(scope="module")
def local_ray():
    """A local Ray instance with two CPUs (two workers), for this module's in-process builds."""
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _questions() -> list[tuple[str, list[dict[str, str]] | None]]:
    asked = [(q, None) for q, _ in ANSWERABLE + CONFLICTS] + [(q, None) for q in UNANSWERABLE + NEAR_MISSES]
    asked += [(q, history) for history, q, _ in FOLLOW_UPS]
    asked += [(q.question, [{"role": "user", "content": h} for h in q.history] or None) for q in QUESTIONS]
    return asked


_ANSWERS: dict[str, list[Answer]] = {}


def _content(version: Path) -> str:
    """A digest of everything answering reads from a version: each file's name and bytes (the manifest's without its
    build time); not the folder's name, nor the trust record an open writes."""
    digest = hashlib.sha256()
    for path in sorted(p for p in version.iterdir() if p.name != trust.RECORD):
        data = path.read_bytes()
        if path.name == store.MANIFEST:
            manifest = json.loads(data)
            manifest.pop("built_at")
            data = json.dumps(manifest, sort_keys=True).encode()
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()


def _answers(index_dir: Path) -> list[Answer]:
    """The answer to each of `_questions()` from the index's current version, computed once per content: a version
    whose files are byte for byte those of one already answered (the shipped index, the expected side of three tests
    here, or a Ray build that came out identical) loads the same index and so gives the same answers."""
    content = _content(store.current_version(index_dir))
    if content not in _ANSWERS:
        index = load_index(index_dir)
        _ANSWERS[content] = [answer_with(index, question, history) for question, history in _questions()]
    return _ANSWERS[content]


def assert_same_index(expected: Path, actual: Path) -> None:
    """Same rows, duplicate groups, BM25 weights and words; vectors within 1e-3 cosine; the same answers."""
    a, b = store.current_version(expected), store.current_version(actual)
    names = sorted(p.name for p in a.iterdir() if p.name not in NOT_ROWS)
    assert names == sorted(p.name for p in b.iterdir() if p.name not in NOT_ROWS)
    assert {"articles.jsonl", "chunks.npy", "sentences.npy", "article_text.npy", "bm25_base_data.npy"} <= set(names)
    for name in names:  # every row table, string column, BM25 array and the words, byte for byte
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    for read in (lambda v: dense.vectors_of(dense_files.read(v, store.read_manifest(v), mmap=False)),
                 lambda v: (s := vector_rows.read(v, store.read_manifest(v)))[np.arange(len(s))].astype(np.float32)):
        va, vb = read(a), read(b)
        assert va.shape == vb.shape and len(va) > 0
        cosine = np.sum(va * vb, axis=1) / np.linalg.norm(va, axis=1) / np.linalg.norm(vb, axis=1)
        assert cosine.min() > 1 - 1e-3
    for (question, _), a, b in zip(_questions(), _answers(expected), _answers(actual), strict=True):
        assert a.text == b.text or _tied(a, b), (question, a.text, b.text)


def _tied(a: Answer, b: Answer) -> bool:
    """The same answer but for its closest sentences, each shown in place of one whose score ties with it (`TIED`):
    the same verdict and quotes, and the closest sentences' scores alike."""
    def cited(answer: Answer) -> list[tuple[str, int, int]]:
        return [(q.doc_id, q.start, q.end) for q in answer.quotes]

    ties = zip(sorted(q.score for q in a.related), sorted(q.score for q in b.related), strict=False)
    return (a.abstention == b.abstention and cited(a) == cited(b) and len(a.related) == len(b.related)
            and all(abs(x - y) <= TIED for x, y in ties))


def test_a_ray_build_writes_the_in_process_index(local_ray, shipped_index, tmp_path):
    stats = build_index(shipped_index.parent / "articles", tmp_path / "index", ray="auto")
    assert stats.n_embedded + stats.n_reused == stats.n_chunks + stats.n_sentences  # reused: repeated texts
    assert stats.n_embedded > stats.n_chunks
    assert_same_index(shipped_index, tmp_path / "index")


def test_a_ray_rebuild_embeds_only_new_text_as_in_process(local_ray, shipped_index, tmp_path):
    built = {}
    for where, ray in (("here", None), ("ray", "auto")):
        corpus, index_dir = tmp_path / where / "articles", tmp_path / where / "index"
        shutil.copytree(shipped_index.parent / "articles", corpus)
        shutil.copytree(shipped_index, index_dir)
        (corpus / "new.txt").write_text("Reservists were called up on Tuesday in the north of the country. "
                                        "They reported to barracks in Murmansk on Wednesday morning.\n")
        built[where] = build_index(corpus, index_dir, ray=ray)
    here, on_ray = built["here"], built["ray"]
    assert 0 < on_ray.n_embedded == here.n_embedded <= 3  # the new article's chunk and two sentences at most
    assert on_ray.n_reused == here.n_reused
    assert_same_index(tmp_path / "here" / "index", tmp_path / "ray" / "index")


def _embedding_actor() -> int | None:
    """The pid of an embedding actor in the middle of a batch, if any."""
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and (proc / "cmdline").read_bytes().startswith(EMBED_ACTOR_CALL):
                return int(proc.name)
        except OSError:
            continue
    return None


def test_a_worker_killed_while_embedding_is_replaced_and_the_build_completes(local_ray, shipped_index, tmp_path):
    killed: list[int] = []

    def kill_one() -> None:
        deadline = time.monotonic() + 300
        while not killed and time.monotonic() < deadline:
            pid = _embedding_actor()
            if pid is not None:
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
            time.sleep(0.05)

    killer = threading.Thread(target=kill_one)
    killer.start()
    try:
        build_index(shipped_index.parent / "articles", tmp_path / "index", ray="auto")
    finally:
        killer.join()
    assert killed, "no embedding actor was seen at work"
    assert_same_index(shipped_index, tmp_path / "index")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ray_cli(*args: str) -> subprocess.Popen:
    """`ray start ... --block`: a node that lives until this process is stopped (by its pid, never `ray stop`,
    which stops every Ray process on the machine)."""
    ray = Path(sys.executable).with_name("ray")
    return subprocess.Popen([str(ray), "start", "--block", "--num-cpus=1", "--disable-usage-stats", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)


RAY_START_SECONDS = 300  # a node's start: ~10 s alone, several times that on a busy machine


def _wait_for_port(port: int) -> None:
    deadline = time.monotonic() + RAY_START_SECONDS
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.5)
    raise AssertionError(f"the Ray head never listened on port {port}")


def _wait_for_nodes(address: str, n: int) -> None:
    """Until the cluster at `address` has `n` live nodes (asked in a child process: this one has its own Ray)."""
    ask = f"import ray; ray.init(address={address!r}); print(sum(x['Alive'] for x in ray.nodes()))"
    deadline = time.monotonic() + RAY_START_SECONDS
    while time.monotonic() < deadline:
        out = subprocess.run([sys.executable, "-c", ask], capture_output=True, text=True, timeout=120).stdout
        if out.strip() == str(n):
            return
        time.sleep(1)
    raise AssertionError(f"the Ray cluster at {address} never had {n} nodes")


def _stop(node: subprocess.Popen) -> None:
    node.send_signal(signal.SIGTERM)  # `ray start --block` stops its node's processes when it is stopped
    try:
        node.wait(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(node.pid, signal.SIGKILL)
        node.wait()


def test_a_two_node_cluster_builds_the_same_index_through_the_cli(shipped_index, tmp_path):
    port = _free_port()
    address = f"127.0.0.1:{port}"
    temp = tempfile.mkdtemp(prefix="qa-ray-", dir="/tmp")  # short: Ray's socket paths must fit in 107 bytes
    nodes = [_ray_cli("--head", f"--port={port}", "--include-dashboard=false", f"--temp-dir={temp}")]
    try:
        _wait_for_port(port)
        nodes.append(_ray_cli(f"--address={address}"))
        _wait_for_nodes(address, 2)
        done = subprocess.run([sys.executable, "-m", "qa", "-v", "build", str(shipped_index.parent / "articles"),
                               "--index", str(tmp_path / "index"), "--ray", address, "-q"],
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.startswith("indexed 3 articles")
        assert f"building on the Ray cluster at {address}: 2 nodes, 2 CPUs" in done.stderr
    finally:
        for node in reversed(nodes):
            _stop(node)
        shutil.rmtree(temp, ignore_errors=True)
    assert_same_index(shipped_index, tmp_path / "index")
