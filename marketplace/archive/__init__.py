"""The job archive: everything a business was allowed to see about one job, as one ZIP."""
