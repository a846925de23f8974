# corpus: safe REL119
import time

import httpx


class RenderJob:
    poll_interval = 15

    def __init__(self, job_url):
        self.job_url = job_url

    def wait(self):
        while True:
            status = httpx.get(self.job_url, timeout=5).json()["status"]
            if status in {"done", "failed"}:
                return status
            time.sleep(self.poll_interval)
