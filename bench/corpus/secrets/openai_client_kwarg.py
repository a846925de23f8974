# corpus: vulnerable SEC401
from openai import OpenAI

client = OpenAI(api_key="sk-proj-2xJbgMtAkAwJhsd1ZpT6iK8fFTNfGCm1tNUjpWPv0hvlnTfM")


def summarize(text: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini", messages=[{"role": "user", "content": text}]
    )
    return reply.choices[0].message.content
