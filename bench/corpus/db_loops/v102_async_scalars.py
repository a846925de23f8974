# corpus: vulnerable DB102
from blog.models import Tag
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession


async def ensure_tags(session: AsyncSession, names: list[str]) -> list[Tag]:
    tags = []
    for name in names:
        tag = (await session.scalars(select(Tag).where(Tag.name == name))).first()
        if tag is None:
            tag = Tag(name=name)
            session.add(tag)
        tags.append(tag)
    return tags
