def compile_formula(source: str):
    return compile(source, "<formula>", "eval")


def evaluate(code, values: dict) -> float:
    return float(eval(code, {"__builtins__": {}}, values))
