# corpus: vulnerable REL115
from .extensions import db
from .models import Membership, Team


def create_team(owner, name):
    team = Team(name=name, owner_id=owner.id)
    db.session.add(team)
    db.session.commit()
    db.session.add(Membership(team_id=team.id, user_id=owner.id, role="admin"))
    db.session.commit()
    return team
