"""The trade catalogue (Handwerksordnung Anlage A, B1, B2 and non-craft services) and
trade detection."""
