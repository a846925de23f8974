# corpus: vulnerable SEC401
import subprocess


def backup(path: str) -> None:
    subprocess.run(
        ["mysqldump", "--user=backup", "--password=Dump!2024-zz", "--result-file", path, "shop"],
        check=True,
    )
