"""Public pages (landing, language switch) and the health endpoints."""
