from code_three_hop.sandbox import run_expression

DATA = {"visits": 1200, "signups": 48}


def compute(metric: str) -> float:
    return run_expression(metric, DATA)
