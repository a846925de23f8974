from lxml import etree

TREE = etree.parse("/srv/app/catalog.xml")


def titles_by_author(author: str) -> list[str]:
    root = TREE.getroot()
    return [str(t) for t in root.xpath("//book[author='%s']/title/text()" % author)]
