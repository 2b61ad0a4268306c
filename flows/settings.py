"""Settings: where things are and the secrets to reach the platforms.

Read from environment variables ``BRANDRISK_*`` and an optional ``.env`` file in the working
directory. Secrets are ``SecretStr``: they print as ``**********`` and are never logged, never
passed as flow parameters and never stored in DuckDB.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_DIR = Path(__file__).resolve().parent
EXAMPLE_PROFILE = PACKAGE_DIR / "profiles" / "harborline.toml"


class Settings(BaseSettings):
    """Everything configurable, with the env variable that sets it (see README)."""

    model_config = SettingsConfigDict(
        env_prefix="BRANDRISK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    db: Path = Field(default=Path("brandrisk.duckdb"), description="DuckDB file")
    profile: Path = Field(default=EXAMPLE_PROFILE, description="company profile TOML")
    out: Path = Field(default=Path("reports"), description="folder the reports are written to")
    source: Literal["live", "replay"] = Field(
        default="replay", description="fetch from the live APIs or replay recorded pages"
    )
    replay_dir: Path = Field(default=Path("recorded"), description="recorded pages to replay")
    platforms: list[str] = Field(default_factory=lambda: ["x", "reddit"])
    x_bearer_token: SecretStr | None = None
    reddit_client_id: SecretStr | None = None
    reddit_client_secret: SecretStr | None = None
    reddit_user_agent: str = "brandrisk/0.1 (social listening; +https://example.invalid)"
    x_max_requests: int = Field(default=10, ge=1, description="X requests per run (paid reads)")
    x_search: Literal["recent", "all"] = Field(
        default="recent",
        description="X search: recent (last 7 days) or all (full archive of the report day)",
    )
    reddit_max_requests: int = Field(default=20, ge=1)
    rate_limit_max_wait_s: float = Field(
        default=900.0, ge=0, description="longest total wait for rate limits per partition"
    )
    scorer: str = Field(default="default", description="sentiment scorer name")
    workers: int = Field(
        default_factory=lambda: min(2, os.cpu_count() or 1),
        ge=1,
        description="processes for scoring and flagging",
    )
    batch_size: int = Field(default=20_000, ge=100, description="mentions per scoring batch")
    webhook_marketing_url: SecretStr | None = Field(
        default=None, description="Slack-compatible webhook for the marketing view"
    )
    webhook_hr_url: SecretStr | None = Field(
        default=None, description="Slack-compatible webhook for the HR view (HR's channel only)"
    )
    webhook_ops_url: SecretStr | None = Field(
        default=None, description="webhook told when a flow run fails"
    )
    smtp_host: str | None = Field(default=None, description="SMTP server; unset: no email")
    smtp_port: int = 587
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_from: str = "brandrisk@localhost"
    smtp_starttls: bool = True
    delivery_attempts: int = Field(default=4, ge=1, description="tries per channel")
    delivery_retry_s: float = Field(default=5.0, ge=0, description="first back-off delay")
    lock_wait_s: float = Field(
        default=600.0, ge=0, description="how long a writer waits for the DuckDB file lock"
    )
    task_runner: Literal["processes", "dask"] = Field(
        default="processes",
        description="where scoring and flagging run: worker processes on this machine, or "
        "Prefect tasks on a Dask cluster (prefect-dask; `pip install brandrisk[dask]`)",
    )
    dask_address: str | None = Field(
        default=None,
        description="Dask scheduler address (tcp://host:8786) for task_runner dask; unset: a "
        "LocalCluster of `workers` processes on this machine",
    )


def load_settings(**overrides: object) -> Settings:
    """Build settings from env/.env, with explicit overrides (e.g. CLI options) on top.

    Args:
        **overrides: field values that win over the environment; ``None`` values are ignored.
    """
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
