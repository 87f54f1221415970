"""Leads (one job routed to one business), routing, and the businesses' quotes."""
