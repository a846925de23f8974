# corpus: vulnerable SEC208
import hashlib as hl

DIGEST = "md5"


def session_key_for(user_id: int, issued_at: float) -> str:
    session_key = hl.new(DIGEST, f"{user_id}-{issued_at}".encode()).hexdigest()
    return session_key
