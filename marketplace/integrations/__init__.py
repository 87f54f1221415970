"""The business's own systems: signed outbound webhooks and a private calendar feed."""
