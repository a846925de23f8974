# corpus: safe SEC401
from string import Template

DSN_TEMPLATE = "postgresql://{user}:{password}@{host}/{name}"
ENV_FILE_TEMPLATE = Template("DB_PASSWORD=${db_password}\nAPI_KEY=${api_key}\n")
api_key = "{{ api_key }}"
password = "%(password)s"
client_secret = "${CLIENT_SECRET}"
