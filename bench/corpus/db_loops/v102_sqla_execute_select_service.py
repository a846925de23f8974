# corpus: vulnerable DB102
from accounts.models import User
from sqlalchemy import select
from sqlalchemy.orm import Session


def users_for_emails(session: Session, emails: list[str]) -> dict[str, User | None]:
    found = {}
    for email in emails:
        found[email] = session.execute(
            select(User).where(User.email == email.lower())
        ).scalar_one_or_none()
    return found
