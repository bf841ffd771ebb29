"""Evaluation commands against annotated gold sets (paths are given by the user)."""
