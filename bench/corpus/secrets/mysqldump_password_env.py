# corpus: safe SEC401
import os
import subprocess


def backup(path: str) -> None:
    env = {**os.environ, "MYSQL_PWD": os.environ["BACKUP_DB_PASSWORD"]}
    subprocess.run(
        ["mysqldump", "--user=backup", "--result-file", path, "shop"],
        check=True,
        env=env,
    )
