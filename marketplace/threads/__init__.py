"""The job conversation: one thread per lead between a business and the customer.

The business writes in the dashboard or through the API; the customer reads and answers in
the messenger they chose. Neither side sees the other's number or messenger id.
"""
