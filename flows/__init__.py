"""Prefect flows and tasks: the I/O edge of newsfacts (files, model loading, publishing)."""

# Importing the package first sets polars's allocator default (``newsfacts.JEMALLOC_CONF``)
# before any flow module imports polars, also for programs that import a flow directly (a
# Prefect deployment's entry point) rather than through the CLI.
import newsfacts  # noqa: F401
