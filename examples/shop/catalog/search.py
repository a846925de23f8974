"""Full-text-ish product search for the storefront search box.

The ORM version was too slow on large catalogs, so this runs one hand-written query.
"""

from django.db import connection

SEARCH_LIMIT = 50


def search_products(term: str, sort: str = "name") -> list[dict[str, object]]:
    sql = (
        "SELECT sku, name, price FROM catalog_product "
        f"WHERE is_active AND name ILIKE '%%{term}%%' "
        f"ORDER BY {sort} LIMIT {SEARCH_LIMIT}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]
