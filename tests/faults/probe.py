"""Tasks the fault tests hand to a real RQ worker process."""

from __future__ import annotations


def touch(path: str) -> None:
    """Leave a file behind: proof that the worker ran this job."""
    with open(path, "a", encoding="ascii") as handle:
        handle.write("ran\n")
