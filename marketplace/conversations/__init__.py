"""Intake conversation: the bot that turns chat messages into job requests."""
