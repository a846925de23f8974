# corpus: vulnerable DB102
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
    emails = []
    for m in memberships:
        user = session.get(User, m.user_id)
        emails.append(user.email)
    return emails
