# corpus: vulnerable REL118
def count_errors(log_path):
    total = 0
    for line in open(log_path):
        if "ERROR" in line:
            total += 1
    return total
