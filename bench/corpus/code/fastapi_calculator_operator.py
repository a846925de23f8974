# corpus: vulnerable SEC103
from fastapi import FastAPI

app = FastAPI()


@app.get("/calculate")
def calculate(a: float, b: float, op: str = "+"):
    return {"result": eval(f"{a} {op} {b}")}
