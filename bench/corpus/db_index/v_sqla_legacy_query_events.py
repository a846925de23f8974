# corpus: vulnerable DB201
from sqlalchemy import Column, DateTime, Integer, String
from sqlalchemy.ext.declarative import declarative_base

Base = declarative_base()


class Event(Base):
    __tablename__ = "events"
    id = Column(Integer, primary_key=True)
    kind = Column(String(32))
    payload = Column(String)
    ts = Column(DateTime)


def recent_events(session, kind, limit=100):
    return (
        session.query(Event).filter(Event.kind == kind).order_by(Event.ts.desc()).limit(limit).all()
    )
