"""Imports every feature's models so that the metadata (and Alembic) sees all tables.

Add a feature's models module here when the feature gets one.
"""

from marketplace.accounts import models as accounts_models
from marketplace.tenancy import models as tenancy_models

__all__ = ["accounts_models", "tenancy_models"]
