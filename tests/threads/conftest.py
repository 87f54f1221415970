"""Reuse the local fake Graph/Telegram API server of the channels tests."""

from tests.channels.conftest import _provider_server, providers  # noqa: F401 - fixtures
