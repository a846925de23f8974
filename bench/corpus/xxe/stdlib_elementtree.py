# corpus: safe SEC108
import xml.etree.ElementTree as ET

from flask import Flask, request

app = Flask(__name__)


@app.post("/sitemap/validate")
def validate_sitemap():
    root = ET.fromstring(request.get_data())
    return {"urls": len(root)}
