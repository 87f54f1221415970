"""One job per inbound message: store it, answer it and send the answer in the same job.

A worker job that processes a customer's message marks its session (`answering_here`).
While the mark is set, the conversation answers the stored message right after the commit
that stored it (instead of a job of its own), and a reply it queues is claimed for sending
in the bot's own commit and sent right after that commit (instead of a `messages` job).
Each step still commits on its own, so a failing step leaves what came before it stored:
a message the bot did not answer is handed off again by the re-drive sweep, a reply whose
send did not finish stays `sending` and is settled by the sweep as delivery does.

Measured in bench/README.md ("Messages end to end"): three RQ jobs per message cost about
40 Redis round trips each, more than the work they carried.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from flask import current_app

from marketplace.db import call_after_commit, db

log = logging.getLogger(__name__)

_MARK = "channels.answering_here"


@contextmanager
def answering_here() -> Iterator[None]:
    """Within this block the customer's messages are answered and sent in this job."""
    outer = db.session.info.get(_MARK, False)
    db.session.info[_MARK] = True
    try:
        yield
    finally:
        db.session.info[_MARK] = outer


def is_answering_here() -> bool:
    return bool(db.session.info.get(_MARK))


def after_commit_quietly(step: Callable[..., Any], *args: Any) -> None:
    """Run `step(*args)` after the current commit; a failure is logged and rolled back,
    never raised into the committed caller (the sweeps make up for the step)."""
    call_after_commit(_run_quietly, step, args)


def _run_quietly(step: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        step(*args)
    except Exception:
        db.session.rollback()
        if current_app.extensions.get("redis") is None and current_app.config.get(
                "TASKS_INLINE_RAISE"):
            raise  # inline tasks in tests: the failure is the test's to see
        log.exception("%s%r failed in the job that stored it; the sweep retries",
                      getattr(step, "__qualname__", step), args)
