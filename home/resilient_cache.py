"""Django's Redis cache, made to degrade instead of failing: with Redis out of reach the site runs
on the database alone.

Everything the site keeps in Redis can be rebuilt from the database: whole pages and fragments
(home.page_cache, home.cache), performance figures (feedback.performance), the cached copy of each
session (`cached_db` sessions: the database holds every session) and rate-limit counters (ours in
home.ratelimit, allauth's). So when Redis does not answer, each operation answers as an empty cache
would instead of raising: reads miss, writes are dropped, `add` reports success (allauth's rate
limits take a lock with it: failing it would refuse every sign-in), and `incr` raises ValueError as
for a missing key. Pages are rendered from the database, sessions are read from and written to the
database, and rate limits let every attempt through (home.ratelimit logs that it is not counting).

A small circuit breaker keeps pages from waiting on Redis: after a failure, this process skips Redis
for RETRY_SECONDS, then tries again with the next operation. Connections use short timeouts
(settings: OPTIONS socket_connect_timeout and socket_timeout), so a Redis that does not even refuse
costs a request at most one timeout per retry. One warning is logged when an outage starts and one
line when Redis answers again, per process, not per operation. Nothing needs a restart: redis-py
reconnects on its own.

Stale copies after an outage. A write dropped during the outage leaves Redis with an older value
than the database, and Redis usually comes back with its data: a session changed (a wizard step, a
sign-out, a new session key at sign-in) would be read back in its old state, a signed-out session
would be signed in again, a purge or a content-version bump would be lost and old pages served. So
each process remembers the keys it could not write or delete (up to MAX_REMEMBERED_KEYS), and the
first operation that succeeds after the outage deletes them from Redis before anything else: the
next reader misses and rebuilds from the database, which is right for every key the site uses (a
missing page generation or content version means "rebuild", see home.page_cache and home.cache).
Deleting, not replaying the values: two processes may have written the same session in turn, and
replaying would let the slower one put back the older copy. If more keys were dropped than it can
remember, the process deletes every key under the site's KEY_PREFIX instead, which is what a Redis
restart does (and the site is built to start from an empty Redis). What is left: between one
process's recovery and another's (at most RETRY_SECONDS apart), the second process's dropped writes
are not yet undone; and a worker killed during the outage forgets its list (its dropped keys age
out with their timeouts).
"""

import glob
import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5.0
MAX_REMEMBERED_KEYS = 20_000
# What a Redis out of reach raises: redis-py's errors, and socket errors it lets through.
UNREACHABLE = (RedisError, OSError)
_MISSING = object()


class _Outage:
    """One process's view of one Redis server: shared by the cache objects of every thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.since: float | None = None  # time.time() when the current outage started
        self.retry_at = 0.0  # time.monotonic() after which Redis is tried again
        self.dropped: set[str] = set()  # keys written or deleted in Redis's absence
        self.overflowed = False


_outages: dict[str, _Outage] = {}
_outages_lock = threading.Lock()


def _outage_for(location: str) -> _Outage:
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


class ResilientRedisCache(RedisCache):
    """RedisCache that answers as an empty cache while Redis is out of reach; see the module docstring.

    OPTIONS may set `retry_seconds` (default RETRY_SECONDS); the other options go to redis-py.
    """

    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        self.retry_seconds = float(options.pop("retry_seconds", RETRY_SECONDS))
        super().__init__(server, {**params, "OPTIONS": options})
        self._outage = _outage_for(str(server))

    @property
    def outage_since(self) -> float | None:
        """When this process last found Redis out of reach (time.time()), or None while it answers."""
        return self._outage.since

    def _run(self, operation, default, dropped_keys=None):
        """operation() against Redis, or `default` when it is out of reach (then the keys that
        dropped_keys() names are remembered, to be deleted on recovery)."""
        outage = self._outage
        if outage.since is not None and time.monotonic() < outage.retry_at:
            self._remember(dropped_keys)
            return default
        try:
            if outage.since is not None:
                self._recover()
            return operation()
        except UNREACHABLE as error:
            self._fail(error)
            self._remember(dropped_keys)
            return default

    def _fail(self, error):
        outage = self._outage
        with outage.lock:
            outage.retry_at = time.monotonic() + self.retry_seconds
            if outage.since is None:
                outage.since = time.time()
                logger.warning(
                    "Cache (Redis) out of reach, running without it until it answers: pages from "
                    "the database, sessions from the database, rate limits not enforced (%s: %s)",
                    type(error).__name__,
                    error,
                )

    def _remember(self, dropped_keys):
        outage = self._outage
        if dropped_keys is None or outage.overflowed:
            return
        keys = dropped_keys()
        with outage.lock:
            if outage.overflowed:
                return
            outage.dropped.update(keys)
            if len(outage.dropped) > MAX_REMEMBERED_KEYS:
                outage.overflowed, outage.dropped = True, set()

    def _recover(self):
        """Redis may answer again: delete what this process could not write, then close the outage.

        Raises (and the outage stays open) if Redis still does not answer."""
        outage = self._outage
        with outage.lock:
            if outage.since is None:  # another thread got there first
                return
            keys, overflowed = list(outage.dropped), outage.overflowed
            client = self._cache.get_client(None, write=True)
            if overflowed:
                pattern = glob.escape(self.key_prefix) + ":*" if self.key_prefix else "*"
                batch = []
                for key in client.scan_iter(match=pattern, count=1000):
                    batch.append(key)
                    if len(batch) == 1000:
                        client.delete(*batch)
                        batch = []
                if batch:
                    client.delete(*batch)
            else:
                for start in range(0, len(keys), 1000):
                    client.delete(*keys[start : start + 1000])
            seconds = time.time() - outage.since
            outage.since, outage.dropped, outage.overflowed = None, set(), False
        logger.warning(
            "Cache (Redis) answers again after %.0f s; %s",
            seconds,
            "every key of this site deleted (too many writes were dropped to list them)"
            if overflowed
            else f"{len(keys)} keys written meanwhile deleted, to be rebuilt from the database",
        )

    # Each operation: Django's, or what an empty cache would answer. Writes name the keys they touch,
    # remembered only when the write is dropped.

    def _keys(self, keys, version):
        return lambda: [self.make_key(key, version=version) for key in keys]

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        add = super().add
        return self._run(lambda: add(key, value, timeout, version), True, self._keys([key], version))

    def get(self, key, default=None, version=None):
        get = super().get
        return self._run(lambda: get(key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        set_ = super().set
        self._run(lambda: set_(key, value, timeout, version), None, self._keys([key], version))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        touch = super().touch
        return self._run(lambda: touch(key, timeout, version), False)

    def delete(self, key, version=None):
        delete = super().delete
        return self._run(lambda: delete(key, version), False, self._keys([key], version))

    def get_many(self, keys, version=None):
        get_many = super().get_many
        return self._run(lambda: get_many(keys, version), {})

    def has_key(self, key, version=None):
        has_key = super().has_key
        return self._run(lambda: has_key(key, version), False)

    def incr(self, key, delta=1, version=None):
        incr = super().incr
        value = self._run(lambda: incr(key, delta, version), _MISSING, self._keys([key], version))
        if value is _MISSING:
            raise ValueError(f"Key '{key}' not found (the cache is out of reach).")
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        set_many = super().set_many
        return self._run(lambda: set_many(data, timeout, version), [], self._keys(list(data), version))

    def delete_many(self, keys, version=None):
        delete_many = super().delete_many
        self._run(lambda: delete_many(keys, version), None, self._keys(list(keys), version))

    def clear(self):
        clear = super().clear
        return self._run(clear, False)
