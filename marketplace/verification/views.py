"""Verification pages: the business's documents and status, and the admin console."""

from __future__ import annotations

import os

from flask import Blueprint, flash, redirect, render_template, request, send_file, url_for
from flask_babel import format_timedelta, get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from wtforms.fields.choices import SelectChoice

from marketplace.accounts.auth import admin_required
from marketplace.admin.views import add_admin_link
from marketplace.errors import Conflict, InvalidInput
from marketplace.tenancy.permissions import Permission, can, permission_required
from marketplace.tenancy.scoping import get_scoped
from marketplace.trades.catalogue import all_trades
from marketplace.verification import (
    admin_queries,
    decisions,
    documents,
    labels,
    reasons,
    storage,
)
from marketplace.verification.forms import (
    AnswerForm,
    ApproveForm,
    BusinessSearchForm,
    DocumentUploadForm,
    OptionalReasonForm,
    ReasonForm,
)
from marketplace.verification.models import DocumentStatus, VerificationDocument
from marketplace.verification.summary import verification_summary

bp = Blueprint("verification", __name__, url_prefix="/dashboard/verification")
admin_bp = Blueprint("verification_admin", __name__, url_prefix="/admin")

# The console's start page links here; the labels live (and are translated) with this feature.
add_admin_link("verification_admin.queue", _l("Verification queue"), order=10,
               waiting=admin_queries.count_waiting_documents)
add_admin_link("verification_admin.businesses", _l("Businesses"), order=40)

FORM_ERRORS = (InvalidInput, Conflict)


@bp.app_template_filter("verification_reason")
def verification_reason_filter(reason: str | None) -> str:
    return reasons.reason_label(reason)


@bp.app_context_processor
def label_helpers() -> dict[str, object]:
    return {
        "document_type_label": labels.document_type_label,
        "verification_status_label": labels.status_label,
        "trade_name": lambda code: labels.trade_label(code, str(get_locale() or "de")),
        "waiting_label": lambda delta: format_timedelta(delta, threshold=1.5),
    }


def dashboard_section(tenant, user):
    """The verification panel on the business's dashboard start page."""
    summary = verification_summary(tenant, str(get_locale() or "de"))
    return "verification/_dashboard_section.html", {
        "summary": summary, "may_upload": can(user, Permission.UPLOAD_DOCUMENTS),
    }


def _file_response(document: VerificationDocument):
    """Stream a private document; never cached, never sniffed, never a public URL."""
    extension = document.content_type.rsplit("/", 1)[-1].replace("jpeg", "jpg")
    response = send_file(
        documents.document_path(document), mimetype=document.content_type,
        as_attachment=request.args.get("download") == "1",
        download_name=f"dokument-{document.id}.{extension}", max_age=0,
    )
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "SAMEORIGIN"
    if document.content_type != "application/pdf":
        # Browsers' PDF viewers need their own resources; images need nothing at all.
        response.headers["Content-Security-Policy"] = "default-src 'none'; img-src 'self'"
    return response


def _read_upload(field) -> bytes | None:
    upload = field.data
    if upload is None or not getattr(upload, "filename", ""):
        return None
    return upload.read(storage.MAX_DOCUMENT_BYTES + 1)


def _trade_choices(language: str = "de") -> list[tuple[str, str]]:
    return [SelectChoice(trade.code, trade.name(language)) for trade in all_trades()]


# --- business side -----------------------------------------------------------------------


@bp.route("/")
@permission_required(Permission.VIEW_DOCUMENTS)
def overview():
    tenant = current_user.tenant
    return render_template(
        "verification/overview.html", tenant=tenant,
        summary=verification_summary(tenant, str(get_locale() or "de")),
        documents=documents.list_documents(tenant), events=documents.history(tenant),
    )


@bp.route("/documents/new", methods=["GET", "POST"])
@permission_required(Permission.UPLOAD_DOCUMENTS)
def upload():
    tenant = current_user.tenant
    form = DocumentUploadForm()
    form.trade_codes.choices = _trade_choices(str(get_locale() or "de"))
    if request.method == "GET":
        form.trade_codes.data = [trade.trade_code for trade in tenant.trades]
    status = 200
    if form.validate_on_submit():
        try:
            document = documents.upload_document(
                tenant, current_user, doc_type=form.doc_type.data, issuer=form.issuer.data,
                holder_name=form.holder_name.data, trade_codes=form.trade_codes.data or [],
                expires_on=form.expires_on.data, data=_read_upload(form.file) or b"",
                note=form.note.data or "",
            )
        except FORM_ERRORS as error:
            flash(error.message, "error")
            status = 422
        else:
            flash(_("Thank you. The document is now waiting for review."), "success")
            return redirect(url_for("verification.document", document_id=document.id))
    elif form.is_submitted():
        status = 422
    offered = {trade.trade_code for trade in tenant.trades}
    return render_template("verification/upload.html", form=form, offered=offered), status


@bp.route("/documents/<int:document_id>")
@permission_required(Permission.VIEW_DOCUMENTS)
def document(document_id: int):
    document = get_scoped(VerificationDocument, current_user.tenant, document_id)
    return render_template("verification/document.html", document=document,
                           answer_form=AnswerForm())


@bp.route("/documents/<int:document_id>/answer", methods=["POST"])
@permission_required(Permission.UPLOAD_DOCUMENTS)
def answer(document_id: int):
    form = AnswerForm()
    if form.validate_on_submit():
        try:
            documents.answer_info_request(
                current_user.tenant, current_user, document_id=document_id,
                note=form.note.data or "", data=_read_upload(form.file),
                expires_on=form.expires_on.data,
            )
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("Thank you. The document is waiting for review again."), "success")
    return redirect(url_for("verification.document", document_id=document_id))


@bp.route("/documents/<int:document_id>/file")
@permission_required(Permission.VIEW_DOCUMENTS)
def document_file(document_id: int):
    return _file_response(get_scoped(VerificationDocument, current_user.tenant, document_id))


# --- admin console -----------------------------------------------------------------------


@admin_bp.route("/verification")
@admin_required
def queue():
    return render_template("verification/admin_queue.html",
                           entries=admin_queries.verification_queue(current_user))


@admin_bp.route("/verification/documents/<int:document_id>")
@admin_required
def review(document_id: int):
    document = admin_queries.get_document_for_admin(current_user, document_id)
    tenant = admin_queries.business_for_admin(current_user, document.tenant_id)
    approve_form = ApproveForm()
    language = str(get_locale() or "de")
    approve_form.trade_codes.choices = [
        SelectChoice(code, labels.trade_label(code, language))
        for code in document.claimed_codes()
    ]
    approve_form.trade_codes.data = document.claimed_codes()
    return render_template(
        "verification/admin_review.html", document=document, tenant=tenant,
        approve_form=approve_form, reason_form=ReasonForm(),
        is_open=document.status == DocumentStatus.SUBMITTED,
        can_withdraw=document.status == DocumentStatus.APPROVED,
        other_documents=[d for d in documents.list_documents(tenant) if d.id != document.id],
        events=[e for e in documents.history(tenant) if e.document_id == document.id],
        file_exists=os.path.exists(documents.document_path(document)),
    )


@admin_bp.route("/verification/documents/<int:document_id>/file")
@admin_required
def review_file(document_id: int):
    return _file_response(admin_queries.get_document_for_admin(current_user, document_id))


@admin_bp.route("/verification/documents/<int:document_id>/approve", methods=["POST"])
@admin_required
def approve(document_id: int):
    form = ApproveForm()
    form.trade_codes.choices = _trade_choices()
    if form.validate_on_submit():
        try:
            decisions.approve_document(current_user, document_id=document_id,
                                      approved_trade_codes=form.trade_codes.data or [],
                                      reason=form.reason.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
            return redirect(url_for("verification_admin.review", document_id=document_id))
        flash(_("The document has been approved."), "success")
    return redirect(url_for("verification_admin.queue"))


@admin_bp.route("/verification/documents/<int:document_id>/<any(reject, 'request-info'):decision>",
                methods=["POST"])
@admin_required
def decide(document_id: int, decision: str):
    form = ReasonForm()
    if form.validate_on_submit():
        action = (decisions.reject_document if decision == "reject"
                  else decisions.request_more_info)
        try:
            action(current_user, document_id=document_id, reason=form.reason.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
            return redirect(url_for("verification_admin.review", document_id=document_id))
        flash(_("The document has been rejected.") if decision == "reject"
              else _("The business has been asked for more information."), "success")
    return redirect(url_for("verification_admin.queue"))


@admin_bp.route("/businesses")
@admin_required
def businesses():
    form = BusinessSearchForm(request.args)
    form.trade.choices = [SelectChoice("", _("all")), *_trade_choices(str(get_locale() or "de"))]
    results = admin_queries.search_businesses(
        current_user, query=form.q.data or "",
        verification_status=form.verification_status.data or "",
        status=form.status.data or "", trade_code=form.trade.data or "",
        paused=form.paused.data or "",
    )
    return render_template("verification/admin_businesses.html", form=form, results=results)


@admin_bp.route("/businesses/<int:tenant_id>")
@admin_required
def business(tenant_id: int):
    tenant = admin_queries.business_for_admin(current_user, tenant_id)
    return render_template(
        "verification/admin_business.html", tenant=tenant,
        summary=verification_summary(tenant, str(get_locale() or "de")),
        documents=documents.list_documents(tenant), events=documents.history(tenant),
        reason_form=ReasonForm(), optional_form=OptionalReasonForm(),
        members=admin_queries.business_members(current_user, tenant),
    )


@admin_bp.route("/businesses/<int:tenant_id>/<any(suspend, reinstate):action>",
                methods=["POST"])
@admin_required
def business_status(tenant_id: int, action: str):
    form = ReasonForm()
    if form.validate_on_submit():
        try:
            if action == "suspend":
                decisions.suspend_business(current_user, tenant_id=tenant_id,
                                          reason=form.reason.data)
            else:
                decisions.reinstate_business(current_user, tenant_id=tenant_id,
                                            reason=form.reason.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("The business has been updated."), "success")
    return redirect(url_for("verification_admin.business", tenant_id=tenant_id))


@admin_bp.route("/businesses/<int:tenant_id>/trades/<trade_code>/<any(suspend, reinstate):action>",
                methods=["POST"])
@admin_required
def trade_status(tenant_id: int, trade_code: str, action: str):
    form = ReasonForm()
    if form.validate_on_submit():
        try:
            if action == "suspend":
                decisions.suspend_trade(current_user, tenant_id=tenant_id, trade_code=trade_code,
                                       reason=form.reason.data)
            else:
                decisions.reinstate_trade(current_user, tenant_id=tenant_id,
                                         trade_code=trade_code, reason=form.reason.data)
        except FORM_ERRORS as error:
            flash(error.message, "error")
        else:
            flash(_("The trade has been updated."), "success")
    return redirect(url_for("verification_admin.business", tenant_id=tenant_id))
