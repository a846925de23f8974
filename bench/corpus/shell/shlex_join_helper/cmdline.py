import shlex


def command_line(program: str, *arguments: str) -> str:
    return shlex.join([program, *arguments])
