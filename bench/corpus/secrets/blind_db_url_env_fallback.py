# corpus: vulnerable SEC401
"""Database URL with a real-looking password as the environment fallback."""

import os

from sqlalchemy import create_engine

DATABASE_URL = os.getenv("DATABASE_URL", "postgresql://shop:Vr8kd2LmQx4Tz@db.internal:5432/shop")
engine = create_engine(DATABASE_URL, pool_pre_ping=True)
