"""The business REST API (/api/v1): bearer tokens, tenant-scoped leads and quotes."""
