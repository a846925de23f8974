# corpus: safe REL106
def close_all(pool):
    try:
        pool.flush()
    finally:
        for conn in pool.connections:
            if conn.closed:
                continue
            conn.close()
