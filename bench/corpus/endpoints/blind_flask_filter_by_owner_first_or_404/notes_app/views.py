# corpus: safe SEC216
"""id and owner in one `filter_by(...)`, then `first_or_404()`."""

from flask import Blueprint, jsonify
from flask_login import current_user, login_required

from notes_app.models import Note

bp = Blueprint("notes", __name__)


@bp.get("/notes")
@login_required
def index():
    return jsonify([n.body for n in Note.query.filter_by(owner_id=current_user.id)])


@bp.get("/notes/<int:note_id>")
@login_required
def show(note_id):
    note = Note.query.filter_by(id=note_id, owner_id=current_user.id).first_or_404()
    return jsonify(body=note.body)
