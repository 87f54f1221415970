"""Customer media files: private storage, type checks, metadata removal."""
