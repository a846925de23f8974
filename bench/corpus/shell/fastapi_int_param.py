# corpus: safe SEC102
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/logs/tail")
def tail(lines: int = 100):
    out = subprocess.check_output(f"tail -n {lines} /var/log/app/app.log", shell=True, text=True)
    return {"lines": out.splitlines()}
