# corpus: safe REL118
class AuditLog:
    def __init__(self, path):
        self.handle = open(path, "a", encoding="utf-8")

    def write(self, line):
        self.handle.write(line + "\n")

    def close(self):
        self.handle.close()
