# corpus: safe DB202
from sqlalchemy import Column, ForeignKey, Index, Integer, Numeric
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Cart(Base):
    __tablename__ = "carts"
    id = Column(Integer, primary_key=True)
    items = relationship("CartItem", back_populates="cart", cascade="all, delete-orphan")


class CartItem(Base):
    __tablename__ = "cart_items"
    __table_args__ = (Index("ix_cart_items_cart_position", "cart_id", "position"),)

    id = Column(Integer, primary_key=True)
    cart_id = Column(Integer, ForeignKey("carts.id"), nullable=False)
    position = Column(Integer, nullable=False)
    price = Column(Numeric(10, 2))
    cart = relationship("Cart", back_populates="items")
