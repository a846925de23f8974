# corpus: vulnerable REL106
class ExportJob:
    def __init__(self, lock, storage):
        self.lock = lock
        self.storage = storage

    def run(self, rows):
        status = "failed"
        acquired = self.lock.acquire(timeout=5)
        try:
            self.storage.write(rows)
            status = "done"
        finally:
            if acquired:
                self.lock.release()
            return status
