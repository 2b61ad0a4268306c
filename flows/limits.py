"""Prefect global concurrency limits: the platforms' request rates and the one DuckDB writer.

The limits live on the Prefect server, shared by every worker and run that talks to it:

- ``brandrisk-x-api`` and ``brandrisk-reddit-api`` are rate limits (slots that decay): each
  request to a platform API takes one slot first (``rate_limited``), so hourly runs, report
  runs and backfills together stay under the platform's quota instead of finding it with 429s.
- ``brandrisk-duckdb-writer`` is a concurrency limit of one: a flow holds it while it has the
  database open for writing (``writer_slot``), so a second writer queues on the server (and
  shows so in the UI) instead of in DuckDB's lock wait.

``ensure_limits`` creates them with the defaults below (``brandrisk serve`` calls it); ops may
also create or tune them with ``prefect gcl create`` / ``prefect gcl update``. A limit that
does not exist is skipped quietly (one debug line), so ``brandrisk run`` on its temporary
server and ``make demo`` work as before, and without a Prefect API in reach nothing here
calls one.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from connectors.base import RateLimited, TransientError
from flows.store import StoreLocked

log = logging.getLogger(__name__)

X_API = "brandrisk-x-api"
REDDIT_API = "brandrisk-reddit-api"
DUCKDB_WRITER = "brandrisk-duckdb-writer"
API_LIMITS = {"x": X_API, "reddit": REDDIT_API}

# A slot wait shorter than this is not worth stopping a partition for.
MIN_SLOT_WAIT_S = 30.0


@dataclass(frozen=True)
class LimitSpec:
    """A global concurrency limit and why it has the size it has.

    ``slot_decay_per_second`` > 0 makes it a rate limit: a taken slot frees itself after
    ``1 / slot_decay_per_second`` seconds, so ``limit`` is the burst and the decay the rate.
    """

    name: str
    limit: int
    slot_decay_per_second: float
    why: str

    def command(self) -> str:
        """The ``prefect gcl create`` line that makes this limit on a server."""
        decay = f" --slot-decay-per-second {self.slot_decay_per_second:g}"
        return f"prefect gcl create {self.name} --limit {self.limit}" + (
            decay if self.slot_decay_per_second else ""
        )


DEFAULT_LIMITS = (
    LimitSpec(
        name=X_API,
        limit=1,
        slot_decay_per_second=0.5,
        why="one request every 2 s: X's recent search allows 450 requests per 15 minutes per app "
        "(Pro); lower the decay for a smaller plan",
    ),
    LimitSpec(
        name=REDDIT_API,
        limit=10,
        slot_decay_per_second=100 / 60,
        why="bursts of 10, then 100 requests a minute: Reddit's OAuth limit per client id",
    ),
    LimitSpec(
        name=DUCKDB_WRITER,
        limit=1,
        slot_decay_per_second=0.0,
        why="one process writes the DuckDB file at a time",
    ),
)


def _api_in_reach() -> bool:
    """Whether a Prefect API is configured or already running for this process.

    ``PREFECT_API_URL`` unset and no flow or task run means a limit lookup would start a
    temporary server just to learn that no limit exists: seconds lost, so it is skipped.
    Inside a run the run's (possibly temporary) server answers in milliseconds.
    """
    from prefect.context import FlowRunContext, TaskRunContext
    from prefect.settings import PREFECT_API_URL

    return bool(PREFECT_API_URL.value()) or bool(FlowRunContext.get() or TaskRunContext.get())


def existing_limit(name: str) -> Any | None:
    """The server's global concurrency limit ``name`` if it exists and is active, else None.

    Never raises: without a Prefect API in reach, or when the API cannot be read, the limit
    counts as absent (the platforms' own 429 handling and the DuckDB lock wait still hold).
    """
    if not _api_in_reach():
        return None
    from prefect import get_client
    from prefect.exceptions import ObjectNotFound

    try:
        with get_client(sync_client=True) as client:
            found = client.read_global_concurrency_limit_by_name(name)
    except ObjectNotFound:
        log.debug("no Prefect global concurrency limit %r: not limiting", name)
        return None
    except Exception as exc:  # an API hiccup must not fail a run that can go on without
        log.warning("could not read Prefect limit %r (%s); going on without it", name, exc)
        return None
    if not found.active:
        log.debug("Prefect limit %r is inactive: not limiting", name)
        return None
    return found


def ensure_limits(specs: tuple[LimitSpec, ...] = DEFAULT_LIMITS) -> list[str]:
    """Create the limits that do not exist yet on the configured Prefect API.

    Existing limits are left as they are: ops may have tuned them (``prefect gcl update``).

    Returns:
        The names of the limits created.
    """
    from prefect import get_client
    from prefect.client.schemas.actions import GlobalConcurrencyLimitCreate
    from prefect.exceptions import ObjectAlreadyExists, ObjectNotFound

    created: list[str] = []
    with get_client(sync_client=True) as client:
        for spec in specs:
            try:
                client.read_global_concurrency_limit_by_name(spec.name)
                continue
            except ObjectNotFound:
                pass
            try:
                client.create_global_concurrency_limit(
                    GlobalConcurrencyLimitCreate(
                        name=spec.name,
                        limit=spec.limit,
                        slot_decay_per_second=spec.slot_decay_per_second,
                    )
                )
            except ObjectAlreadyExists:  # another process made it meanwhile: fine
                continue
            log.info("created Prefect limit %s: %s", spec.name, spec.why)
            created.append(spec.name)
    return created


class RateLimitedClient:
    """A platform client port that takes a rate-limit slot before every request.

    Wraps whatever ``flows.clients.make_client`` returns: every public method call first
    waits for a slot of the Prefect rate limit ``limit_name``, then calls through.

    A slot not granted within ``max_wait_s`` raises ``RateLimited`` without a reset time,
    which stops the partition cleanly like a long platform rate limit (stored what it got,
    cursor kept); an API failure while taking the slot raises ``TransientError`` (retried).
    """

    def __init__(self, client: Any, limit_name: str, *, max_wait_s: float) -> None:
        self._client = client
        self._limit_name = limit_name
        self._max_wait_s = max(max_wait_s, MIN_SLOT_WAIT_S)

    def __repr__(self) -> str:
        return f"RateLimitedClient({self._client!r}, {self._limit_name!r})"

    def take_slot(self) -> None:
        """Block until the limit grants one slot (one platform request)."""
        from prefect.concurrency.asyncio import ConcurrencySlotAcquisitionError
        from prefect.concurrency.sync import rate_limit

        try:
            rate_limit(self._limit_name, occupy=1, timeout_seconds=self._max_wait_s)
        except TimeoutError as exc:
            raise RateLimited(
                f"no slot of Prefect limit {self._limit_name} within {self._max_wait_s:.0f} s; "
                "other runs are using the quota (see `prefect gcl inspect "
                f"{self._limit_name}`)"
            ) from exc
        except ConcurrencySlotAcquisitionError as exc:
            raise TransientError(
                f"could not take a slot of Prefect limit {self._limit_name}: {exc}"
            ) from exc

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._client, name)
        if name.startswith("_") or not callable(attr) or inspect.isclass(attr):
            return attr

        def limited(*args: Any, **kwargs: Any) -> Any:
            self.take_slot()
            return attr(*args, **kwargs)

        limited.__name__ = name
        limited.__doc__ = getattr(attr, "__doc__", None)
        return limited


def rate_limited(client: Any, platform: str, *, max_wait_s: float) -> Any:
    """``client`` behind its platform's Prefect rate limit, or as it is if there is none.

    Args:
        client: the platform client port (``make_client``'s result).
        platform: ``x`` or ``reddit``.
        max_wait_s: how long one request may wait for a slot (at least 30 s).
    """
    name = API_LIMITS.get(platform)
    limit = existing_limit(name) if name else None
    if name is None or limit is None:
        return client
    log.info(
        "%s requests go through Prefect rate limit %s (%d slots, %.3g freed per second)",
        platform, name, limit.limit, limit.slot_decay_per_second,
    )  # fmt: skip
    return RateLimitedClient(client, name, max_wait_s=max_wait_s)


@contextmanager
def writer_slot(wait_s: float) -> Iterator[None]:
    """Hold the ``brandrisk-duckdb-writer`` slot, if that limit exists, for the block.

    Args:
        wait_s: how long to wait for the slot (``BRANDRISK_LOCK_WAIT_S``).

    Raises:
        StoreLocked: another run held the slot for longer than ``wait_s``.
    """
    if existing_limit(DUCKDB_WRITER) is None:
        yield
        return
    from prefect.concurrency.sync import concurrency

    log.info("waiting for Prefect limit %s (one DuckDB writer at a time)", DUCKDB_WRITER)
    with ExitStack() as stack:
        try:
            stack.enter_context(
                concurrency(DUCKDB_WRITER, occupy=1, timeout_seconds=max(wait_s, 1.0))
            )
        except TimeoutError as exc:
            raise StoreLocked(
                f"another brandrisk run held Prefect limit {DUCKDB_WRITER} for over "
                f"{wait_s:.0f}s; wait for it to finish or raise BRANDRISK_LOCK_WAIT_S"
            ) from exc
        yield
