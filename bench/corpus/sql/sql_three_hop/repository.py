from django.db import connection


def run_select(table: str, where: str) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, total FROM {table} WHERE {where}")
        return cursor.fetchall()
