def get_db():
    raise NotImplementedError


def get_current_user():
    raise NotImplementedError
