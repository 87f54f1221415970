"""Business verification: documents, admin decisions, trade coverage and eligibility for leads."""
