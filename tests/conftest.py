"""Test-wide guards: no test touches the internet, and nothing really sleeps."""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE_PROFILE = ROOT / "flows" / "profiles" / "harborline.toml"

_real_connect = socket.socket.connect
_real_sleep = time.sleep


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
    else:  # AF_UNIX paths are local; anything else is not an address we allow
        return isinstance(address, str | bytes)
    if host in {"localhost", ""}:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


def _guarded_connect(self: socket.socket, address: object) -> object:
    if self.family in (socket.AF_INET, socket.AF_INET6) and not _is_loopback(address):
        raise OSError(f"test tried to reach the network ({address!r}); only loopback is allowed")
    return _real_connect(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_network_no_sleep(
    monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[None]:
    """Block non-loopback connections and make ``time.sleep`` instant (back-off, rate waits).

    Integration tests keep the real ``time.sleep``: the Prefect client backs off with it when
    its local server is briefly busy (HTTP 503), and instant back-off turns that into a failure.
    """
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    if request.node.get_closest_marker("integration") is None:
        monkeypatch.setattr(time, "sleep", lambda _s: None)
    yield


@pytest.fixture
def real_sleep() -> object:
    """The original ``time.sleep``, for the rare test that must wait for a real process."""
    return _real_sleep


@pytest.fixture
def profile():  # type: ignore[no-untyped-def]
    """The example company profile shipped with the package (fictional Harborline)."""
    from analysis.profile import load_profile

    return load_profile(EXAMPLE_PROFILE)
