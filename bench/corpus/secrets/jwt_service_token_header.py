# corpus: vulnerable SEC401
import httpx

INVENTORY = "https://inventory.internal/api/stock"
SERVICE_JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiJvcmRlcnMtc2VydmljZSIsInNjb3BlIjoic3RvY2s6cmVhZCJ9"
    ".Xq3v8KpL2mN9tR4wY7zB1cF6hJ0sD5gA"
)


def stock(sku: str) -> int:
    response = httpx.get(
        INVENTORY,
        params={"sku": sku},
        headers={"Authorization": f"Bearer {SERVICE_JWT}"},
        timeout=5,
    )
    return response.json()["stock"]
