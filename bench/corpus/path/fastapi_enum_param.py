# corpus: safe SEC104
from enum import Enum

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


class Dataset(str, Enum):
    cities = "cities"
    countries = "countries"
    airports = "airports"


@app.get("/datasets/{dataset}")
def dataset_file(dataset: Dataset):
    return FileResponse(f"/srv/datasets/{dataset.value}.csv", media_type="text/csv")
