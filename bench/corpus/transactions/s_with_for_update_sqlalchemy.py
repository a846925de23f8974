# corpus: safe REL117
from app.models import Account
from sqlalchemy import select


def withdraw(session, pk, amount):
    account = session.execute(
        select(Account).where(Account.id == pk).with_for_update()
    ).scalar_one()
    account.balance -= amount
    session.commit()
