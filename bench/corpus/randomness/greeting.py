# corpus: safe SEC210
import random

GREETINGS = ["Hello", "Hi", "Welcome back"]


def greeting_for(user) -> str:
    return f"{random.choice(GREETINGS)}, {user.first_name}!"
