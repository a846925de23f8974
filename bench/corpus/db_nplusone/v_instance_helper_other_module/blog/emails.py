def recipient_of(post):
    return post.author.user.email
