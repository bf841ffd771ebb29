"""Pure transforms: text, spaCy ``Doc`` and frames in, frames or dataclasses out.

Nothing in this package reads files, the network or the environment, or loads a model: the
model is loaded once at the edge (``flows.nlp``) and a ``Doc`` or ``Language`` is passed in.
"""
