# corpus: safe SEC110
from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/app/catalog.xml")
FIELDS = {"title", "author", "year"}


@app.get("/books/field")
def book_field():
    field = request.args.get("field", "title")
    if field not in FIELDS:
        abort(400)
    return {"values": [str(v) for v in CATALOG.xpath(f"//book/{field}/text()")]}
