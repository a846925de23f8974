# corpus: vulnerable SEC214
"""Every route of the notes blueprint requires login except the DELETE added later."""

from flask import Blueprint, jsonify, request
from flask_login import current_user, login_required

from .models import Note, db

notes = Blueprint("notes", __name__, url_prefix="/notes")


@notes.get("/")
@login_required
def list_notes():
    return jsonify([n.to_dict() for n in Note.query.filter_by(owner_id=current_user.id)])


@notes.post("/")
@login_required
def create_note():
    note = Note(owner_id=current_user.id, body=request.json["body"])
    db.session.add(note)
    db.session.commit()
    return jsonify(note.to_dict()), 201


@notes.put("/<int:note_id>")
@login_required
def update_note(note_id):
    note = Note.query.filter_by(id=note_id, owner_id=current_user.id).first_or_404()
    note.body = request.json["body"]
    db.session.commit()
    return jsonify(note.to_dict())


@notes.delete("/<int:note_id>")
def delete_note(note_id):
    Note.query.filter_by(id=note_id).delete()
    db.session.commit()
    return "", 204
