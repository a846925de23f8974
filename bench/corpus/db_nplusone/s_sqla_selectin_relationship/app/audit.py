# corpus: safe DB101
from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import User


def last_logins(session: Session):
    users = session.scalars(select(User).where(User.email.like("%@corp.com")))
    return {u.email: max((s.created for s in u.sessions), default=None) for u in users}
