"""German postcodes: GeoNames import, distances, nearest postcode, format-only fallback."""
