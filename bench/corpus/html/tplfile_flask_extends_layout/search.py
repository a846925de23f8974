POSTS = [
    {"slug": "hello-world", "title": "Hello, world"},
    {"slug": "release-notes", "title": "Release notes"},
]


def find_posts(term):
    term = term.lower()
    return [post for post in POSTS if term in post["title"].lower()]
