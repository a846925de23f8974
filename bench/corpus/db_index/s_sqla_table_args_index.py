# corpus: safe DB201
from sqlalchemy import Column, DateTime, Index, Integer, String
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_kind_ts", "kind", "ts"),)

    id = Column(Integer, primary_key=True)
    kind = Column(String(32))
    payload = Column(String)
    ts = Column(DateTime)


def recent_events(session, kind, limit=100):
    return (
        session.query(Event).filter(Event.kind == kind).order_by(Event.ts.desc()).limit(limit).all()
    )
