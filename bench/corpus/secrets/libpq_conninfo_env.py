# corpus: safe SEC401
import os

import psycopg2

CONNINFO = "host=pg.internal dbname=billing user=billing sslmode=require"
conn = psycopg2.connect(CONNINFO, password=os.environ["PGPASSWORD"])
