def comment_block(author: str, comment: str) -> str:
    return f"<article><h4>{author}</h4><div>{comment}</div></article>"
