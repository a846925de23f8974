# corpus: safe SEC308
from service.wsgi import application
from werkzeug.serving import run_simple

run_simple("127.0.0.1", 8080, application, use_reloader=True, use_debugger=True)
