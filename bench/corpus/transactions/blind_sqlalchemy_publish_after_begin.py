# corpus: safe REL116
# The SQS message is sent after session.begin() has committed.
import json

import boto3

from .db import Session
from .models import Order

sqs = boto3.client("sqs")


def place_order(queue_url, customer_id, lines):
    with Session() as session:
        with session.begin():
            order = Order(customer_id=customer_id, lines=lines)
            session.add(order)
            session.flush()
            order_id = order.id
    sqs.send_message(QueueUrl=queue_url, MessageBody=json.dumps({"order": order_id}))
    return order_id
