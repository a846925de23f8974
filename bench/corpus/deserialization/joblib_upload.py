# corpus: vulnerable SEC107
import joblib
from fastapi import FastAPI, UploadFile

app = FastAPI()


@app.post("/predict")
async def predict(model_file: UploadFile, x: float):
    model = joblib.load(model_file.file)
    return {"prediction": float(model.predict([[x]])[0])}
