# corpus: safe REL104
class RetryLater(Exception):
    pass


def schedule(queue, job):
    try:
        queue.put(job)
    except OSError as err:

        def fail_later():
            raise RetryLater("queue unavailable")

        queue.on_ready(fail_later, err)
