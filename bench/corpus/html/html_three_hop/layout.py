def wrap(title: str, content: str) -> str:
    return f"<!doctype html><title>{title}</title><main>{content}</main>"
