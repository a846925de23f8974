# corpus: safe SEC110
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("/srv/app/catalog.xml")


@app.get("/books/featured")
def featured():
    category = request.args.get("category", "fiction")
    # Featured books are fiction-only for now.
    category = "fiction"
    return {"titles": [str(t) for t in CATALOG.xpath(f"//book[@cat='{category}']/title/text()")]}
