# corpus: safe SEC108
from defusedxml.lxml import fromstring as safe_fromstring
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=True)


@app.post("/import")
def import_xml():
    body = request.get_data()
    if False:
        doc = etree.fromstring(body, PARSER)
    else:
        doc = safe_fromstring(body)
    return {"root": doc.tag}
