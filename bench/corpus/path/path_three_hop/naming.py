def report_filename(quarter: str) -> str:
    return quarter.strip().replace(" ", "_")
