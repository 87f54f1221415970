"""Customer rights and retention: data export, erasure, opt-out tombstones, media access log."""
