"""Platform credentials: settings (env ``BRANDRISK_*``, ``.env``), then Prefect Secret blocks.

A credential left unset in the environment and ``.env`` is looked up in a Prefect Secret block
(``prefect block create secret``, or ``Secret(value=...).save(name)``) named after the setting:
``x_bearer_token`` -> ``brandrisk-x-bearer-token``. Values are only ever held as ``SecretStr``
until the client is built; they are never logged, never flow parameters and never stored, and
no message here contains one.
"""

from __future__ import annotations

import logging

from pydantic import SecretStr

from connectors.base import AuthError
from flows.settings import Settings

log = logging.getLogger(__name__)

BLOCK_PREFIX = "brandrisk-"


def env_name(field: str) -> str:
    """The environment variable of a setting: ``x_bearer_token`` -> ``BRANDRISK_X_BEARER_TOKEN``."""
    return f"BRANDRISK_{field.upper()}"


def block_name(field: str) -> str:
    """The Secret block a setting falls back to (``brandrisk-x-bearer-token`` and so on)."""
    return BLOCK_PREFIX + field.replace("_", "-")


def load_secret_block(name: str) -> SecretStr | None:
    """Read a Prefect Secret block's value, or ``None`` if there is no such block.

    Prefect's API (the server or work pool the flow runs against, or the local ephemeral one)
    is asked; a failure to reach it is logged (never with the value) and treated as no block.
    """
    from prefect.blocks.system import Secret

    try:
        block = Secret.load(name)
    except ValueError:  # Prefect's "block document not found"
        return None
    except Exception as exc:
        log.warning("could not read Prefect Secret block %r: %s", name, type(exc).__name__)
        return None
    # The raw stored value: Secret.get() would JSON-decode a token that looks like a number.
    value = block.value.get_secret_value()  # type: ignore[union-attr]
    if not isinstance(value, str) or not value:
        log.warning("Prefect Secret block %r does not hold a non-empty string; ignored", name)
        return None
    return SecretStr(value)


def credential(settings: Settings, field: str) -> SecretStr | None:
    """A credential setting's value: from settings, else from its Prefect Secret block."""
    value = getattr(settings, field)
    if value is not None and value.get_secret_value():
        return value
    return load_secret_block(block_name(field))


def require(settings: Settings, field: str, what: str) -> str:
    """A credential's plain value, for handing to the platform SDK, or a clear error.

    Raises:
        AuthError: neither the setting nor its Secret block is set; the message names both.
    """
    value = credential(settings, field)
    if value is None:
        raise AuthError(
            f"{what} is missing: set {env_name(field)} (environment or .env) or save it in "
            f"a Prefect Secret block named {block_name(field)!r}"
        )
    return value.get_secret_value()
