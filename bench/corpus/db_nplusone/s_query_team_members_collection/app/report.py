# corpus: safe DB101
from sqlalchemy.orm import Session, selectinload

from .models import Team


def team_sizes(session: Session) -> dict[str, int]:
    sizes = {}
    for team in session.query(Team).options(selectinload(Team.members)).all():
        sizes[team.name] = len(team.members)
    return sizes
