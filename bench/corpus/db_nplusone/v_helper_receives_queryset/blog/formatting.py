def category_titles(posts):
    titles = set()
    for post in posts:
        titles.add(post.category.title)
    return sorted(titles)
