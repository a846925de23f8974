def page_clause(page: str, size: str) -> str:
    limit = min(int(size), 100)
    offset = max(int(page) - 1, 0) * limit
    return f"LIMIT {limit} OFFSET {offset}"
