# corpus: safe DB103
from app.models import AuditEvent
from sqlalchemy.orm import Session


def record_events(session: Session, events: list[dict]) -> None:
    for event in events:
        session.add(AuditEvent(kind=event["kind"], payload=event))
    session.commit()
