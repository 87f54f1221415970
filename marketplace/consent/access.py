"""Who may open a customer's file: the decision, on the ledger, at the moment of opening.

A business user gets a signed link valid for at most five minutes, bound to the file, the
business and the user. Every request re-checks the consent ledger at that moment, so a
withdrawal kills open links at once. Every attempt, allowed or denied, is logged without
content or phone numbers (the log row goes through `hooks.record_media_access`).

A platform administrator opens a file only with a stated reason, through `open_as_admin`,
and every attempt is logged the same way (with the admin's user id, the reason and the
note). See `AdminReason` for what the customer's withdrawal (WIDERRUF) changes for admins.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass
from typing import IO, Any

import sqlalchemy as sa
from flask import current_app
from flask_babel import gettext as _
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.exc import OperationalError

from marketplace.accounts.models import Role, User
from marketplace.consent import hooks
from marketplace.consent.ledger import can_view_media, consent_state
from marketplace.consent.models import ConsentAction, ConsentEvent, ConsentPurpose
from marketplace.db import db
from marketplace.errors import DomainError, Forbidden, NotFound
from marketplace.jobs.models import JobRequest, job_media
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.media.services import download_name, open_media
from marketplace.quotes.job_admin.queries import find_job_media
from marketplace.quotes.models import Lead
from marketplace.tenancy.models import Tenant
from marketplace.tenancy.scoping import get_scoped_for, is_assigned

LINK_MAX_AGE_SECONDS = 300
WRITE_ATTEMPTS = 5
VISIBLE_KINDS = ("image", "video")


class AccessReason:
    CONSENT = "consent_granted"
    NO_CONSENT = "no_consent"
    BAD_SIGNATURE = "bad_signature"
    EXPIRED_LINK = "link_expired"
    WRONG_USER = "wrong_user"
    WRONG_TENANT = "wrong_tenant"
    NOT_IN_JOB = "file_not_in_job"
    FILE_GONE = "file_gone"
    # An administrator: allowed rows carry "admin_<kind>" (see AdminReason.KINDS).
    ADMIN_NO_REASON = "admin_no_reason"
    ADMIN_WITHDRAWN = "admin_after_withdrawal"
    ADMIN_NOT_ADMIN = "admin_not_admin"


class AdminReason:
    """Why a platform administrator opens a customer's file.

    The customer's consent (Art. 6(1)(a) GDPR) is given to businesses; the platform holds
    the files as processor of the request, and its staff need them only for a stated
    purpose: a support case the customer opened, an abuse report (a file may be illegal or
    abusive), or a request by an authority. So an admin opens a file only with one of these
    reasons, always logged with the typed note, and the customer sees every such access in
    the export (Art. 15).

    A withdrawal (WIDERRUF) ends the consent it was given for: the businesses' access, and
    with it any support of that sharing. After it an admin may still open a file for an
    abuse report or a legal request (legitimate interest / legal obligation, Art. 6(1)(c)
    and (f), which do not rest on consent), but no longer for a support case.
    """

    SUPPORT_CASE = "support_case"
    ABUSE_REPORT = "abuse_report"
    LEGAL_REQUEST = "legal_request"
    KINDS = (SUPPORT_CASE, ABUSE_REPORT, LEGAL_REQUEST)
    AFTER_WITHDRAWAL = (ABUSE_REPORT, LEGAL_REQUEST)
    NOTE_MAX_LENGTH = 300

    @staticmethod
    def log_code(kind: str) -> str:
        return f"admin_{kind}"


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="media-link")


@dataclass(frozen=True)
class MediaLink:
    media_file: MediaFile
    url: str
    expires_in: int


@dataclass(frozen=True)
class MediaOverview:
    """What a business may know about a job's files: counts always, links only with consent."""

    photo_count: int
    video_count: int
    state: str
    links: tuple[MediaLink, ...]

    @property
    def total(self) -> int:
        return self.photo_count + self.video_count

    @property
    def is_visible(self) -> bool:
        return bool(self.links)


def visible_files(job_request: JobRequest) -> list[MediaFile]:
    return [media for media in job_request.media
            if media.kind in VISIBLE_KINDS and media.status == MediaStatus.STORED]


def issue_link(tenant: Tenant, user: User, media_file: MediaFile, job_request: JobRequest
               ) -> MediaLink:
    """A signed path for one file, this business and this user; valid five minutes."""
    token = _serializer().dumps({
        "f": media_file.public_id, "t": tenant.id, "u": user.id, "j": job_request.id,
        "n": secrets.token_hex(6),
    })
    return MediaLink(media_file=media_file, url=f"/media/file/{token}",
                     expires_in=LINK_MAX_AGE_SECONDS)


def media_overview(tenant: Tenant, user: User, job_request: JobRequest) -> MediaOverview:
    """For dashboards: "3 photos, waiting for the customer's consent", or the links."""
    files = visible_files(job_request)
    photos = sum(1 for media in files if media.kind == "image")
    videos = len(files) - photos
    state = consent_state(tenant, job_request)
    links: tuple[MediaLink, ...] = ()
    if can_view_media(tenant, job_request):
        links = tuple(issue_link(tenant, user, media, job_request) for media in files)
    return MediaOverview(photo_count=photos, video_count=videos, state=state, links=links)


def _log(*, allowed: bool, reason: str, user: User | None, tenant_id: int | None,
         media_file: MediaFile | None = None, job_request_id: int | None = None,
         link_id: str | None = None, note: str | None = None) -> None:
    hooks.record_media_access(
        allowed=allowed, reason=reason, user_id=user.id if user else None,
        tenant_id=tenant_id, customer_id=media_file.customer_id if media_file else None,
        media_file_id=media_file.id if media_file else None, job_request_id=job_request_id,
        link_id=link_id, note=note)


def _deny(reason: str, **log_fields: Any) -> Forbidden:
    _log(allowed=False, reason=reason, **log_fields)
    db.session.commit()
    # The same words for every refusal: the reason stays in the access log only.
    return Forbidden(_("This link no longer opens the file: it has expired, or the customer's "
                       "consent does not cover it (any more). Reload the request page."))


@dataclass(frozen=True)
class OpenedFile:
    media_file: MediaFile
    stream: IO[bytes]
    download_name: str
    content_type: str


def open_signed_link(token: str, user: User) -> OpenedFile:
    """Check a link and the consent behind it right now; log the attempt; open the file.

    Commits the log row either way. Raises Forbidden on any refusal, with no hint which
    check failed (the log says it for admins).
    """
    for attempt in range(WRITE_ATTEMPTS):
        try:
            return _open_signed_link(token, user)
        except OperationalError:
            # A page loads several files at once; on SQLite a reader that must write its
            # log row after another request committed is refused at once: start over.
            db.session.rollback()
            if attempt == WRITE_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _open_signed_link(token: str, user: User) -> OpenedFile:
    try:
        data = _serializer().loads(token, max_age=LINK_MAX_AGE_SECONDS)
    except SignatureExpired:
        raise _deny(AccessReason.EXPIRED_LINK, user=user,
                    tenant_id=user.tenant_id) from None
    except BadSignature:
        raise _deny(AccessReason.BAD_SIGNATURE, user=user, tenant_id=user.tenant_id) from None
    link_id = str(data.get("n", ""))[:32]
    media_file = db.session.scalar(
        sa.select(MediaFile).where(MediaFile.public_id == str(data.get("f"))))
    job_request_id = data.get("j")
    fields = {"user": user, "tenant_id": user.tenant_id, "media_file": media_file,
              "job_request_id": job_request_id, "link_id": link_id}
    if media_file is None or media_file.status != MediaStatus.STORED:
        raise _deny(AccessReason.FILE_GONE, **{**fields, "media_file": None})
    if data.get("u") != user.id:
        raise _deny(AccessReason.WRONG_USER, **fields)
    if data.get("t") != user.tenant_id:
        raise _deny(AccessReason.WRONG_TENANT, **fields)
    tenant = db.session.get(Tenant, user.tenant_id)
    job_request = db.session.get(JobRequest, job_request_id)
    in_job = job_request is not None and db.session.scalar(
        sa.select(sa.func.count()).select_from(job_media).where(
            job_media.c.job_request_id == job_request.id,
            job_media.c.media_file_id == media_file.id))
    has_lead = job_request is not None and db.session.scalar(
        sa.select(Lead.id).where(Lead.tenant_id == user.tenant_id,
                                 Lead.job_request_id == job_request.id)) is not None
    if not in_job or not has_lead:
        raise _deny(AccessReason.NOT_IN_JOB, **fields)
    if user.role == Role.CREW and not is_assigned(user, job_request.id):
        # A crew member taken off the job loses its files at once, open links included.
        raise _deny(AccessReason.NOT_IN_JOB, **fields)
    if not can_view_media(tenant, job_request):
        raise _deny(AccessReason.NO_CONSENT, **fields)
    try:
        stream = open_media(media_file)
    except (FileNotFoundError, ValueError):
        raise _deny(AccessReason.FILE_GONE, **fields) from None
    try:
        _log(allowed=True, reason=AccessReason.CONSENT, **fields)
        db.session.commit()
    except BaseException:
        stream.close()
        raise
    return OpenedFile(media_file=media_file, stream=stream,
                      download_name=download_name(media_file),
                      content_type=media_file.content_type or "application/octet-stream")


def customer_withdrew_media(job_request: JobRequest) -> bool:
    """Whether the customer withdrew a consent to share this job's files (WIDERRUF) and has
    not given it again to that business since."""
    latest: dict[tuple[int | None, str], str] = {}
    for event in db.session.scalars(sa.select(ConsentEvent).where(
            ConsentEvent.customer_id == job_request.customer_id,
            ConsentEvent.job_request_id == job_request.id,
            ConsentEvent.purpose.in_((ConsentPurpose.MEDIA_SHARING,
                                      ConsentPurpose.THREAD_MEDIA)))
            .order_by(ConsentEvent.occurred_at, ConsentEvent.id)):
        latest[(event.tenant_id, event.purpose)] = event.action
    return any(action == ConsentAction.WITHDRAW for action in latest.values())


def open_as_admin(user: User, job_id: int, public_id: str, *, reason: str | None,
                  note: str | None = None) -> OpenedFile:
    """An administrator opens one file of a job: only with a reason, every attempt logged.

    Commits the log row either way. Raises DomainError (400) without a valid reason,
    Forbidden after the customer's withdrawal unless the reason survives it (see
    AdminReason), NotFound for a file that is not (or no longer) part of the job.
    """
    job_request, media_file = find_job_media(job_id, public_id)
    note = (note or "").strip()[:AdminReason.NOTE_MAX_LENGTH] or None
    fields = {"user": user, "tenant_id": None, "media_file": media_file,
              "job_request_id": job_request.id if job_request else None, "note": note}
    if not user.is_admin:
        raise _deny(AccessReason.ADMIN_NOT_ADMIN, **fields)
    if job_request is None or media_file is None:
        _log(allowed=False, reason=AccessReason.NOT_IN_JOB, **fields)
        db.session.commit()
        raise NotFound()
    if reason not in AdminReason.KINDS:
        _log(allowed=False, reason=AccessReason.ADMIN_NO_REASON, **fields)
        db.session.commit()
        raise DomainError(_("Choose why you open this file (a support case, an abuse report "
                            "or a legal request); every opening is logged."))
    if media_file.status != MediaStatus.STORED:
        _log(allowed=False, reason=AccessReason.FILE_GONE, **fields)
        db.session.commit()
        raise NotFound()
    if reason not in AdminReason.AFTER_WITHDRAWAL and customer_withdrew_media(job_request):
        _log(allowed=False, reason=AccessReason.ADMIN_WITHDRAWN, **fields)
        db.session.commit()
        raise Forbidden(_("The customer has withdrawn the consent to share these files: "
                          "they open now only for an abuse report or a legal request."))
    try:
        stream = open_media(media_file)
    except (FileNotFoundError, ValueError):
        _log(allowed=False, reason=AccessReason.FILE_GONE, **fields)
        db.session.commit()
        raise NotFound() from None
    try:
        _log(allowed=True, reason=AdminReason.log_code(reason), **fields)
        db.session.commit()
    except BaseException:
        stream.close()
        raise
    return OpenedFile(media_file=media_file, stream=stream,
                      download_name=download_name(media_file),
                      content_type=media_file.content_type or "application/octet-stream")


def lead_media_overview(tenant: Tenant, user: User, lead_id: int) -> tuple[Lead, MediaOverview]:
    """The gallery of one lead of this business (another business's lead, and for a crew
    member a job they are not on, is a 404)."""
    if user.tenant_id != tenant.id:
        raise NotFound()
    lead = get_scoped_for(Lead, user, lead_id)
    return lead, media_overview(tenant, user, lead.job_request)
