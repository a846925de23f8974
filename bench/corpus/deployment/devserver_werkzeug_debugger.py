# corpus: vulnerable SEC308
from service.wsgi import application
from werkzeug.serving import run_simple

BIND = "0.0.0.0"

run_simple(BIND, 8080, application, use_reloader=True, use_debugger=True)
