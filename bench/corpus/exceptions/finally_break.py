# corpus: vulnerable REL106
def drain(queue):
    while True:
        try:
            job = queue.pop()
            job.run()
        finally:
            if queue.empty():
                break
