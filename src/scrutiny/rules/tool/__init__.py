"""Rules of the tool area."""
