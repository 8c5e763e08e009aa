"""Article QA (public API re-exported at integration)."""
