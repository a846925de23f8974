# corpus: vulnerable REL103
def notify_subscribers(subscribers, mailer):
    for subscriber in subscribers:
        try:
            mailer.send(subscriber.email, "New release")
        except BaseException:
            continue
