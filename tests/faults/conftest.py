"""Fault tests on the real services: outages made with our own redis-server on another port
and our own TCP proxy in front of PostgreSQL, never by touching the shared servers.

They run only where the real services are configured (TEST_REDIS_URL / TEST_DATABASE_URL),
like the other real-service tests.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.channels.conftest import _provider_server, providers  # noqa: F401 - fixtures

REDIS_SERVER = shutil.which("redis-server")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until(condition, seconds: float = 60, message: str = "timed out") -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, message
        time.sleep(0.1)


class OwnRedis:
    """A redis-server of the test's own, on its own port, to stop and start at will."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(  # noqa: S603 - the system's redis-server
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until(self.answers, 30, "own redis-server did not start")

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait(30)
            self.process = None

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed")
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


needs_real_services = pytest.mark.skipif(
    not (os.environ.get("TEST_REDIS_URL") and os.environ.get("TEST_DATABASE_URL")),
    reason="fault tests need the real services (TEST_REDIS_URL and TEST_DATABASE_URL)")


class TcpProxy:
    """A loopback TCP proxy in front of a server (PostgreSQL): `cut()` closes the listener and
    every connection through it, as a network or server outage would; `restore()` listens
    again on the same port."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = free_port()
        self.listener: socket.socket | None = None
        self.connections: list[socket.socket] = []
        self.lock = threading.Lock()

    def restore(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        with self.lock:
            listener, self.listener = self.listener, None
            connections, self.connections = self.connections, []
        if listener is not None:
            # shutdown() wakes the thread blocked in accept(); close() alone would leave the
            # kernel socket listening until that call returns.
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self.lock:
                self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)


@pytest.fixture
def postgres_proxy() -> Iterator[TcpProxy]:
    proxy = TcpProxy("127.0.0.1", 5432)
    proxy.restore()
    yield proxy
    proxy.cut()


@pytest.fixture
def rq_on_own_redis(app, own_redis) -> Iterator[OwnRedis]:
    """The app hands tasks to RQ on our own redis-server (stop and start it at will)."""
    from redis import Redis

    from marketplace import tasks

    app.extensions["redis"] = Redis.from_url(own_redis.url, socket_connect_timeout=0.5,
                                             socket_timeout=2)
    tasks.set_worker_app(app)
    yield own_redis
    tasks.set_worker_app(None)
    app.extensions["redis"] = None


def run_worker(app) -> None:
    """An RQ worker in this process, until the queues are empty (the frozen clock applies)."""
    from rq import SimpleWorker

    from marketplace import tasks

    connection = app.extensions["redis"]
    queues = [tasks.get_queue(name, app) for name in tasks.QUEUES]
    SimpleWorker(queues, connection=connection).work(burst=True)


def run_clock(app) -> None:
    """What the worker's clock does once every interval has passed: start each periodic
    task (the re-drive, the answer to a customer's burst of messages after the pause)."""
    from marketplace import tasks

    connection = app.extensions["redis"]
    for key in connection.scan_iter("marketplace:periodic:*"):
        connection.delete(key)
    tasks.run_due_periodic_tasks(app, {})
    run_worker(app)


def sweep(app) -> dict[str, int]:
    from marketplace.channels import delivery

    with app.app_context():
        return delivery.redrive_stuck()
