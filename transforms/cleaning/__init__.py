"""Building blocks of ingest and cleaning (decoding, fields, markup, paragraphs, boilerplate, metadata).

The public entry points are :func:`transforms.parse.parse_raw`, :func:`transforms.clean.clean_record`
and :func:`transforms.ingest.ingest_file`; the modules here are their single-purpose helpers.
"""
