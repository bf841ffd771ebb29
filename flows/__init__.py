"""Prefect flows and tasks: the I/O edge of newsfacts (files, model loading, publishing)."""
