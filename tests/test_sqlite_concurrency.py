"""The demo's SQLite: a request that read and then writes is not refused because another
request committed in between (the web chat polls while a customer uploads photos)."""

from __future__ import annotations

import threading

from marketplace.app import create_app
from marketplace.db import db


def test_read_then_write_survives_a_concurrent_commit(tmp_path):
    app = create_app("development", overrides={
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.db'}", "SECRET_KEY": "x" * 40})
    with app.app_context():
        engine = db.engine
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE note (text TEXT)")
        upload = engine.connect()
        transaction = upload.begin()
        assert upload.exec_driver_sql("SELECT count(*) FROM note").scalar() == 0
        failures: list[BaseException] = []

        def poll_writes() -> None:
            try:
                with engine.begin() as connection:
                    connection.exec_driver_sql("INSERT INTO note VALUES ('delivered')")
            except BaseException as error:  # reported by the assertion below
                failures.append(error)

        poller = threading.Thread(target=poll_writes)
        poller.start()
        poller.join(timeout=0.5)  # waits for the lock under BEGIN IMMEDIATE
        upload.exec_driver_sql("INSERT INTO note VALUES ('photo')")
        transaction.commit()
        upload.close()
        poller.join(timeout=10)
        assert not failures
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM note").scalar() == 2
        engine.dispose()
