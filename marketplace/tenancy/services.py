"""Former home of tenancy's writers, now split by topic: `registration` (joining and the
e-mail confirmation), `profile`, `team`, `recipients` (subcontractors and the recipient
list), `location` (base coordinates) and `notifications` (e-mails).

Other features still import these names from here; the final pass of the refactor points
them at the new modules and removes this file.
"""

# ruff: noqa: F401 - moved; callers updated in the final pass
from marketplace.tenancy.location import locate_base_postcode, locate_unlocated_businesses
from marketplace.tenancy.profile import (
    MAX_RADIUS_KM,
    MAX_WEEKLY_CAPACITY,
    MIN_RADIUS_KM,
    set_paused,
    update_profile,
)
from marketplace.tenancy.recipients import (
    add_subcontractor,
    current_recipient_list,
    get_subcontractor,
    latest_recipient_list,
    list_subcontractors,
    recipient_list_versions,
    recipient_snapshot,
    refresh_recipient_list,
    remove_subcontractor,
    update_subcontractor,
)
from marketplace.tenancy.registration import (
    EMAIL_CONFIRMATION_MAX_AGE,
    LEGAL_FORMS,
    build_tenant,
    confirm_email,
    create_tenant,
    email_confirmation_token,
    register_business,
    resend_confirmation,
    slugify,
    unique_slug,
)
from marketplace.tenancy.team import (
    INVITATION_LIFETIME,
    accept_invitation,
    change_member_role,
    invite_member,
    list_invitations,
    open_invitation,
    revoke_invitation,
    set_member_enabled,
)
