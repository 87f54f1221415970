"""Reviews from real jobs: asked for in the chat after the customer confirms completion."""
