"""Insight: the figures and charts that run the marketplace, for the operator (the admin
console's start page and the health page) and for each business (its dashboard page)."""
