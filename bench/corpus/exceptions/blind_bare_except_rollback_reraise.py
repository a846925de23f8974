# corpus: safe REL102
# A bare except that only rolls back and re-raises: nothing is swallowed.
from .db import Session


def transfer(source_id, target_id, amount):
    session = Session()
    try:
        source = session.get(Account, source_id)
        target = session.get(Account, target_id)
        source.balance -= amount
        target.balance += amount
        session.commit()
    except:
        session.rollback()
        raise
    finally:
        session.close()


class Account:
    pass
