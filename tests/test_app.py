"""Configuration, pages, health and error responses."""

import pytest

from marketplace.app import create_app
from marketplace.config import ConfigError, ProductionConfig, from_env
from tests.language_switch import switch_language


def test_production_refuses_to_start_without_secret_key(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1/test")
    with pytest.raises(ConfigError, match="SECRET_KEY"):
        create_app(ProductionConfig)


def test_production_refuses_sqlite(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.setenv("DATABASE_URL", "sqlite:///tmp.db")
    with pytest.raises(ConfigError, match="PostgreSQL"):
        create_app("production")


def test_production_refuses_to_start_without_smtp(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1/test")
    monkeypatch.delenv("SMTP_HOST", raising=False)
    with pytest.raises(ConfigError, match="SMTP_HOST"):
        create_app("production")


def test_production_starts_with_postgres_secret_and_smtp(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.setenv("DATABASE_URL", "postgresql://postgres@127.0.0.1/test")
    monkeypatch.setenv("SMTP_HOST", "smtp.example.com")
    app = create_app("production")
    assert app.config["SQLALCHEMY_DATABASE_URI"].startswith("postgresql+psycopg://")
    assert app.config["SESSION_COOKIE_SECURE"] is True
    assert app.config["SESSION_COOKIE_HTTPONLY"] is True


def test_environment_contract_is_read_and_test_mode_ignores_production_variables():
    environ = {"REDIS_URL": "redis://x", "GRAPH_API_URL": "http://127.0.0.1:9/v23.0",
               "TEST_DATABASE_URL": "postgresql://t",
               "WHATSAPP_APPROVED_TEMPLATES": "quote_ready,job_update"}
    assert from_env(environ)["GRAPH_API_URL"] == "http://127.0.0.1:9/v23.0"
    assert from_env(environ)["WHATSAPP_APPROVED_TEMPLATES"] == "quote_ready,job_update"
    assert "DATABASE_URL" not in from_env(environ)
    assert from_env(environ, testing=True) == {"DATABASE_URL": "postgresql://t"}


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json == {"status": "ok"}


def test_readyz_reports_database(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json["checks"]["database"] == "ok"


def test_readyz_is_503_when_redis_is_unreachable(tmp_path):
    app = create_app("test", {"DATABASE_URL": f"sqlite:///{tmp_path}/r.db",
                              "REDIS_URL": "redis://127.0.0.1:1/0"})
    response = app.test_client().get("/readyz")
    assert response.status_code == 503
    assert response.json["checks"]["redis"].startswith("error")


def test_landing_page_is_german_by_default(client):
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="de">' in page
    assert "Handwerk direkt" in page


def test_language_switch_to_english(client):
    response = switch_language(client, "en", next_path="/")
    assert response.status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "Log in" in page


def test_language_switch_never_redirects_off_site(client):
    response = switch_language(client, "en", next_path="https://evil.example/")
    assert response.headers["Location"] == "/"


def test_unknown_page_is_a_404_page(client):
    response = client.get("/does-not-exist")
    assert response.status_code == 404
    assert "text/html" in response.content_type


def test_api_errors_are_json(client):
    response = client.get("/api/v1/does-not-exist")
    assert response.status_code == 404
    assert response.json["error"]["code"] == "not_found"
