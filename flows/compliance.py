"""Compliance: posts deleted (or made private) on X are removed here too.

X's developer terms ask that content removed from X is removed from stored copies. The check
looks stored X ids up in batches of 100 and forgets those X no longer returns.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from connectors.x import still_available
from flows.store import Store

log = logging.getLogger(__name__)


def x_compliance(store: Store, client: Any, *, days: int = 30) -> list[str]:
    """Forget stored X posts of the last ``days`` days that X no longer serves.

    Returns:
        The ids removed.
    """
    since = datetime.now(UTC) - timedelta(days=days)
    ids = [
        r["post_id"]
        for r in store.rows(
            "select post_id from mentions where platform = 'x' and created_at >= ?"
            " order by post_id",
            [since],
        )
    ]
    alive = still_available(client, ids)
    gone = [i for i in ids if i not in alive]
    if gone:
        store.forget("x", post_ids=gone)
    log.info("compliance: %d X posts checked, %d removed", len(ids), len(gone))
    return gone
