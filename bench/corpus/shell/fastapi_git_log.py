# corpus: vulnerable SEC102
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/repo/log")
def repo_log(author: str):
    result = subprocess.run(
        f"git -C /srv/repo log --oneline --author={author}",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
    )
    return {"log": result.stdout.splitlines()}
