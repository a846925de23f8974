# corpus: safe DB103
from app.models import AuditEvent
from sqlalchemy.orm import Session


def record_events(session: Session, events: list[dict]) -> None:
    session.add_all([AuditEvent(kind=event["kind"], payload=event) for event in events])
    session.commit()
