"""Pure functions that turn crawled pages into clean article records, and their storage."""
