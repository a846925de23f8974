"""Rules of the security area."""
