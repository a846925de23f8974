from collections.abc import Iterator
from decimal import Decimal

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete
from sqlalchemy.orm import Session

from inventory.app import create_app
from inventory.db import Database, async_engine, sync_engine
from inventory.models import Base, Movement, Product, Setting, Supplier, Tag, product_tags
from inventory.settings import Settings, load_settings

PRODUCTS = 6


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return load_settings(str(tmp_path_factory.mktemp("db") / "inventory.sqlite3"))


@pytest.fixture(scope="session")
def database(settings: Settings) -> Iterator[Database]:
    engine = sync_engine(settings.database_url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    database = Database(engine, async_engine(settings.database_url))
    yield database
    engine.dispose()


@pytest.fixture
def catalog(database: Database) -> Iterator[list[Product]]:
    """Six products from six suppliers, two tags each, a currency setting and some movements."""
    with Session(database.engine, expire_on_commit=False) as session:
        tags = [Tag(name=name) for name in ("fresh", "frozen", "dry")]
        products = [
            Product(
                sku=f"SKU-{n}",
                name=f"Product {n}",
                price=Decimal("10.00") + n,
                barcode=f"400000000{n:04d}",
                supplier=Supplier(name=f"Supplier {n}"),
                tags=[tags[n % 3], tags[(n + 1) % 3]],
            )
            for n in range(PRODUCTS)
        ]
        session.add_all([Setting(name="currency", value="EUR"), *products])
        session.flush()
        session.add_all(Movement(product_id=p.id, quantity=n + 1) for n, p in enumerate(products))
        session.commit()
    yield products
    with Session(database.engine) as session:
        for table in (Movement.__table__, product_tags, Product.__table__, Tag.__table__):
            session.execute(delete(table))
        session.execute(delete(Supplier))
        session.execute(delete(Setting))
        session.commit()


@pytest.fixture
def client(database: Database, settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(database, fixed=settings.fixed)) as client:
        yield client
