def lookup_command(record_type: str, name: str) -> str:
    return "dig +short {} {}".format(record_type, name)
