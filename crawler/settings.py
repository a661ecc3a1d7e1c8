"""Scrapy settings for khaosan plus every KHAOSAN_* setting, one comment each."""

BOT_NAME = "khaosan"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# `scrapy crawl <site key>`: a SiteSpider per crawler/sites.toml entry (crawler/spiders/loader.py)
SPIDER_LOADER_CLASS = "crawler.spiders.loader.SiteSpiderLoader"

# Politeness: defaults are for real government servers (slow and polite).
USER_AGENT = "khaosan/0.1 (+https://github.com/khaosan/khaosan; Thai government news archiver)"
# Thai first: a bilingual site answers by Accept-Language (Scrapy's default asks for English), and
# the Thai page is the record (its English twin is a translation, or an untranslated stub).
DEFAULT_REQUEST_HEADERS = {
    "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "Accept-Language": "th,en;q=0.8",
}
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2  # at most 2 concurrent requests per host
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50% random variation of the delay (lengthens it only, below)
# At most this many requests per second to one host, counted when each is sent
# (crawler/host_rate.py); 0 = one per DOWNLOAD_DELAY, so jitter never shortens the delay.
KHAOSAN_HOST_RATE = 0.0
# Scrapy's HTTP/1.1 handler with that ceiling in front of it.
DOWNLOAD_HANDLERS = {
    "http": "crawler.host_rate.HostRateHandler",
    "https": "crawler.host_rate.HostRateHandler",
}
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Faults: bounded time and size per response; retries only for 5xx and timeouts.
# (docs/reliability.md: every fault tried, the defence, the test that proves it.)
DOWNLOAD_TIMEOUT = 30  # seconds for a whole response (connect + body) before it counts as a timeout
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024  # bytes, on the wire AND after gzip/deflate/br decompression
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024  # bytes; bigger responses are logged (still processed)
RETRY_ENABLED = True
RETRY_TIMES = 2  # retries after the first try (3 requests at most), with backoff (below)
# 5xx, a request timeout (408) and a rate limit (429, "Too Many Requests": come back after its
# Retry-After); other 4xx are never retried
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
REDIRECT_MAX_TIMES = 5  # a longer chain (a loop) is dropped and recorded as kind "redirect"
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
# Milliseconds a connection waits for another process's write lock before the run gives up.
KHAOSAN_DB_BUSY_TIMEOUT_MS = 30000
# Learn each site's template from its pages; drop what recurs on most (pipelines/site_profile.py).
KHAOSAN_SITE_PROFILE = True
# Upserts are buffered and written in one transaction per batch.
KHAOSAN_DB_BATCH = 50
# Who puts stored articles into the Thai search index: "process" (an indexer process beside the
# crawl segments them; the crawl ends once all are indexed) or "inline" (the crawl does it).
KHAOSAN_INDEXER = "process"
# `crawl --all` crawls at most this many sites at once at first and starts the next as one ends
# (0: every site at once); a run's memory follows this number, not the registry's size.
KHAOSAN_CONCURRENT_SITES = 16
# ... and lets more run while the crawl process has CPU to spare (a run held by the sites'
# politeness, not by parsing): crawler/site_gate.py. False keeps the number fixed.
KHAOSAN_CONCURRENT_SITES_GROW = True
# Where article pages are read: "off" (the default: in the crawl process, one process fewer),
# "auto" (in a worker process beside the crawl, pipelines/extract_worker.py, with two CPUs or
# more, after a crawler's first 16 article pages) or "on" (the worker from the first page).
# The worker makes a CPU-bound crawl faster on a free core and costs about 60 MB
# (bench/RESULTS.md, "Extraction worker").
KHAOSAN_EXTRACT_WORKER = "off"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ThaiEncodingMiddleware": 585,  # after decompression (590)
}

ITEM_PIPELINES = {
    "pipelines.normalize.NormalizePipeline": 300,
    "pipelines.store.SQLitePipeline": 900,
    # closes before the store (Scrapy closes pipelines in reverse), so the run row gets the status
    "pipelines.health.HealthPipeline": 950,
}
# Outputs (items, requests) of one response handled at once. Scrapy's 100 suits pipelines that
# wait on the network; khaosan's are synchronous, and Scrapy starts this many asyncio tasks for
# every response (bench/RESULTS.md, "Scale (issue 18)"). 16, not 1: up to 32 links of a listing
# still reach the scheduler before any is fetched, so a serial crawl walks in the same order (a
# generic site's profile, hence its records, depends on that order: tests/test_records.py).
CONCURRENT_ITEMS = 16
# Scrapy parses a callback's source with ast to warn of `return value` in generators; its cache
# holds the bound method weakly, and each request makes its own, so the entry went with the
# request that made it and the source was parsed again and again (2 % of a crawl's CPU in
# py-spy). khaosan's callbacks return no values.
WARN_ON_GENERATOR_RETURN_VALUE = False
# A run exits 3 when more than this share of its articles lack a title, date or body.
KHAOSAN_HEALTH_MAX_MISSING = 0.5

LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"

# -- operations --
# Progress display and the end-of-run summary (crawler/progress.py). Scrapy 2.19's remote
# control (an HTTP server on localhost that runs code sent with its token) is off: khaosan never
# uses it, and its module alone (aiohttp) costs a crawl process 10 MB.
EXTENSIONS = {
    "crawler.progress.Progress": 500,
    "scrapy.extensions.remote_control.RemoteControl": None,
}
REMOTE_CONTROL_ENABLED = False
# auto: a live line when stderr is a terminal, plain log lines otherwise; or tty, log, off.
KHAOSAN_PROGRESS = "auto"
# Seconds between progress log lines when stderr is not a terminal.
KHAOSAN_PROGRESS_INTERVAL = 30.0
# Write the run's summary to stderr when the spider closes (`khaosan crawl` prints it last itself).
KHAOSAN_PRINT_SUMMARY = True

# -- hardening --
# Defences against hostile servers and pages; each refusal is a failures row (kind in brackets).
DOWNLOADER_MIDDLEWARES.update(
    {
        # [offsite] requests and redirects to hosts outside the spider's allowed_hosts
        "crawler.middlewares.OffsiteGuardMiddleware": 60,
        # waits before each retry (the retry itself is Scrapy's RetryMiddleware, 550)
        "crawler.middlewares.RetryBackoffMiddleware": 560,
        # [content_type] [empty] listing/article responses that are not pages: after decompression
        # (590), before Thai decoding (585), so a PNG labelled text/html is content_type
        "crawler.middlewares.ResponseGuardMiddleware": 588,
        # a canonical sent only in the HTTP Link header, written into the article's head
        "crawler.middlewares.LinkCanonicalMiddleware": 587,
        # Scrapy's redirects, a redirect back to the same address let past the duplicate
        # filter (a cookie wall: 302 to itself with Set-Cookie, the page the next time)
        "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
        "crawler.middlewares.SelfRedirectMiddleware": 600,
        # a moved address's short page that sends the browser on by script (after Scrapy's
        # meta refresh, 580)
        "crawler.middlewares.ScriptRedirectMiddleware": 579,
        # a frameset page (the list or the text in its main frame) to its main frame
        "crawler.middlewares.FramesetMiddleware": 578,
        # an intro page in front of the site ("เข้าสู่เว็บไซต์ / ENTER SITE"): its way in, then
        # the page asked for (crawler/splash.py)
        "crawler.splash.SplashPageMiddleware": 577,
        # an article linked as its print page: the page it prints (crawler/print_pages.py)
        "crawler.print_pages.PrintPageMiddleware": 576,
    }
)
# [parse] article pages with no title and no body; exceptions raised in callbacks.
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.NoArticleMiddleware": 50,
    # [trap] links longer than URLLENGTH_LIMIT: recorded (Scrapy's own middleware only logs)
    "scrapy.spidermiddlewares.urllength.UrlLengthMiddleware": None,
    "crawler.middlewares.UrlLengthGuardMiddleware": 800,
}
# A Thai alias percent-encodes to 9 characters a letter (a 250-letter headline: 2,250), past
# Scrapy's 2,083 (an old browser's limit); servers take request lines up to 8,190 (Apache's
# LimitRequestLine, nginx's 8k header buffer), longer links are refused and recorded.
URLLENGTH_LIMIT = 8190
# Retry backoff: wait BASE * 2**(n-1) seconds before retry n, or the answer's Retry-After if
# longer, at most MAX seconds (worst case per URL: (RETRY_TIMES+1)*DOWNLOAD_TIMEOUT + 2*MAX).
KHAOSAN_RETRY_BACKOFF_BASE = 1.0
KHAOSAN_RETRY_BACKOFF_MAX = 30.0
# [size] Bytes an article page may have (on the wire and inflated); a real one is 30-300 KB.
# Lower than DOWNLOAD_MAXSIZE (which still bounds listings, feeds and sitemaps): cleaning a page
# costs ~25x its size in memory, and lxml drops text nodes over 10 MB without a word.
KHAOSAN_ARTICLE_MAXSIZE = 8 * 1024 * 1024
# Pages that failed to download completely are errors [connection], never half-parsed.
DOWNLOAD_FAIL_ON_DATALOSS = True
# Bytes of responses held for parsing at once (Scrapy's default, stated: bounds memory).
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 5_000_000
# Memory ceiling: warn at WARNING_MB, close the run cleanly at LIMIT_MB (Linux, checked every 60 s).
MEMUSAGE_ENABLED = True
MEMUSAGE_WARNING_MB = 512
MEMUSAGE_LIMIT_MB = 1024
# Scrapy's disk queue, used only with a JOBDIR: `scrapy crawl` users may set one, khaosan refuses
# it (backfills resume from the database; docs/scheduling.md). LIFO: the queue stays short.
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleLifoDiskQueue"

# -- distributed mode (docs/distributed.md; needs khaosan[dist]) --
# Redis URL a crawl sends its records to instead of KHAOSAN_DB (`--sink`); empty: SQLite as usual.
KHAOSAN_SINK = ""
# Seconds a `--sink` crawl waits for the run of the same site elsewhere on the cluster to end.
KHAOSAN_DIST_LOCK_WAIT = 60.0
# Seconds a site's lock outlives a crawl killed without warning (renewed every third of it).
KHAOSAN_DIST_LOCK_TTL = 60.0
