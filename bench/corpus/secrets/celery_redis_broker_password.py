# corpus: vulnerable SEC401
from celery import Celery

app = Celery("shop", broker="redis://:Str0ng-R3dis-Pw@cache.internal:6379/0")
