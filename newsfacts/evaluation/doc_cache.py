"""An optional on-disk cache of parsed Docs for the eval commands (``--doc-cache DIR``).

Parsing is most of an eval's time; while a rule is tuned only the extractor changes. The cache is
a directory holding, per model, a ``spacy.tokens.DocBin`` (``<model>.spacy``) and the SHA-256 of
each cached text (``<model>.json``). A Doc is reused when its model and text hash match; texts not
in the cache are parsed and appended. Off by default: a cache that outlives a model upgrade under
the same name would be stale, so delete the directory when the model changes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def text_key(text: str) -> str:
    """The cache key of one text: SHA-256 of its UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _files(cache_dir: Path, model: str) -> tuple[Path, Path]:
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model)
    return cache_dir / f"{safe}.spacy", cache_dir / f"{safe}.json"


def cached_docs(
    texts: Sequence[str],
    *,
    model: str,
    cache_dir: Path,
    load: Callable[[str], Language],
) -> tuple[list[Doc], int]:
    """Docs of ``texts`` (in order) and how many had to be parsed. Cached Docs are read into the
    loaded model's vocab, so lexical attributes (``like_num``, ``is_stop``) are the model's."""
    from spacy.tokens import DocBin

    bin_path, keys_path = _files(cache_dir, model)
    nlp = load(model)
    known: dict[str, Doc] = {}
    if bin_path.is_file() and keys_path.is_file():
        keys = json.loads(keys_path.read_text(encoding="utf-8"))
        stored = list(DocBin().from_bytes(bin_path.read_bytes()).get_docs(nlp.vocab))
        if len(keys) == len(stored):
            known = dict(zip(keys, stored, strict=True))
    wanted = [text_key(t) for t in texts]
    missing = [i for i, k in enumerate(wanted) if k not in known]
    if missing:
        fresh: Iterable[Doc] = nlp.pipe(texts[i] for i in missing)
        for i, doc in zip(missing, fresh, strict=True):
            known[wanted[i]] = doc
        cache_dir.mkdir(parents=True, exist_ok=True)
        db = DocBin(store_user_data=False)
        order = list(known)
        for k in order:
            db.add(known[k])
        bin_path.write_bytes(db.to_bytes())
        keys_path.write_text(json.dumps(order), encoding="utf-8")
    return [known[k] for k in wanted], len(missing)
