# corpus: safe SEC308
import uvicorn
from fastapi import FastAPI

app = FastAPI()

if __name__ == "__main__":
    uvicorn.run(
        "devserver_uvicorn_workers:app", host="0.0.0.0", port=8000, workers=4, proxy_headers=True
    )
