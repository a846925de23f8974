"""# Request data deserialized with pickle or an unsafe loader

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that reaches a deserializer able to construct arbitrary objects:
`pickle.load()`/`loads()`, `dill`, `shelve.open()`, `marshal.load()`/`loads()`,
`jsonpickle.decode()`, `joblib.load()`, `pandas.read_pickle()`, `torch.load()`, and `yaml.load()`
with an unsafe loader, `yaml.full_load()` and `yaml.unsafe_load()`.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. No transformation makes a pickle safe (decoding base64 or
decompressing only unwraps it), so this kind has no specific sanitizer; the rule stays quiet for
data formats (`json.loads()`, `yaml.safe_load()`), for constant input and for flows that only exist
through a dead branch.

## Why it matters
Unpickling runs code by design: an object's `__reduce__` names any callable and its arguments,
so a 60-byte payload that says "call `os.system` with this string" executes on your server while
it is being *loaded*, before any validation of the result. `yaml.load()` with the full loader
does the same through `!!python/object/apply`. Base64-encoding the pickle into a cookie or hidden
field, or compressing it, changes nothing. Signing it with a secret helps only while the secret
stays secret; then the signing key is a code-execution key.

## Example
```python
import base64
import pickle

from flask import Flask, render_template, request

app = Flask(__name__)


@app.get("/cart")
def cart():
    raw = request.cookies.get("cart")
    items = pickle.loads(base64.b64decode(raw)) if raw else []
    return render_template("cart.html", items=items)
```

## Use instead
Use a data-only format and validate its shape:
```python
from flask import Flask, render_template, request
from pydantic import BaseModel, Field, TypeAdapter, ValidationError

app = Flask(__name__)


class CartItem(BaseModel):
    sku: str = Field(max_length=32)
    quantity: int = Field(ge=1, le=99)


CART = TypeAdapter(list[CartItem])


@app.get("/cart")
def cart():
    try:
        items = CART.validate_json(request.cookies.get("cart", "[]"))
    except ValidationError:
        items = []
    return render_template("cart.html", items=items)
```
and load YAML with the safe loader: `config = yaml.safe_load(request.data)`.

## Alternatives and trade-offs
- **JSON plus validation** (`pydantic`, `marshmallow`, `msgspec`) covers almost every case where
  pickle is used for convenience. You lose arbitrary Python types; you gain a format other
  services and languages can read, and a schema.
- **Server-side state**: keep the cart or wizard state in the database or a server-side session
  and put only an opaque id in the cookie. Nothing to deserialize, nothing to tamper with.
- **`yaml.safe_load()`** builds only plain types. It still expands aliases, so bound the input size
  to avoid "billion laughs" memory blow-ups.
- **MessagePack or Protocol Buffers** for compact binary messages between services; both are data
  only.
- **Signed pickles** (HMAC checked with `hmac.compare_digest()` before loading) are acceptable only
  between your own services, with a key that never reaches clients; a leaked key is remote code
  execution. `itsdangerous` signs JSON instead and is the better tool for tokens.
- **A restricted `Unpickler`** overriding `find_class()` with an allow-list is a last resort for
  legacy data: easy to get subtly wrong. `jsonpickle` is not a safe pickle; it has the same power.
- **Model files**: `torch.load()` with `weights_only=True`, or `safetensors`, instead of pickles.

## Libraries
`json`, `pydantic`, `marshmallow`, `msgspec`, `msgpack`, PyYAML `safe_load()`, `itsdangerous`,
`safetensors`.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/Deserialization_Cheat_Sheet.html
- https://docs.python.org/3/library/pickle.html#restricting-globals
- https://pyyaml.org/wiki/PyYAMLDocumentation
- https://cwe.mitre.org/data/definitions/502.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC107",
    name="insecure-deserialization",
    severity=Severity.CRITICAL,
    confidence=Confidence.HIGH,
    cwe=(502,),
    owasp=("A08:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="deserialization"),
)
