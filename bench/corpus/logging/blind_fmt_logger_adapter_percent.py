# corpus: vulnerable REL109
import logging

logger = logging.getLogger(__name__)


class RequestLogger(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["request_id"], msg), kwargs


def record_charge(request_id, customer, amount):
    log = RequestLogger(logger, {"request_id": request_id})
    log.info("charged customer %s for %.2f EUR" % (customer.pk, amount))
