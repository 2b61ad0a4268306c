"""The daily flow: ingest -> score and flag -> summarize -> report.

Holds no business logic: it wires settings, clients, connectors, the store and analysis.
Retries are on the I/O task (ingest) and only for errors whose type says a retry may help.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.context import get_run_context
from prefect.tasks import exponential_backoff

from analysis.profile import Profile, load_profile
from connectors.base import ConnectorError, TransientError
from flows.clients import make_client
from flows.deliver import Delivery, deliver_day, post_webhook
from flows.ingest import PartitionResult, ingest_partition, partitions, requests_summary
from flows.limits import rate_limited, writer_slot
from flows.report import build_summary, write_reports
from flows.score import AnalyzeStats, analyze_pending
from flows.settings import Settings, load_settings
from flows.store import Store


def _retry_on_type(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only when the failure's type says it may pass (never on message text).

    Rate limits are handled inside ingest (wait for the reset, or stop cleanly), not here.
    """
    try:
        state.result()
    except TransientError:
        return True
    except Exception:
        return False
    return False


@task(
    retries=3,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),
    retry_jitter_factor=0.5,
    retry_condition_fn=_retry_on_type,
    cache_policy=NO_CACHE,
)
def ingest_platform(
    store: Store, settings: Settings, profile: Profile, platform: str, day: date, run_id: str
) -> list[PartitionResult]:
    """Fetch every partition of one platform (retried on transient errors).

    Live requests first take a slot of the platform's Prefect rate limit, if the server has
    one (``flows.limits``); replay reads local files and takes none.
    """
    client = make_client(settings, platform, day)
    if settings.source == "live":
        client = rate_limited(client, platform, max_wait_s=settings.rate_limit_max_wait_s)
    budget = settings.x_max_requests if platform == "x" else settings.reddit_max_requests
    return [
        ingest_partition(
            store,
            client,
            platform,
            part,
            max_requests=budget,
            run_id=run_id,
            max_rate_wait_s=settings.rate_limit_max_wait_s,
        )
        for part in partitions(profile, platform)
    ]


@task(cache_policy=NO_CACHE)
def analyze(
    store: Store,
    settings: Settings,
    profile: Profile,
    follow: threading.Event | None = None,
    on_saved: Callable[[int], None] | None = None,
) -> AnalyzeStats:
    """Score and flag every mention the current versions have not analyzed.

    With ``follow`` it runs beside ingest (submitted to the flow's thread pool, on its own
    store cursor) and finishes once ``follow`` is set and nothing is left.

    With ``BRANDRISK_TASK_RUNNER=dask`` the partitions run as Prefect tasks on a Dask cluster
    (``flows.scale``); this task still writes every result.
    """
    return analyze_pending(
        store,
        profile,
        scorer=settings.scorer,
        workers=settings.workers,
        batch_size=settings.batch_size,
        follow=follow,
        task_runner=settings.task_runner,
        dask_address=settings.dask_address,
        on_saved=on_saved,
    )


@task(cache_policy=NO_CACHE)
def report(store: Store, settings: Settings, profile: Profile, day: date) -> dict[str, str]:
    """Summarize the day into DuckDB and write its report files."""
    context = build_summary(store, profile, day, platforms=list(settings.platforms))
    return {k: str(v) for k, v in write_reports(context, settings.out).items()}


@task(cache_policy=NO_CACHE)
def deliver(
    store: Store, settings: Settings, profile: Profile, day: date, files: dict[str, str]
) -> list[Delivery]:
    """Send the day's views to the configured webhooks and recipients, and record how it went.

    Retries happen per channel inside (back-off); a channel that still fails is recorded as
    ``failed`` and logged, and the run goes on: the report is already on disk.
    """
    results = deliver_day(files, settings, profile, day.isoformat())
    for d in results:
        store.record_delivery(day, d.audience, d.channel, d.status, d.attempts, d.detail)
    return results


def publish_snapshot(store: Store, run_id: str, day: date | None) -> None:
    """Publish the readers' snapshot; a failure is logged and recorded, never fatal."""
    started = datetime.now().astimezone()
    try:
        path = store.publish_snapshot()
    except Exception as exc:  # the reports are written; notebooks just see older data
        get_run_logger().warning("could not publish the readers' snapshot: %s", exc)
        store.record_step(run_id, "snapshot", day=day, started_at=started, status="failed",
                          detail=str(exc))  # fmt: skip
        return
    store.record_step(run_id, "snapshot", day=day, started_at=started, status="ok",
                      detail=str(path))  # fmt: skip


def notify_failure(flow: Any, flow_run: Any, state: Any) -> None:
    """Flow hook: tell ops' webhook (``BRANDRISK_WEBHOOK_OPS_URL``) that a run failed.

    Never raises: a notification that cannot be sent is logged, the run's state stands.
    """
    logger = logging.getLogger("flows.daily")
    try:
        url = load_settings().webhook_ops_url
    except Exception as exc:  # broken settings are what may have failed the run
        logger.error("cannot read settings to notify ops: %s", exc)
        return
    if url is None:
        return
    text = (
        f"brandrisk: flow run {flow_run.name} of {flow.name} {state.name.lower()}: "
        f"{(state.message or '')[:500]} (parameters: {flow_run.parameters})"
    )
    try:
        post_webhook(url.get_secret_value(), text)
    except Exception as exc:
        logger.error("could not notify ops of the failed run: %s", exc)


def _run_id() -> str:
    try:
        return str(get_run_context().flow_run.id)  # type: ignore[union-attr]
    except Exception:
        return "local-" + datetime.now().strftime("%Y%m%dT%H%M%S")


def _ingest_all(
    store: Store, settings: Settings, prof: Profile, the_day: date, run_id: str
) -> None:
    """Ingest every platform; a failing platform is recorded as missing, the others go on."""
    logger = get_run_logger()
    for platform in settings.platforms:
        started = datetime.now().astimezone()
        try:
            results = ingest_platform(store, settings, prof, platform, the_day, run_id)
        except ConnectorError as exc:
            logger.error("%s ingest failed: %s: %s", platform, type(exc).__name__, exc)
            store.set_source_status(the_day, platform, "failed", f"{type(exc).__name__}: {exc}")
            store.record_step(
                run_id,
                f"ingest:{platform}",
                day=the_day,
                started_at=started,
                status="failed",
                detail=str(exc),
            )
            continue
        n_new = sum(r.n_new for r in results)
        complete = all(r.complete for r in results)
        notes = "; ".join(r.error for r in results if r.error)
        cost = requests_summary(results)  # X bills reads: the ratio shows if budgets still fit
        store.set_source_status(the_day, platform, "ok" if complete else "partial", notes)
        store.record_step(
            run_id,
            f"ingest:{platform}",
            day=the_day,
            started_at=started,
            status="ok",
            n_in=sum(r.n_fetched for r in results),
            n_out=n_new,
            detail="; ".join(filter(None, [cost, notes])),
        )
        logger.info("%s: %s", platform, cost)


def _ingest_and_analyze(
    store: Store, settings: Settings, prof: Profile, the_day: date, run_id: str
) -> AnalyzeStats:
    """Ingest every platform while the analyze task follows on its own cursor.

    Scoring overlaps fetching; the analysis finishes once ingest is done and nothing is left.
    """
    done = threading.Event()
    following = analyze.submit(store.cursor(), settings, prof, done)
    try:
        _ingest_all(store, settings, prof, the_day, run_id)
    finally:
        done.set()
    return following.result()


def default_day(profile: Profile) -> date:
    """Yesterday in the company's timezone: the day a morning report is about."""
    return (datetime.now(profile.tz) - timedelta(days=1)).date()


@flow(name="daily", log_prints=False, on_failure=[notify_failure], on_crashed=[notify_failure])
def daily(
    day: str | None = None,
    profile: str | None = None,
    db: str | None = None,
    out: str | None = None,
    source: str | None = None,
    replay_dir: str | None = None,
    ingest: bool = True,
    send: bool = True,
) -> dict[str, str]:
    """Run the whole day: ingest, analyze, summarize, write the reports.

    Args:
        day: the report day (YYYY-MM-DD, company timezone); default yesterday.
        profile: path of the company profile TOML (default: setting BRANDRISK_PROFILE).
        db: DuckDB file (default: BRANDRISK_DB).
        out: report folder (default: BRANDRISK_OUT).
        source: ``live`` or ``replay`` (default: BRANDRISK_SOURCE).
        replay_dir: recorded pages for ``replay`` (default: BRANDRISK_REPLAY_DIR).
        ingest: fetch new mentions first; off to re-report a day from stored data.
        send: deliver the views to the configured webhooks and email recipients.

    Returns:
        The written report files by name.
    """
    logger = get_run_logger()
    settings = load_settings(profile=profile, db=db, out=out, source=source, replay_dir=replay_dir)
    prof = load_profile(settings.profile)
    the_day = date.fromisoformat(day) if day else default_day(prof)
    run_id = _run_id()
    logger.info(
        "daily run for %s (%s), day %s, db %s", prof.name, settings.source, the_day, settings.db
    )
    with (
        writer_slot(settings.lock_wait_s),
        Store.open(settings.db, wait_s=settings.lock_wait_s) as store,
    ):
        started = datetime.now().astimezone()
        if ingest:
            stats = _ingest_and_analyze(store, settings, prof, the_day, run_id)
        else:
            stats = analyze(store, settings, prof)
        store.record_step(
            run_id,
            "analyze",
            day=the_day,
            started_at=started,
            status="ok",
            n_in=stats.n_analyzed,
            n_out=stats.n_flags,
        )
        logger.info(
            "analyzed %d mentions, %d flags, in %.1fs",
            stats.n_analyzed,
            stats.n_flags,
            stats.seconds,
        )
        started = datetime.now().astimezone()
        files = report(store, settings, prof, the_day)
        store.record_step(
            run_id, "report", day=the_day, started_at=started, status="ok", n_out=len(files)
        )
        logger.info("reports for %s written to %s", the_day, Path(files["marketing.html"]).parent)
        publish_snapshot(store, run_id, the_day)
        if send:
            started = datetime.now().astimezone()
            sent = deliver(store, settings, prof, the_day, files)
            failed = [d for d in sent if d.status == "failed"]
            store.record_step(
                run_id, "deliver", day=the_day, started_at=started,
                status="failed" if failed else "ok",
                n_out=sum(d.status == "sent" for d in sent),
                detail="; ".join(f"{d.audience} {d.channel}: {d.detail}" for d in failed) or None,
            )  # fmt: skip
    return files


@flow(
    name="hourly-ingest",
    log_prints=False,
    on_failure=[notify_failure],
    on_crashed=[notify_failure],
)
def hourly_ingest(
    profile: str | None = None,
    db: str | None = None,
    source: str | None = None,
    replay_dir: str | None = None,
    day: str | None = None,
) -> int:
    """Fetch what is new and score it, without a report (the scheduled hourly run).

    Args:
        profile: path of the company profile TOML (default: BRANDRISK_PROFILE).
        db: DuckDB file (default: BRANDRISK_DB).
        source: ``live`` or ``replay`` (default: BRANDRISK_SOURCE).
        replay_dir: recorded pages for ``replay``.
        day: the day whose source status is updated (default: today, company timezone);
            replay serves the pages recorded for it.

    Returns:
        How many mentions were analyzed.
    """
    settings = load_settings(profile=profile, db=db, source=source, replay_dir=replay_dir)
    prof = load_profile(settings.profile)
    the_day = date.fromisoformat(day) if day else datetime.now(prof.tz).date()
    run_id = _run_id()
    with (
        writer_slot(settings.lock_wait_s),
        Store.open(settings.db, wait_s=settings.lock_wait_s) as store,
    ):
        stats = _ingest_and_analyze(store, settings, prof, the_day, run_id)
        publish_snapshot(store, run_id, the_day)
    get_run_logger().info("hourly ingest: analyzed %d mentions", stats.n_analyzed)
    return stats.n_analyzed


def reported_days(store: Store, since: date | None, to: date | None) -> list[date]:
    """The days that have a summary, within ``[since, to]`` (open ends: all)."""
    return [
        d for d in store.iter_days() if (since is None or d >= since) and (to is None or d <= to)
    ]


def rebuild_reports(
    store: Store,
    settings: Settings,
    profile: Profile,
    days: list[date],
    on_day: Callable[[date], None] | None = None,
) -> None:
    """Summarize each day again from stored data and rewrite its report files (no delivery)."""
    for d in days:
        write_reports(
            build_summary(store, profile, d, platforms=list(settings.platforms)), settings.out
        )
        if on_day is not None:
            on_day(d)


@flow(name="rescore", log_prints=False, on_failure=[notify_failure], on_crashed=[notify_failure])
def rescore(
    profile: str | None = None,
    db: str | None = None,
    out: str | None = None,
    since: str | None = None,
    to: str | None = None,
) -> int:
    """Analyze stored mentions the current scorer and rules have not, then rebuild reports.

    For ops after a scorer or rules version change (the ``rescore`` deployment, triggered by
    hand; ``brandrisk rescore`` does the same with a progress bar). No ingest, no delivery.
    The analysis goes in committed chunks, so an interrupted rescore resumes.

    Args:
        profile: path of the company profile TOML (default: BRANDRISK_PROFILE).
        db: DuckDB file (default: BRANDRISK_DB).
        out: report folder (default: BRANDRISK_OUT).
        since: first report day to rebuild (YYYY-MM-DD); default: the first reported day.
        to: last report day to rebuild (inclusive); default: the last reported day.

    Returns:
        How many mentions were analyzed.
    """
    logger = get_run_logger()
    settings = load_settings(profile=profile, db=db, out=out)
    prof = load_profile(settings.profile)
    first = date.fromisoformat(since) if since else None
    last = date.fromisoformat(to) if to else None
    if first and last and last < first:
        raise ValueError(f"to {last} is before since {first}")
    if not settings.db.exists():
        raise FileNotFoundError(f"{settings.db}: no database yet; run the daily flow first")
    run_id = _run_id()
    with (
        writer_slot(settings.lock_wait_s),
        Store.open(settings.db, wait_s=settings.lock_wait_s) as store,
    ):
        started = datetime.now().astimezone()
        stats = analyze(store, settings, prof)
        store.record_step(run_id, "analyze", started_at=started, status="ok",
                          n_in=stats.n_analyzed, n_out=stats.n_flags)  # fmt: skip
        logger.info("analyzed %d mentions, %d flags", stats.n_analyzed, stats.n_flags)
        days = reported_days(store, first, last)
        rebuild_reports(store, settings, prof, days, lambda d: logger.info("rebuilt %s", d))
        publish_snapshot(store, run_id, None)
    logger.info("rebuilt the reports of %d day(s) in %s", len(days), settings.out)
    return stats.n_analyzed
