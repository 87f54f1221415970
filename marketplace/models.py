"""Imports every feature's models so that the metadata (and Alembic) sees all tables.

Add a feature's models module here when the feature gets one.
"""

from marketplace.accounts import models as accounts_models
from marketplace.api import models as api_models
from marketplace.channels import models as channels_models
from marketplace.consent import models as consent_models
from marketplace.conversations import models as conversations_models
from marketplace.geo import models as geo_models
from marketplace.insight import models as insight_models
from marketplace.integrations import models as integrations_models
from marketplace.jobs import models as jobs_models
from marketplace.media import models as media_models
from marketplace.privacy import models as privacy_models
from marketplace.quotes import models as quotes_models
from marketplace.reviews import models as reviews_models
from marketplace.site import models as site_models
from marketplace.tenancy import models as tenancy_models
from marketplace.threads import models as threads_models
from marketplace.verification import models as verification_models
from marketplace.work import models as work_models

__all__ = [
    "accounts_models",
    "api_models",
    "channels_models",
    "consent_models",
    "conversations_models",
    "geo_models",
    "insight_models",
    "integrations_models",
    "jobs_models",
    "media_models",
    "privacy_models",
    "quotes_models",
    "reviews_models",
    "site_models",
    "tenancy_models",
    "threads_models",
    "verification_models",
    "work_models",
]
