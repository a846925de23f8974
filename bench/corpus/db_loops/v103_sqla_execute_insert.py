# corpus: vulnerable DB103
from metrics.models import Sample
from sqlalchemy import insert
from sqlalchemy.orm import Session


def store_samples(session: Session, samples: list[tuple[str, float]]) -> None:
    for name, value in samples:
        session.execute(insert(Sample).values(name=name, value=value))
    session.commit()
