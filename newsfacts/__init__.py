"""newsfacts: English news articles -> validated Parquet tables of entities, quotes and numbers."""

__version__ = "0.1.0"
