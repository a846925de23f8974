from html_three_hop.fragments import comment_block
from html_three_hop.layout import wrap


def comment_page(author: str, comment: str) -> str:
    return wrap("Preview", comment_block(author, comment))
