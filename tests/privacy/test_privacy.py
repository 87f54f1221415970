"""MEINE DATEN, LÖSCHEN and retention, through the services and the real download URL."""

from __future__ import annotations

import hashlib
import html
import io
import json
import os
import re
import zipfile
from datetime import timedelta

import pytest
import sqlalchemy as sa

from marketplace import clock
from marketplace.channels.models import Customer, Message
from marketplace.consent import answers as consent_answers
from marketplace.consent import asking as consent_asking
from marketplace.consent import ledger as consent_ledger
from marketplace.consent.models import BusinessNotice, ConsentAction, ConsentEvent
from marketplace.db import db
from marketplace.errors import NotFound
from marketplace.jobs.models import JobRequest
from marketplace.media import storage
from marketplace.media.models import MediaFile, MediaStatus
from marketplace.privacy import tasks
from marketplace.privacy.erasure import erase_customer, handle_customer_choice, request_erasure
from marketplace.privacy.export import export_data, request_export
from marketplace.privacy.models import DataExport, DeletionRecord, IdentityTombstone
from marketplace.privacy.retention import purge_expired_data
from marketplace.privacy.tombstones import apply_tombstone, identity_hmac
from marketplace.tenancy.models import Tenant
from tests.consent.factories import (
    inbound,
    make_customer,
    make_job,
    make_lead,
    outbound_messages,
)
from tests.language_switch import switch_language

URL = re.compile(r"(/privacy/export/[A-Za-z0-9_-]+)")


def _granted_customer(tenant, *, name="Erika Canary-A", phone="+4917000000001"):
    customer = make_customer(channel="whatsapp", name=name, phone=phone)
    job = make_job(customer, description=f"Dach undicht bei {name}")
    lead = make_lead(tenant, job)
    consent_request = consent_asking.request_media_consent(lead)
    consent_answers.handle_customer_choice(customer, inbound(customer), "agree",
                                            consent_request.public_id)
    db.session.commit()
    return customer, job


@pytest.fixture
def tenant(app_ctx, make_tenant):
    return db.session.get(Tenant, make_tenant("Dachdeckerei Muster GmbH").id)


def _export_path(customer) -> str:
    message = outbound_messages(customer, "privacy")[-1]
    return URL.search(message.text).group(1)


def test_export_link_is_one_time_and_contains_everything(app, client, tenant):
    customer, job = _granted_customer(tenant)
    other, _other_job = _granted_customer(tenant, name="Otto Canary-B", phone="+4917000000002")
    request_export(customer, inbound(customer, text="MEINE DATEN"))
    db.session.commit()
    path = _export_path(customer)
    customer_id, reference, other_id = customer.id, job.reference, other.id
    db.session.remove()

    page = client.get(path)
    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "private, no-store"
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.get_data(as_text=True))
    response = client.post(path, data={"csrf_token": token.group(1)})
    assert response.status_code == 200
    assert response.mimetype == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.data))
    data = json.loads(archive.read("data.json"))
    manifest = json.loads(archive.read("manifest.json"))

    raw = archive.read("data.json").decode()
    assert "Erika Canary-A" in raw
    assert "Otto Canary-B" not in raw
    assert "+4917000000002" not in raw
    assert [row["id"] for row in data["tables"]["customer"]] == [customer_id]
    assert {row["reference"] for row in data["tables"]["job_request"]} == {reference}
    assert data["consents"][0]["action"] == "grant"
    assert "Dachdeckerei Muster GmbH" in data["consents"][0]["notice_text"]
    assert data["consents"][0]["receipt"]["version"] == "KI-CR-v1.1.0"
    assert {entry["business"] for entry in data["businesses_that_received_data"]} == {
        "Dachdeckerei Muster GmbH"}
    assert "token_sha256" not in raw
    assert "storage_key" not in raw
    assert len(manifest["files"]) == 3
    for entry in manifest["files"]:
        assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
        assert entry["jobs"] == [reference]

    second = client.post(path, data={"csrf_token": token.group(1)})
    assert second.status_code == 404
    assert other_id != customer_id


def test_export_includes_the_access_log(app_ctx, tenant, make_user):
    from marketplace.accounts.models import Role, User
    from marketplace.consent import access

    customer, job = _granted_customer(tenant)
    user = db.session.get(User, make_user(Role.OWNER, tenant).id)
    link = access.issue_link(tenant, user, job.media[0], job)
    access.open_signed_link(link.url.rsplit("/", 1)[1], user).stream.close()
    data = export_data(customer.id)
    assert data["media_access_log"][0]["decision"] == "allow"
    assert data["media_access_log"][0]["business"] == tenant.name


def test_export_link_expires_after_24_hours(client, tenant, frozen_clock):
    customer, _job = _granted_customer(tenant)
    request_export(customer, None)
    db.session.commit()
    path = _export_path(customer)
    db.session.remove()
    frozen_clock(hours=24, seconds=1)
    assert client.get(path).status_code == 404


def test_forged_export_link_is_not_found(client):
    assert client.get("/privacy/export/not-a-real-token").status_code == 404


def _erase_by_chat(customer) -> None:
    erasure = request_erasure(customer, inbound(customer, text="LÖSCHEN"))
    db.session.commit()
    confirm = outbound_messages(customer, "privacy")[-1]
    assert [choice["id"] for choice in confirm.payload["choices"]] == [
        f"privacy:erase:{erasure.public_id}", f"privacy:keep:{erasure.public_id}"]
    handle_customer_choice(customer, inbound(customer), "erase", erasure.public_id)
    db.session.commit()  # the intake service's commit; the erasure task runs after it


def _rows_pointing_at(customer_id: int, job_ids: list[int], message_ids: list[int],
                      media_ids: list[int]) -> list[str]:
    """Every table row that still refers to the erased customer's rows."""
    targets = {"customer": [customer_id], "job_request": job_ids, "message": message_ids,
               "media_file": media_ids}
    left = []
    for table in db.metadata.sorted_tables:
        if table.name in targets and db.session.execute(sa.select(table).where(
                table.c.id.in_(targets[table.name]))).first():
            left.append(table.name)
        for fk in table.foreign_keys:
            ids = targets.get(fk.column.table.name)
            if ids and db.session.execute(sa.select(table).where(fk.parent.in_(ids))).first():
                left.append(f"{table.name}.{fk.parent.name}")
    return left


def test_erasure_leaves_no_row_or_file_and_tells_the_business(tenant):
    customer, job = _granted_customer(tenant)
    keep, _keep_job = _granted_customer(tenant, name="Otto Bleibt", phone="+4917000000003")
    paths = [storage.path_for(media.storage_key) for media in job.media]
    job_ids = [job.id]
    message_ids = [message.id for message in db.session.scalars(
        sa.select(Message).where(Message.customer_id == customer.id))]
    media_ids = [media.id for media in job.media]
    customer_id, reference = customer.id, job.reference

    _erase_by_chat(customer)

    assert _rows_pointing_at(customer_id, job_ids, message_ids, media_ids) == []
    assert not any(os.path.exists(path) for path in paths)
    notices = list(db.session.scalars(sa.select(BusinessNotice).where(
        BusinessNotice.kind == "customer_erased")))
    assert [(notice.tenant_id, notice.job_reference) for notice in notices] == [
        (tenant.id, reference)]
    record = db.session.scalar(sa.select(DeletionRecord))
    assert record.reason == "customer_request"
    assert record.counts["customer"] == 1
    assert record.counts["media_file"] == 3
    assert "Erika" not in json.dumps(record.counts)
    # The other customer is untouched.
    assert db.session.get(Customer, keep.id) is not None
    assert consent_ledger.active_grants_of(keep)


def test_erasure_keeps_only_a_keyed_hash_with_the_opt_out(tenant, app):
    customer, _job = _granted_customer(tenant)
    channel, external_id = customer.channel, customer.external_id
    erasure = request_erasure(customer, inbound(customer, text="LÖSCHEN"))
    # STOP arrives before the confirmation tap: the opt-out must outlive the erasure.
    customer.opted_out_at = clock.now()
    db.session.commit()
    handle_customer_choice(customer, inbound(customer), "erase", erasure.public_id)
    db.session.commit()

    tombstone = db.session.scalar(sa.select(IdentityTombstone))
    assert external_id not in tombstone.identity_hmac
    assert tombstone.identity_hmac == identity_hmac(channel, external_id)
    assert tombstone.identity_hmac != hashlib.sha256(
        f"{channel}:{external_id}".encode()).hexdigest()  # keyed, not a plain hash

    returning = Customer(channel=channel, external_id=external_id, language="de")
    db.session.add(returning)
    db.session.flush()
    assert apply_tombstone(returning)
    assert returning.has_opted_out


def test_erasure_without_opt_out_keeps_no_identity(tenant):
    customer, _job = _granted_customer(tenant)
    _erase_by_chat(customer)
    assert db.session.scalar(sa.select(sa.func.count(IdentityTombstone.id))) == 0


def test_keep_my_data_erases_nothing(tenant):
    customer, _job = _granted_customer(tenant)
    erasure = request_erasure(customer, inbound(customer, text="LÖSCHEN"))
    handle_customer_choice(customer, inbound(customer), "keep", erasure.public_id)
    db.session.commit()
    assert db.session.get(Customer, customer.id) is not None
    with pytest.raises(NotFound):
        handle_customer_choice(customer, inbound(customer), "erase",
                                        erasure.public_id)


def test_erasure_task_is_safe_to_run_twice(tenant):
    customer, _job = _granted_customer(tenant)
    erasure = request_erasure(customer, None)
    db.session.commit()
    customer_id, erasure_id = customer.id, erasure.id
    tasks.erase_customer(customer_id, erasure_id)
    tasks.erase_customer(customer_id, erasure_id)
    assert db.session.get(Customer, customer_id) is None
    assert db.session.scalar(sa.select(sa.func.count(DeletionRecord.id))) == 1


def test_retention_strips_closed_jobs_and_ends_grants(tenant, frozen_clock):
    customer, job = _granted_customer(tenant)
    open_customer, open_job = _granted_customer(tenant, name="Offen", phone=None)
    paths = [storage.path_for(media.storage_key) for media in job.media]
    job.closed_at = clock.now()
    job.status = "closed"
    db.session.commit()

    frozen_clock(days=29)
    purge_expired_data()
    assert consent_ledger.can_view_media(tenant, job)
    assert all(os.path.exists(path) for path in paths)

    frozen_clock(days=2)
    customer.last_inbound_at = clock.now()  # still writing: the customer stays, the job's data goes
    db.session.commit()
    result = purge_expired_data()
    assert result.customers_erased == 0
    assert result.jobs_purged == 1
    assert result.media_deleted == 3
    assert result.expired_grants == 1
    db.session.expire_all()
    job = db.session.get(JobRequest, job.id)
    assert job.description == ""
    assert all(media.status == MediaStatus.DELETED for media in job.media)
    assert not any(os.path.exists(path) for path in paths)
    assert db.session.scalar(sa.select(ConsentEvent.action).where(
        ConsentEvent.job_request_id == job.id).order_by(ConsentEvent.id.desc()).limit(1)
    ) == ConsentAction.EXPIRE
    record = db.session.scalar(sa.select(DeletionRecord).where(
        DeletionRecord.reason == "job_retention"))
    assert record.counts == {"expired_grants": 1, "jobs": 1, "media_files": 3}
    # The open job of another customer is untouched, and a second run finds nothing.
    assert consent_ledger.can_view_media(tenant, open_job)
    assert purge_expired_data().jobs_purged == 0
    assert open_customer.id


def test_customer_with_only_expired_jobs_is_erased_once_silent(tenant, frozen_clock):
    customer, job = _granted_customer(tenant)
    paths = [storage.path_for(media.storage_key) for media in job.media]
    job.closed_at = clock.now()
    db.session.commit()
    customer_id = customer.id
    frozen_clock(days=31)
    result = purge_expired_data()
    assert result.customers_erased == 1
    assert db.session.get(Customer, customer_id) is None
    assert not any(os.path.exists(path) for path in paths)
    reasons = set(db.session.scalars(sa.select(DeletionRecord.reason)))
    assert "job_retention" in reasons


def test_abandoned_intake_is_erased_after_30_days(app_ctx, frozen_clock):
    idle = make_customer(name="Nie fertig")
    from tests.consent.factories import jpeg_bytes, store_file

    photo = store_file(idle, jpeg_bytes())
    path = storage.path_for(photo.storage_key)
    db.session.commit()
    idle_id = idle.id

    frozen_clock(days=29)
    purge_expired_data()
    assert db.session.get(Customer, idle_id) is not None

    frozen_clock(days=2)
    result = purge_expired_data()
    assert result.customers_erased == 1
    assert db.session.get(Customer, idle_id) is None
    assert db.session.scalar(sa.select(sa.func.count(MediaFile.id)).where(
        MediaFile.customer_id == idle_id)) == 0
    assert not os.path.exists(path)
    assert db.session.scalar(sa.select(DeletionRecord.reason).where(
        DeletionRecord.reason == "abandoned_intake").limit(1)) == "abandoned_intake"


def test_retention_sweep_is_registered_as_periodic_task():
    from marketplace.wiring import periodic_task_table

    paths = {task.path: task.every for task in periodic_task_table()}
    assert paths["marketplace.privacy.tasks.purge_expired_data"] == timedelta(hours=1)


def _erased_one(app, make_tenant) -> int:
    tenant_id = make_tenant("Dachdeckerei Muster GmbH").id
    with app.app_context():
        customer, _job = _granted_customer(db.session.get(Tenant, tenant_id))
        erase_customer(customer.id)
    return tenant_id


def test_deletion_log_is_readable_by_admins_only(app, client, make_tenant, make_user,
                                                 login_as):
    from marketplace.accounts.models import Role

    tenant_id = _erased_one(app, make_tenant)
    login_as(make_user(Role.OWNER, Tenant(id=tenant_id)))
    assert client.get("/admin/privacy/deletions").status_code == 404


def test_deletion_log_page_for_admins(app, client, make_tenant, make_user, login_as):
    from marketplace.accounts.models import Role

    _erased_one(app, make_tenant)
    login_as(make_user(Role.ADMIN))
    switch_language(client, "en")
    page = client.get("/admin/privacy/deletions").get_data(as_text=True)
    assert "customer's request" in html.unescape(page)
    assert "Erika" not in page


def test_data_export_rows_store_only_a_hash_of_the_link(tenant):
    customer, _job = _granted_customer(tenant)
    request_export(customer, None)
    db.session.commit()
    token = _export_path(customer).rsplit("/", 1)[1]
    export = db.session.scalar(sa.select(DataExport))
    assert token not in export.token_sha256
    assert export.token_sha256 == hashlib.sha256(token.encode()).hexdigest()


def test_erasure_cancels_queued_tasks_of_the_customer(app, make_tenant, monkeypatch):
    redis_url = os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.skip("TEST_REDIS_URL not set: the RQ path is tested in CI")
    from redis import Redis

    from marketplace import tasks as task_layer
    from marketplace.channels.base import Outbound
    from marketplace.channels.outbound import queue_outbound

    connection = Redis.from_url(redis_url)
    connection.flushdb()
    monkeypatch.setitem(app.extensions, "redis", connection)
    tenant_id = make_tenant("Dachdeckerei Muster GmbH").id
    with app.app_context():
        customer, _job = _granted_customer(db.session.get(Tenant, tenant_id))
        stranger = make_customer(name="Andere Kundin")
        queue_outbound(customer, Outbound(text="Noch unterwegs"), purpose="service_reply")
        queue_outbound(stranger, Outbound(text="Bleibt"), purpose="service_reply")
        db.session.commit()
        queue = task_layer.get_queue("messages", app)
        customer_messages = {message.id for message in db.session.scalars(
            sa.select(Message).where(Message.customer_id == customer.id))}
        stranger_messages = {message.id for message in db.session.scalars(
            sa.select(Message).where(Message.customer_id == stranger.id))}

        def queued_message_ids() -> set[int]:
            return {job.args[1] for job in queue.get_jobs()}

        assert customer_messages & queued_message_ids()
        erase_customer(customer.id)
        assert not customer_messages & queued_message_ids()
        assert stranger_messages <= queued_message_ids()
    connection.flushdb()


def _customer_with_grant(app, make_tenant) -> int:
    tenant_id = make_tenant("Dachdeckerei Muster GmbH").id
    with app.app_context():
        customer, _job = _granted_customer(db.session.get(Tenant, tenant_id))
        return customer.id


def _admin_csrf(client, path: str) -> str:
    page = client.get(path).get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_admin_answers_a_letter_with_an_export_and_it_is_recorded(app, client, make_tenant,
                                                                  make_user, login_as):
    from marketplace.accounts.models import Role

    customer_id = _customer_with_grant(app, make_tenant)
    admin = make_user(Role.ADMIN)
    login_as(admin)
    switch_language(client, "en")
    path = f"/admin/privacy/customers/{customer_id}"
    page = client.get(path).get_data(as_text=True)
    assert "Dachdeckerei Muster GmbH" in page
    assert "+4917000000001" not in page  # the overview needs no phone number
    response = client.post(f"{path}/export", data={"csrf_token": _admin_csrf(client, path)})
    assert response.status_code == 200
    data = json.loads(zipfile.ZipFile(io.BytesIO(response.data)).read("data.json"))
    assert [row["id"] for row in data["tables"]["customer"]] == [customer_id]
    with app.app_context():
        export = db.session.scalar(sa.select(DataExport).where(
            DataExport.requested_by_id == admin.id))
        assert export.downloaded_at is not None


def test_admin_erasure_needs_confirmation_and_names_the_admin(app, client, make_tenant,
                                                             make_user, login_as):
    from marketplace.accounts.models import Role

    customer_id = _customer_with_grant(app, make_tenant)
    admin = make_user(Role.ADMIN)
    login_as(admin)
    path = f"/admin/privacy/customers/{customer_id}"
    response = client.post(f"{path}/erase", data={"csrf_token": _admin_csrf(client, path)})
    assert response.status_code == 422
    with app.app_context():
        assert db.session.get(Customer, customer_id) is not None
    client.post(f"{path}/erase", data={"csrf_token": _admin_csrf(client, path),
                                       "confirm": "yes"})
    with app.app_context():
        assert db.session.get(Customer, customer_id) is None
        record = db.session.scalar(sa.select(DeletionRecord))
        assert record.actor_id == admin.id
        assert record.reason == "customer_request"


def test_businesses_cannot_open_customer_privacy_tools(app, client, make_tenant, make_user,
                                                       login_as):
    from marketplace.accounts.models import Role

    customer_id = _customer_with_grant(app, make_tenant)
    login_as(make_user(Role.OWNER, make_tenant("Andere GmbH")))
    assert client.get(f"/admin/privacy/customers/{customer_id}").status_code == 404


def test_opt_out_survives_erasure_when_the_identity_writes_again(tenant):
    from marketplace.channels import webchat_messages as channels_webchat_messages

    customer = make_customer(channel="webchat")
    session_id = customer.external_id
    erasure = request_erasure(customer, inbound(customer, text="LÖSCHEN"))
    customer.opted_out_at = clock.now()
    db.session.commit()
    handle_customer_choice(customer, inbound(customer), "erase", erasure.public_id)
    db.session.commit()
    assert db.session.scalar(sa.select(Customer.id).where(
        Customer.external_id == session_id)) is None

    message = channels_webchat_messages.receive_webchat_message(session_id, text="Hallo")
    db.session.commit()
    returning = db.session.get(Customer, message.customer_id)
    assert returning.has_opted_out
    assert outbound_messages(returning) == []


def test_customer_who_said_stop_still_gets_the_answer_to_a_data_request(tenant):
    customer, _job = _granted_customer(tenant)
    customer.opted_out_at = clock.now()
    db.session.commit()
    request_export(customer, inbound(customer, text="MEINE DATEN"))
    db.session.commit()
    answers = outbound_messages(customer, purpose="privacy")
    assert answers
    assert URL.search(answers[-1].text)
