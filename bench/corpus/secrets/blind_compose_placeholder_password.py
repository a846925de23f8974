# corpus: safe SEC401
"""Local docker-compose defaults: obvious placeholders, real values come from the environment."""

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    db_host: str = "localhost"
    db_user: str = "app"
    db_password: str = "changeme"
    smtp_password: str = ""
    api_token: str = "<set-in-env>"
