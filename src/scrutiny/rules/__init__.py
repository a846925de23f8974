"""Every rule lives in its own module below this package, grouped by area; see `scrutiny.registry`."""
