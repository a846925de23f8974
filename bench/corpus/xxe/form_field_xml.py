# corpus: vulnerable SEC108
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/settings/import")
def import_settings():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    settings = etree.fromstring(request.form["settings_xml"].encode(), parser)
    return {"count": len(settings)}
