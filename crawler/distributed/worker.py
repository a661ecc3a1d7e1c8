"""KhaosanWorker: RQ's Worker, leaving at once when it stops (imported only by `khaosan worker`)."""

from __future__ import annotations

from rq import Worker


class KhaosanWorker(Worker):
    """An RQ worker whose exit does not wait a minute on its pubsub thread.

    RQ 3.0's unsubscribe() calls the listener thread's stop(), which since redis-py 8 joins the
    thread, itself blocked in a 60-second read: a stopping (or burst) worker lingered a minute
    after "done, quitting". The listener is a daemon thread, so a bounded wait is enough.
    """

    def unsubscribe(self) -> None:
        if not self.pubsub_thread:
            return
        self.log.info("Worker %s: unsubscribing from channel %s", self.name,
                      self.pubsub_channel_name)  # fmt: skip
        self.pubsub.unsubscribe()
        try:
            self.pubsub_thread.stop(timeout=1)  # redis-py >= 8: stop() joins, bounded here
        except TypeError:
            self.pubsub_thread.stop()  # older redis-py: stop() only clears the flag
            self.pubsub_thread.join(timeout=1)
