"""Rules of the asynchronous area."""
