"""Secrets rules: credentials written into the source code."""
