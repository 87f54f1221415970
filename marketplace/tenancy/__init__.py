"""Tenants (businesses on the platform), the scoped lookup, and the business dashboard."""
