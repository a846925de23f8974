# corpus: safe SEC111
import nh3
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.post("/bio/preview")
def bio_preview():
    bio = nh3.clean(request.form.get("bio", ""))
    return render_template("bio.html", bio=Markup(bio))
