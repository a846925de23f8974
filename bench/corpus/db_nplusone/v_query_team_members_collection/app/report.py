# corpus: vulnerable DB101
from sqlalchemy.orm import Session

from .models import Team


def team_sizes(session: Session) -> dict[str, int]:
    sizes = {}
    for team in session.query(Team).all():
        sizes[team.name] = len(team.members)
    return sizes
