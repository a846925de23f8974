# corpus: safe REL106
def release(lock, journal):
    try:
        journal.flush()
    finally:
        lock.release()
    return True
