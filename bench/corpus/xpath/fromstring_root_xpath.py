# corpus: vulnerable SEC110
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
with open("/srv/app/config.xml", "rb") as fh:
    CONFIG = etree.fromstring(fh.read())


@app.get("/config-value")
def config_value():
    key = request.args["key"]
    return {"values": [str(v) for v in CONFIG.xpath("//setting[@name='" + key + "']/@value")]}
