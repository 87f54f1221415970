"""Consent: immutable notice texts, the append-only ledger and the checks every part asks."""
