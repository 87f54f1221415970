"""Former home of verification's writers and readers, now split by topic: `eligibility`
(the routing's answer), `coverage` (the rule and `recompute`), `documents` (the business's
side), `decisions` and `admin_queries` (the admins' side), `expiry`, `summary`, `labels`
and `notifications` (e-mails).

Other features still import these names from here; the final pass of the refactor points
them at the new modules and removes this file.
"""

# ruff: noqa: F401 - moved; callers updated in the final pass
from marketplace.verification.admin_queries import (
    QueueEntry,
    business_for_admin,
    business_members,
    count_waiting_documents,
    get_document_for_admin,
    search_businesses,
    verification_queue,
)
from marketplace.verification.coverage import (
    BUSINESS_TIMEZONE,
    Coverage,
    coverage_of,
    is_valid_on,
    recompute,
    today,
)
from marketplace.verification.decisions import (
    approve_document,
    reinstate_business,
    reinstate_trade,
    reject_document,
    request_more_info,
    suspend_business,
    suspend_trade,
)
from marketplace.verification.documents import (
    answer_info_request,
    document_path,
    history,
    list_documents,
    upload_document,
)
from marketplace.verification.eligibility import (
    PROBLEM_PAUSED,
    PROBLEM_SUSPENDED,
    PROBLEM_TRADE_NOT_APPROVED,
    PROBLEM_UNVERIFIED,
    eligibility_problems,
    is_eligible,
    problem_label,
)
from marketplace.verification.expiry import (
    REMINDER_BEFORE_EXPIRY,
    ExpiryResult,
    process_document_expiry,
)
from marketplace.verification.labels import (
    document_type_label,
    file_error_message,
    status_label,
    trade_label,
)
from marketplace.verification.notifications import notify_business
from marketplace.verification.summary import TradeRow, VerificationSummary, verification_summary
