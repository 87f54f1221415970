"""The RQ worker outlives a Redis outage (issue 12, item 9): at start-up and while idle it
waits, with backoff, and works again once Redis is back. Redis is our own redis-server on
its own port; the shared one is never touched."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from redis import Redis
from rq import Queue

from marketplace import tasks
from tests.faults.conftest import needs_real_services, wait_until

pytestmark = needs_real_services
PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _start_worker(redis_url: str, tmp_path) -> subprocess.Popen:
    env = {**os.environ, "REDIS_URL": redis_url, "DATABASE_URL": f"sqlite:///{tmp_path}/w.db",
           "SECRET_KEY": "worker-test-" + "x" * 32, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "--app", "marketplace.app:create_app('development')",
         "worker", "--no-clock", "--queue", "default"],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=open(
            tmp_path / "worker.log", "wb"))


def _job_runs(redis_url: str, marker) -> None:
    queue = Queue("default", connection=Redis.from_url(redis_url))
    queue.enqueue(tasks.run_task, "tests.faults.probe.touch", str(marker))
    wait_until(marker.exists, 90, f"the worker did not run the job ({marker.name})")


def test_the_worker_waits_for_redis_and_works_again(own_redis, tmp_path):
    own_redis.stop()  # Redis is down when the worker starts (a restart of both, say)
    worker = _start_worker(own_redis.url, tmp_path)
    log = tmp_path / "worker.log"
    try:
        wait_until(lambda: worker.poll() is not None or "waits" in log.read_text(), 90,
                   "the worker neither waited for Redis nor ended")
        assert worker.poll() is None, log.read_text()[-3000:]
        own_redis.start()
        _job_runs(own_redis.url, tmp_path / "after-start-outage")

        own_redis.stop()  # an outage while the worker waits for jobs
        time.sleep(4)
        assert worker.poll() is None, log.read_text()[-3000:]
        own_redis.start()
        _job_runs(own_redis.url, tmp_path / "after-idle-outage")
        assert worker.poll() is None
    finally:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(30)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait(30)
    assert worker.returncode == 0  # a stop request still ends it cleanly
