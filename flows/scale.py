"""Scale-out of scoring and flagging: analysis partitions as Prefect tasks on a Dask cluster.

``analyze_pending`` (``flows/score.py``) reads chunks of not-yet-analyzed mentions from DuckDB
and hands each one to a pool. By default that pool is worker processes on this machine; with
``BRANDRISK_TASK_RUNNER=dask`` it is a ``DaskPool``: every chunk becomes a Prefect task run
submitted through prefect-dask's ``DaskTaskRunner``, to the scheduler at
``BRANDRISK_DASK_ADDRESS`` or to a LocalCluster started for the pass. Dask workers only compute
(pure analysis over the Arrow chunk they are sent); the parent writes every result to DuckDB
exactly as with processes, so there is still one writer.
"""

from __future__ import annotations

import contextvars
import inspect
import ipaddress
import logging
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Protocol, TypeVar
from urllib.parse import urlsplit

log = logging.getLogger(__name__)
T_co = TypeVar("T_co", covariant=True)

TASK_NAME = "analyze-partition"


class PendingResult(Protocol[T_co]):
    """What a pool's ``submit`` returns: a future whose ``result()`` waits for the value."""

    def result(self) -> T_co:
        """Wait for the value (re-raises the task's error)."""
        ...


def _is_loopback(address: str) -> bool:
    """Whether a Dask scheduler address (``tcp://host:port``) is on this machine."""
    host = urlsplit(address if "://" in address else f"tcp://{address}").hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class DaskPool:
    """Runs analysis partitions as Prefect tasks on a Dask cluster (prefect-dask).

    Mirrors the part of ``concurrent.futures.Executor`` that ``analyze_pending`` uses
    (``submit``, ``shutdown``), so the dispatch stays the same for both runners.

    Args:
        workers: Dask worker processes of the LocalCluster started when ``address`` is None.
        address: scheduler of a running cluster (``tcp://host:8786``); its workers need
            brandrisk installed (``pip install 'brandrisk[dask]'``).

    Raises:
        RuntimeError: prefect-dask is not installed, or a remote cluster with no Prefect
            server its workers could report to (``PREFECT_API_URL`` unset).
    """

    def __init__(self, workers: int, address: str | None = None) -> None:
        try:
            from prefect_dask import DaskTaskRunner
        except ImportError as exc:
            raise RuntimeError(
                "BRANDRISK_TASK_RUNNER=dask needs prefect-dask: pip install 'brandrisk[dask]'"
            ) from exc
        from prefect.settings import PREFECT_API_URL

        self._settings: dict[Any, Any] = {}
        if not PREFECT_API_URL.value():
            # A run without PREFECT_API_URL uses a temporary Prefect server on 127.0.0.1. Dask
            # workers on this machine can report their task runs to it; remote ones cannot.
            if address is not None and not _is_loopback(address):
                raise RuntimeError(
                    f"BRANDRISK_DASK_ADDRESS={address} is a remote Dask cluster: its workers "
                    "need a Prefect server they can reach; set PREFECT_API_URL "
                    "(e.g. http://prefect-host:4200/api) here and on the Dask workers"
                )
            from prefect import get_client

            with get_client(sync_client=True) as client:
                self._settings = {PREFECT_API_URL: str(client.api_url)}
        if address is None:
            runner = DaskTaskRunner(
                cluster_kwargs={
                    "n_workers": workers,
                    "threads_per_worker": 1,  # the analysis is pure Python: one core each
                    "processes": True,
                    "host": "127.0.0.1",
                    # any free port: a fixed 8787 may be taken on a shared machine
                    "dashboard_address": "127.0.0.1:0",
                }
            )
        else:
            runner = DaskTaskRunner(address=address)
        self._runner = runner.__enter__()
        self._workers = workers
        self._address = address
        self._tasks: dict[Callable[..., Any], Any] = {}
        self._futures: list[Any] = []
        if address is not None:
            try:
                self._runner.client  # noqa: B018 -- connect now, to fail with a clear message
            except (OSError, TimeoutError) as exc:
                runner.__exit__(None, None, None)
                raise RuntimeError(
                    f"cannot reach the Dask scheduler at {address} ({exc}); check "
                    "BRANDRISK_DASK_ADDRESS and that the scheduler is running"
                ) from exc
        log.info(
            "scoring and flagging on Dask (%s), as Prefect tasks %r",
            address or f"LocalCluster of {workers} processes", TASK_NAME,
        )  # fmt: skip

    @property
    def parallelism(self) -> int:
        """How many partitions the cluster runs at once (its worker threads)."""
        if self._address is None:
            return self._workers
        return max(1, sum(self._runner.client.nthreads().values()))

    def _task(self, fn: Callable[..., Any]) -> Any:
        from prefect import task
        from prefect.cache_policies import NO_CACHE

        if fn not in self._tasks:
            # Results come back to the parent in memory (it writes them): nothing to persist,
            # and hashing a chunk's Arrow table for a cache key would cost more than it saves.
            self._tasks[fn] = task(name=TASK_NAME, cache_policy=NO_CACHE, persist_result=False)(fn)
        return self._tasks[fn]

    def submit(self, fn: Callable[..., Any], *args: Any) -> PendingResult[Any]:
        """Run ``fn(*args)`` as a Prefect task on the cluster; ``fn`` must be importable."""
        from prefect.settings import temporary_settings

        parameters = dict(inspect.signature(fn).bind(*args).arguments)
        settings: AbstractContextManager[Any] = (
            temporary_settings(updates=self._settings) if self._settings else nullcontext()
        )

        def send() -> Any:
            # The context sent with a task run includes the enclosing task run's parameters;
            # inside the ``analyze`` task those hold the DuckDB connection, which cannot (and
            # must not) travel. Partitions are sent as task runs of the flow run instead.
            from prefect.context import TaskRunContext

            TaskRunContext.__var__.set(None)  # type: ignore[arg-type]
            with settings:  # the task runs read the API URL from the context sent with them
                return self._runner.submit(self._task(fn), parameters=parameters)

        future = contextvars.copy_context().run(send)
        # Keep only the unfinished ones (to cancel on shutdown): a done future held here would
        # keep its result in the cluster's memory.
        self._futures = [f for f in self._futures if not f.done()]
        self._futures.append(future.wrapped_future)
        return future

    def shutdown(self, cancel_futures: bool = False) -> None:
        """Disconnect from the cluster (and stop a LocalCluster we started).

        Args:
            cancel_futures: cancel partitions still queued or running first.
        """
        try:
            if cancel_futures:
                pending = [f for f in self._futures if not f.done()]
                if pending:
                    self._runner.client.cancel(pending)
        finally:
            self._futures.clear()
            self._runner.__exit__(None, None, None)
