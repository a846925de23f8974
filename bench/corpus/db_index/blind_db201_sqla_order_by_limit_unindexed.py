# corpus: vulnerable DB201
from sqlalchemy import DateTime, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Article(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    section: Mapped[str] = mapped_column(String(40))
    published_at = mapped_column(DateTime)


def front_page(session: Session):
    stmt = (
        select(Article)
        .where(Article.section == "news")
        .order_by(Article.published_at.desc())
        .limit(10)
    )
    return session.scalars(stmt).all()
