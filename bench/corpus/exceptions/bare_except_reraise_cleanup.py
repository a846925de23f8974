# corpus: safe REL102
from django.db import connection


def run_batch(statements):
    cursor = connection.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    except:
        cursor.close()
        raise
    cursor.close()
