import os

REPORTS = "/srv/reports"


def under_reports(name: str) -> str:
    return os.path.join(REPORTS, name)
