# corpus: vulnerable ASY102
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from starlette.responses import JSONResponse


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))


class UserRepository:
    def __init__(self, session: Session):
        self.session = session

    def get_name(self, user_id: int) -> str | None:
        return self.session.scalars(select(User.name).where(User.id == user_id)).first()


async def user_endpoint(request):
    repo = UserRepository(request.state.db)
    return JSONResponse({"name": repo.get_name(int(request.path_params["id"]))})
