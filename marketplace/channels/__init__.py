"""Messengers: one adapter module per channel behind one protocol, webhooks, the outbound gate."""
