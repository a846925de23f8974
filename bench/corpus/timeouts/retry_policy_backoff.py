# corpus: safe REL114
import time


class Uploader:
    def __init__(self, client, backoff):
        self.client = client
        self.backoff = backoff

    def upload(self, blob):
        for attempt in range(4):
            try:
                return self.client.put(blob)
            except ConnectionError:
                time.sleep(self.backoff.delay(attempt))
        raise RuntimeError("upload failed")
