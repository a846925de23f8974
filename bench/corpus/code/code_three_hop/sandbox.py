def run_expression(expression: str, data: dict) -> float:
    return float(eval(expression, {"__builtins__": {}}, dict(data)))
