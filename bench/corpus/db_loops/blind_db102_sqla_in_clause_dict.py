# corpus: safe DB102
from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(255), unique=True)


class Membership(Base):
    __tablename__ = "memberships"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    team_id: Mapped[int] = mapped_column(index=True)


def team_emails(session: Session, team_id: int) -> list[str]:
    memberships = session.scalars(select(Membership).where(Membership.team_id == team_id)).all()
    ids = [m.user_id for m in memberships]
    users = {u.id: u for u in session.scalars(select(User).where(User.id.in_(ids)))}
    return [users[m.user_id].email for m in memberships]
