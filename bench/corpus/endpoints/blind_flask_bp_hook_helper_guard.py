# corpus: safe SEC214
"""The blueprint's before_request hook refuses anonymous users for every route."""

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user

from .models import Team, db

teams = Blueprint("teams", __name__, url_prefix="/teams")


@teams.before_request
def _only_members():
    if not current_user.is_authenticated:
        abort(401)


@teams.get("/")
def list_teams():
    return jsonify([t.name for t in current_user.teams])


@teams.post("/")
def create_team():
    team = Team(name=request.json["name"], owner=current_user)
    db.session.add(team)
    db.session.commit()
    return jsonify(id=team.id), 201


@teams.delete("/<int:team_id>")
def delete_team(team_id):
    Team.query.filter_by(id=team_id, owner_id=current_user.id).delete()
    db.session.commit()
    return "", 204
