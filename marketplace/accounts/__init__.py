"""People who log in: platform admins and the users of a business, with their roles."""
