"""Semantic analysis: per-file scopes and bindings, and the project-wide index built from them."""
