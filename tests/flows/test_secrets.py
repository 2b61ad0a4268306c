"""Credentials from Prefect Secret blocks (after env and .env), against a real Prefect server."""

from __future__ import annotations

import base64
import json
import logging
from datetime import date
from pathlib import Path

import pytest
import responses

from connectors.base import AuthError
from flows.clients import make_client
from flows.ingest import ingest_partition
from flows.settings import load_settings
from flows.store import Store
from tests.conftest import FIXTURES

pytestmark = pytest.mark.integration

X_TOKEN = "AAAAblock-stored-x-bearer-token-7f3a"
R_ID = "block-app-id-91c2"
R_SECRET = "block-stored-reddit-secret-e55d"
ENV = ("BRANDRISK_X_BEARER_TOKEN", "BRANDRISK_REDDIT_CLIENT_ID", "BRANDRISK_REDDIT_CLIENT_SECRET")
DAY = date(2026, 10, 5)


@pytest.fixture
def no_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env file either


def fixture(platform: str, name: str) -> dict:
    return json.loads((FIXTURES / platform / name).read_text(encoding="utf-8"))


def test_credentials_come_from_blocks_and_never_reach_the_logs(
    prefect_server: None, no_env: None, tmp_path: Path, caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from prefect.blocks.system import Secret

    caplog.set_level(logging.DEBUG)
    live = load_settings(source="live")
    # Nothing anywhere: the error names both places to put the token.
    with pytest.raises(AuthError) as err:
        make_client(live, "x", DAY)
    assert "BRANDRISK_X_BEARER_TOKEN" in str(err.value)
    assert "'brandrisk-x-bearer-token'" in str(err.value)

    Secret(value=X_TOKEN).save("brandrisk-x-bearer-token", overwrite=True)
    Secret(value=R_ID).save("brandrisk-reddit-client-id", overwrite=True)
    with pytest.raises(AuthError, match="BRANDRISK_REDDIT_CLIENT_SECRET") as err:
        make_client(live, "reddit", DAY)  # the id is in a block, the secret nowhere
    assert "'brandrisk-reddit-client-secret'" in str(err.value)
    Secret(value=R_SECRET).save("brandrisk-reddit-client-secret", overwrite=True)

    with responses.RequestsMock() as rsps:
        rsps.add(responses.GET, "https://api.twitter.com/2/tweets/search/recent",
                 json=fixture("x", "search_recent_page2.json"))  # fmt: skip
        rsps.add(responses.POST, "https://www.reddit.com/api/v1/access_token",
                 json=fixture("reddit", "access_token.json"))  # fmt: skip
        rsps.add(responses.GET, "https://oauth.reddit.com/search",
                 json=fixture("reddit", "search_page2.json"))  # fmt: skip
        with Store.open(tmp_path / "b.duckdb") as store:
            for platform in ("x", "reddit"):
                client = make_client(live, platform, DAY)
                assert X_TOKEN not in repr(client) and R_SECRET not in repr(client)
                result = ingest_partition(store, client, platform, "Harborline", max_requests=3)
                assert result.complete and result.n_new == 2
        x_call, token_call, search_call = (c.request for c in rsps.calls)
    assert x_call.headers["Authorization"] == f"Bearer {X_TOKEN}"
    basic = base64.b64encode(f"{R_ID}:{R_SECRET}".encode()).decode()
    assert token_call.headers["Authorization"] == f"Basic {basic}"
    assert search_call.headers["Authorization"] == "bearer fake-access-token-123"

    printed = capsys.readouterr()
    seen = caplog.text + printed.out + printed.err
    for secret in (X_TOKEN, R_ID, R_SECRET):
        assert secret not in seen
    with Store.open(tmp_path / "b.duckdb", read_only=True) as store:
        stored = " ".join(str(r) for r in store.rows("select * from raw_pages"))
        stored += " ".join(str(r) for r in store.rows("select * from cursors"))
    assert X_TOKEN not in stored and R_SECRET not in stored


def test_a_setting_wins_over_its_block(
    prefect_server: None, no_env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from prefect.blocks.system import Secret

    Secret(value=X_TOKEN).save("brandrisk-x-bearer-token", overwrite=True)
    monkeypatch.setenv("BRANDRISK_X_BEARER_TOKEN", "AAAAfrom-the-environment")
    with responses.RequestsMock() as rsps:
        rsps.add(responses.GET, "https://api.twitter.com/2/tweets/search/recent",
                 json=fixture("x", "search_recent_empty.json"))  # fmt: skip
        client = make_client(load_settings(source="live"), "x", DAY)
        client.search_recent("q", since_id=None, next_token=None, max_results=10)
        assert rsps.calls[0].request.headers["Authorization"] == "Bearer AAAAfrom-the-environment"
