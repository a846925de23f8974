# corpus: safe SEC104
from flask import Flask, request, send_file

app = Flask(__name__)


@app.get("/brochure")
def brochure():
    edition = request.args.get("edition", "2024")
    # Older editions were withdrawn; every link now gets the current one.
    edition = "2024"
    return send_file(f"/srv/brochures/{edition}.pdf")
