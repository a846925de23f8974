# corpus: safe DB101
from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    contains_eager,
    mapped_column,
    relationship,
)


class Base(DeclarativeBase):
    pass


class Team(Base):
    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))


class Player(Base):
    __tablename__ = "players"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"), index=True)
    team: Mapped[Team] = relationship()


def roster(session: Session, league_prefix: str):
    stmt = (
        select(Player)
        .join(Player.team)
        .where(Team.name.startswith(league_prefix))
        .options(contains_eager(Player.team))
        .order_by(Team.name, Player.name)
    )
    return [(p.team.name, p.name) for p in session.scalars(stmt)]
