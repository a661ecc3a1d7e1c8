"""Scrapy settings for khaosan plus every KHAOSAN_* setting, one comment each."""

BOT_NAME = "khaosan"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Politeness: defaults are for real government servers (slow and polite).
USER_AGENT = "khaosan/0.1 (+https://github.com/khaosan/khaosan; Thai government news archiver)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # at most 2 concurrent requests per host
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50% random variation of the delay
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Faults: bounded time and size per response; retries only for 5xx and timeouts.
DOWNLOAD_TIMEOUT = 30  # seconds before a request is given up (then retried)
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # bytes after decompression; bigger responses are dropped
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5
DNS_TIMEOUT = 20
HTTPERROR_ALLOW_ALL = False

# Loopback replica hosts (tests, demo, benchmarks) skip the production delays: no delay,
# no AutoThrottle, more concurrency. Set KHAOSAN_POLITE_LOOPBACK = True to keep them.
KHAOSAN_LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1"]
KHAOSAN_POLITE_LOOPBACK = False
# Incremental runs re-fetch the articles of this many newest listing pages to catch edits.
KHAOSAN_RECHECK_PAGES = 1
# Listing pages walked at most per run (0 = no limit); a guard against endless pagination.
KHAOSAN_MAX_LISTING_PAGES = 0

# Where articles go; `--db` and `-s KHAOSAN_DB=...` override it.
KHAOSAN_DB = "data/khaosan.db"
# Upserts are buffered and written in one transaction per batch.
KHAOSAN_DB_BATCH = 50

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ThaiEncodingMiddleware": 590,
}

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 300,
    "pipelines.store.SQLitePipeline": 900,
    # closes before the store (Scrapy closes pipelines in reverse), so the run row gets the status
    "pipelines.health.HealthPipeline": 950,
}
# A run exits 3 when more than this share of its articles lack a title, date or body.
KHAOSAN_HEALTH_MAX_MISSING = 0.5

LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
