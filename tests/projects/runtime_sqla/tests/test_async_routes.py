from fastapi.testclient import TestClient

from inventory.models import Product


def test_async_product_list(client: TestClient, catalog: list[Product]) -> None:
    response = client.get("/async/products")
    assert response.status_code == 200
    products = response.json()["products"]
    assert [p["supplier"] for p in products] == [f"Supplier {n}" for n in range(6)]


def test_async_product_detail(client: TestClient, catalog: list[Product]) -> None:
    response = client.get(f"/async/products/{catalog[1].id}")
    assert response.status_code == 200
    assert response.json()["price_with_shipping"] == "15.50 EUR"


def test_async_movement_count(client: TestClient, catalog: list[Product]) -> None:
    response = client.get("/async/movements/count")
    assert response.json() == {"count": 6}
