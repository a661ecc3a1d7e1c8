"""The one site spider (site.py) and the loader that makes `scrapy crawl <site key>` work."""
