from path_three_hop.naming import report_filename
from path_three_hop.paths import under_reports


def locate_report(quarter: str) -> str:
    return under_reports(report_filename(quarter))
