# corpus: vulnerable SEC108
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


@app.post("/invoices/import")
def import_invoice():
    doc = etree.fromstring(request.get_data(), PARSER)
    return {"lines": len(doc.findall(".//line"))}
