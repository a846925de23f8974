# corpus: vulnerable REL106
def process_all(jobs, results):
    for job in jobs:
        try:
            results.append(job.run())
        finally:
            continue
