"""khaosan: crawl Thai government news into a clean SQLite database."""

__version__ = "0.1.0"
