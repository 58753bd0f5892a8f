"""Fixtures shared by the test modules (keep each small and clearly named)."""
from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on."""
    return _free_port()


@pytest.fixture
def sparql_small_trig() -> Path:
    """The hand-written, contract-shaped graph of the SPARQL tests (fictional people and places)."""
    return FIXTURES / "sparql-small.trig"


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory):
    """A writable ``oxigraph serve`` on 127.0.0.1 and a free port, on an empty temporary store.

    Yields the base URL (``/query``, ``/update``, ``/store`` below it); always stopped afterwards.
    """
    from kg.serve import wait_until_up

    executable = shutil.which("oxigraph")
    if executable is None:
        pytest.skip("the oxigraph server (pip install oxigraph) is not on PATH")
    location = tmp_path_factory.mktemp("oxigraph-server")
    url = f"http://127.0.0.1:{_free_port()}"
    process = subprocess.Popen([executable, "serve", "--location", str(location), "--bind", url[7:]],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(url, process=process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
