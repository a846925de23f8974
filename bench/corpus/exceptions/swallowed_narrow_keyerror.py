# corpus: safe REL103
def forget(session, key):
    try:
        del session[key]
    except KeyError:
        pass
