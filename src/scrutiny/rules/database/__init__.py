"""Database performance: N+1, queries and saves in loops, missing indexes, unbounded queries."""
