# corpus: vulnerable DB102
from app.models import User
from sqlalchemy.orm import Session


class UserRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def by_id(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)


class MentionService:
    def __init__(self, session: Session) -> None:
        self.users = UserRepository(session)

    def resolve(self, user_ids: list[int]) -> list[User]:
        found = []
        for user_id in user_ids:
            user = self.users.by_id(user_id)
            if user is not None:
                found.append(user)
        return found
