from fastapi.testclient import TestClient

from inventory.models import Product


def test_product_list(client: TestClient, catalog: list[Product]) -> None:
    response = client.get("/products")
    assert response.status_code == 200
    products = response.json()["products"]
    assert [p["sku"] for p in products] == [f"SKU-{n}" for n in range(6)]
    assert products[0]["supplier"] == "Supplier 0"


def test_product_detail(client: TestClient, catalog: list[Product]) -> None:
    response = client.get(f"/products/{catalog[2].id}")
    assert response.status_code == 200
    assert response.json()["price"] == "12.00 EUR"
    assert response.json()["price_with_shipping"] == "16.50 EUR"


def test_stock_by_barcode(client: TestClient, catalog: list[Product]) -> None:
    response = client.get("/stock/4000000000003")
    assert response.status_code == 200
    assert response.json()["skus"] == ["SKU-3"]


def test_movements_report(client: TestClient, catalog: list[Product]) -> None:
    response = client.get("/reports/movements")
    assert response.status_code == 200
    assert response.json()["moved"] == 21
