"""TRANSITION: the gallery and file routes moved to `consent.views` (same URLs), next to the
decision that opens a customer's file. The empty blueprint stays only while `app.py`
registers it; the final pass removes both."""

from __future__ import annotations

from flask import Blueprint

bp = Blueprint("media", __name__, url_prefix="/media")
