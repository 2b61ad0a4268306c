"""Platform connectors: fetch public mentions page by page and normalize them.

This package imports nothing else of brandrisk's; flows wire it to storage and analysis.
"""
