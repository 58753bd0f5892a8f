"""Serve an Oxigraph store over HTTP with the Oxigraph server from PyPI (the ``oxigraph`` command).

The server answers SPARQL at ``/query`` (and ``/update``, ``/store`` when writable) and shows
a query page in a browser at ``/``. Its default graph is the union of the store's graphs, as for
``kg query --store``.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kg.errors import InputError, KgError

DEFAULT_BIND = "127.0.0.1:7878"


def server_command(store: Path, *, bind: str = DEFAULT_BIND, writable: bool = False,
                   executable: str = "oxigraph") -> list[str]:
    """The command line that serves ``store``: read-only unless ``writable``."""
    verb = "serve" if writable else "serve-read-only"
    return [executable, verb, "--location", str(store), "--bind", bind, "--union-default-graph"]


def base_url(bind: str) -> str:
    """The http URL of a server bound to ``host:port`` (a wildcard host is reached on loopback)."""
    host, sep, port = bind.rpartition(":")
    if not sep or not port.isdigit() or not host:
        raise KgError(f"--bind {bind!r}: write it as host:port, e.g. {DEFAULT_BIND}")
    if host in ("0.0.0.0", "::", "[::]"):
        host = "127.0.0.1"
    return f"http://{host}:{port}"


def check_free(bind: str) -> None:
    """Fail with one line when something already listens on ``host:port``."""
    host, _, port = bind.rpartition(":")
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host.strip("[]"), int(port)))
        except OSError as exc:
            raise KgError(f"cannot listen on {bind}: {exc.strerror or exc}") from exc


def wait_until_up(url: str, *, process: subprocess.Popen | None = None, seconds: float = 20.0) -> None:
    """Wait until an Oxigraph server answers at ``url`` (its base URL)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise KgError(f"the Oxigraph server stopped at once (exit code {process.returncode}); "
                          "is the address in use or the store locked by another server?")
        try:
            with urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1) as response:
                response.read()
            return
        except (urllib.error.URLError, OSError):
            time.sleep(0.05)
    raise KgError(f"the Oxigraph server did not answer at {url} within {seconds:g} s")


def run_server(store: Path, *, bind: str = DEFAULT_BIND, writable: bool = False,
               on_ready: Callable[[str], None] | None = None) -> int:
    """Run the Oxigraph server on ``store`` until it stops or Ctrl-C; return 0 after a clean stop.

    ``on_ready`` is called with the base URL once the server answers. On Ctrl-C (SIGINT) or
    SIGTERM the server is sent SIGINT, given a few seconds to close the store, then killed.
    """
    store = Path(store)
    if not writable:
        from kg.store import is_store

        if not is_store(store):
            raise InputError(f"{store}: not an Oxigraph store (build one with kg build ... --store DIR, "
                             "or serve an empty one with --writable)")
    executable = shutil.which("oxigraph")
    if executable is None:
        raise KgError("the oxigraph command is not on PATH (pip install oxigraph)")
    url = base_url(bind)
    check_free(bind)
    # Our own handlers, even where SIGINT was ignored (a background job): exec resets them to
    # the default in the server, so that the SIGINT we forward does stop it.
    previous = {sig: signal.signal(sig, _raise_interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        process = subprocess.Popen(server_command(store, bind=bind, writable=writable, executable=executable),
                                   env={**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"})
    except BaseException:
        _restore(previous)
        raise
    try:
        wait_until_up(url, process=process)
        if on_ready is not None:
            on_ready(url)
        return process.wait()
    except KeyboardInterrupt:
        return stop(process)
    finally:
        if process.poll() is None:
            stop(process)
        _restore(previous)


def stop(process: subprocess.Popen, *, seconds: float = 5.0) -> int:
    """Stop a server: SIGINT, wait, then kill; 0 when it stopped cleanly or on our signal."""
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            return 1
    code = process.returncode
    return 0 if code in (0, -signal.SIGINT, 130) else code


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _restore(handlers: dict) -> None:
    for sig, handler in handlers.items():
        signal.signal(sig, handler)
