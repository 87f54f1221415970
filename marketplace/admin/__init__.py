"""The platform admins' console."""
