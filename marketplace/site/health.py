"""Readiness checks for the platform's real parts."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from flask import Flask

from marketplace.db import db


def readiness(app: Flask) -> tuple[bool, dict[str, Any]]:
    checks: dict[str, Any] = {}
    try:
        db.session.execute(sa.text("SELECT 1"))
        checks["database"] = "ok"
    except Exception as error:  # any driver error means "not ready"
        db.session.rollback()
        checks["database"] = f"error: {type(error).__name__}"
    redis = app.extensions.get("redis")
    if redis is None:
        checks["tasks"] = "inline"
    else:
        try:
            redis.ping()
            checks["redis"] = "ok"
        except Exception as error:  # connection refused, timeout, auth...
            checks["redis"] = f"error: {type(error).__name__}"
    ready = all(not str(value).startswith("error") for value in checks.values())
    return ready, checks
