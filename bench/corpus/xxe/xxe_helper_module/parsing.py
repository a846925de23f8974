from lxml import etree

_PARSER = etree.XMLParser(resolve_entities=True, dtd_validation=True)


def parse_order(document: bytes):
    return etree.XML(document, _PARSER)
