# corpus: vulnerable REL120
from flask import Flask, jsonify
from flask.views import MethodView

app = Flask(__name__)


class NoteList(MethodView):
    def get(self):
        return jsonify([])


class NoteDetail(MethodView):
    def get(self, note_id):
        return jsonify({"id": note_id})

    def delete(self, note_id):
        return "", 204


app.add_url_rule("/notes/", view_func=NoteList.as_view("note_list"))
app.add_url_rule("/notes/<int:note_id>", view_func=NoteDetail.as_view("note_detail"))
