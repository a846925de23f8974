# corpus: vulnerable DB103
from app.models import Ticket
from sqlalchemy import select
from sqlalchemy.orm import Session


def close_stale(session: Session, cutoff) -> None:
    for ticket in session.scalars(select(Ticket).where(Ticket.updated_at < cutoff)):
        ticket.status = "closed"
        session.flush()
