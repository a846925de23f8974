# corpus: safe DB104
import csv

from app.db import engine
from app.models import Order
from celery import shared_task
from sqlalchemy import select
from sqlalchemy.orm import Session


@shared_task
def export_orders(path: str) -> None:
    with Session(engine) as session, open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        for order in session.scalars(select(Order)).all():
            writer.writerow([order.id, order.total])
