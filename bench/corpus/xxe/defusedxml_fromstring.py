# corpus: safe SEC108
from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    doc = fromstring(request.get_data())
    return {"lines": len(doc.findall(".//line"))}
