# corpus: safe DB102
from accounts.models import User
from sqlalchemy import select
from sqlalchemy.orm import Session


def users_for_emails(session: Session, emails: list[str]) -> dict[str, User | None]:
    wanted = [email.lower() for email in emails]
    rows = session.scalars(select(User).where(User.email.in_(wanted))).all()
    by_email = {user.email: user for user in rows}
    return {email: by_email.get(email.lower()) for email in emails}
