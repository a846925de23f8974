# corpus: vulnerable SEC401
import psycopg2

conn = psycopg2.connect(
    "host=pg.internal dbname=billing user=billing password=Bx7-q!9Lr2 sslmode=require"
)
