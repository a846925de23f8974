from code_three_hop.metrics import compute


def build_report(metric: str) -> dict:
    return {"metric": metric, "value": compute(metric)}
