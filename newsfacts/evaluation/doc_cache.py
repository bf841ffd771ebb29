"""An optional on-disk cache of parsed Docs for the eval commands (``--doc-cache DIR``).

Parsing is most of an eval's time; while a rule is tuned only the extractor changes. The cache is
a directory holding, per model and pipeline, one file ``<model>+<pipeline key>.docs`` (for a model
given as a pipeline directory, ``<lang>_<name>-<version>-<path digest>`` from its meta.json
stands for ``<model>``: ``flows.nlp.model_key``): the SHA-256
of each cached text and a ``spacy.tokens.DocBin`` of their Docs, written together so that keys and
Docs can never come from two different writes. The pipeline key (``flows.nlp.pipeline_key``)
digests the pipeline's components and the paragraph-break rule, so a Doc parsed by another
pipeline of the same model is never reused. A Doc is reused when its model, pipeline key and
text hash match; texts not in the cache are parsed and added. Writes take a lock
(``<model>.lock``), merge with what is on disk by then and replace the file atomically, so evals running at once with the same directory (say, on two halves
of a dev set) add to the cache instead of overwriting each other's Docs. Off by default: a cache
that outlives a model upgrade under the same name would be stale, so delete the directory when
the model changes.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

_MAGIC = b"newsfacts-doc-cache-1\n"


def text_key(text: str) -> str:
    """The cache key of one text: SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _files(cache_dir: Path, model: str) -> tuple[Path, Path]:
    safe = "".join(c if c.isalnum() or c in "-_.+" else "_" for c in model)
    return cache_dir / f"{safe}.docs", cache_dir / f"{safe}.lock"


def _read(path: Path, vocab: Vocab) -> dict[str, Doc]:
    """The cached Docs by text key; empty when the file is missing or not a cache file."""
    from spacy.tokens import DocBin

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return {}
    if not data.startswith(_MAGIC):
        return {}
    start = len(_MAGIC) + 8
    size = int.from_bytes(data[len(_MAGIC) : start], "big")
    keys = json.loads(data[start : start + size].decode("utf-8"))
    docs = list(DocBin().from_bytes(data[start + size :]).get_docs(vocab))
    if len(keys) != len(docs):
        return {}
    return dict(zip(keys, docs, strict=True))


@contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def store_docs(cache_dir: Path, model: str, docs: dict[str, Doc], *, vocab: Vocab) -> int:
    """Add ``docs`` (by text key) to the cache of ``model``, keeping what other runs stored
    meanwhile; return how many Docs the cache holds afterwards."""
    from spacy.tokens import DocBin

    path, lock_path = _files(cache_dir, model)
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _locked(lock_path):
        merged = _read(path, vocab)
        merged.update(docs)
        order = list(merged)
        db = DocBin(store_user_data=False)
        for key in order:
            db.add(merged[key])
        keys = json.dumps(order).encode("utf-8")
        fd, tmp = tempfile.mkstemp(dir=cache_dir, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(_MAGIC + len(keys).to_bytes(8, "big") + keys + db.to_bytes())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return len(order)


def cached_docs(
    texts: Sequence[str],
    *,
    model: str,
    cache_dir: Path,
    load: Callable[[str], Language],
    pipeline_key: Callable[[Language], str] | None = None,
    model_key: Callable[[str], str] | None = None,
) -> tuple[list[Doc], int]:
    """Docs of ``texts`` (in order) and how many had to be parsed. Cached Docs are read into the
    loaded model's vocab, so lexical attributes (``like_num``, ``is_stop``) are the model's.
    ``pipeline_key(nlp)``, when given, is part of the cache file's name, which starts with
    ``model_key(model)`` (else ``model``)."""
    nlp = load(model)
    base = model if model_key is None else model_key(model)
    name = base if pipeline_key is None else f"{base}+{pipeline_key(nlp)}"
    known = _read(_files(cache_dir, name)[0], nlp.vocab)
    wanted = [text_key(t) for t in texts]
    missing = sorted({k: i for i, k in enumerate(wanted) if k not in known}.values())
    if missing:
        fresh: Iterable[Doc] = nlp.pipe(texts[i] for i in missing)
        new = {wanted[i]: doc for i, doc in zip(missing, fresh, strict=True)}
        store_docs(cache_dir, name, new, vocab=nlp.vocab)
        known.update(new)
    return [known[k] for k in wanted], len(missing)
