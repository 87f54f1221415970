"""Job requests (a customer's request for work) and their routing to businesses."""
