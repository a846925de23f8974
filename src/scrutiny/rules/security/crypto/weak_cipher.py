"""# Broken cipher, ECB mode or static IV

## What it does
Finds encryption with a broken or obsolete cipher: DES, 3DES (TripleDES), RC4 (ARC4), RC2,
Blowfish, CAST and IDEA, in pycryptodome (`Crypto.Cipher.DES.new`, `ARC4.new`, also under
`Cryptodome`), `cryptography` (`algorithms.TripleDES`, `ARC4`, `Blowfish`, also under
`hazmat.decrepit`) and `pyDes`; any cipher in ECB mode (`AES.new(key, AES.MODE_ECB)`,
`modes.ECB()`); and a constant IV or nonce (`AES.new(key, AES.MODE_CBC, iv=b"0" * 16)`,
`modes.CBC(b"\\x00" * 16)`), with constants resolved through module-level names.

## Why it matters
DES keys (56 bits) are brute-forced in a day; 3DES and Blowfish have 64-bit blocks, so the
Sweet32 birthday attack recovers plaintext after a few dozen gigabytes under one key; RC4's
keystream is biased enough to recover cookies from TLS. ECB encrypts equal blocks to equal
ciphertext, so the structure of the data shows through (the "ECB penguin") and blocks can be cut
and pasted to forge messages. A fixed IV makes CBC deterministic and a fixed nonce in CTR or GCM
reuses the keystream, which reveals the XOR of two plaintexts and, for GCM, the authentication key.

## Example
```python
from Crypto.Cipher import AES, DES

def encrypt_card(number: bytes, key: bytes) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(pad(number, 16))

def legacy_encrypt(data: bytes, key: bytes) -> bytes:
    return DES.new(key, DES.MODE_CBC, iv=b"12345678").encrypt(pad(data, 8))
```

## Use instead
```python
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def encrypt(data: bytes, key: bytes, associated: bytes = b"") -> bytes:
    nonce = os.urandom(12)  # fresh for every message, never reused with the same key
    return nonce + AESGCM(key).encrypt(nonce, data, associated)

def decrypt(blob: bytes, key: bytes, associated: bytes = b"") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], associated)
```
Or, without choosing parameters at all: `Fernet(key).encrypt(data)`.

## Alternatives and trade-offs
- **Fernet** (`cryptography.fernet`): AES-128-CBC + HMAC-SHA256 with random IVs and timestamps;
  the easiest correct choice, at the cost of larger tokens and no streaming.
- **AES-GCM** (`AESGCM`): fast with AES-NI, authenticated; the 96-bit random nonce limits one key
  to about 2^32 messages.
- **ChaCha20-Poly1305** (`ChaCha20Poly1305`): as safe, faster without AES hardware; same nonce
  rules. `XChaCha20` (PyNaCl / libsodium `SecretBox`) has nonces large enough to pick at random
  forever.
- **AES-GCM-SIV** or `AESSIV` when nonce reuse cannot be ruled out (misuse-resistant, a little
  slower).
- To read legacy 3DES/RC4 data, decrypt once and re-encrypt with one of the above; keep the legacy
  code path decrypt-only.

## Libraries
`cryptography` (Fernet, AESGCM, ChaCha20Poly1305), `PyNaCl`, `pycryptodome` (`AES.MODE_GCM`,
`ChaCha20_Poly1305`), `tink`.

## References
- https://cryptography.io/en/latest/fernet/
- https://sweet32.info/
- https://cheatsheetseries.owasp.org/cheatsheets/Cryptographic_Storage_Cheat_Sheet.html
- https://cwe.mitre.org/data/definitions/327.html
"""

from __future__ import annotations

import ast

from scrutiny.context import RuleContext
from scrutiny.finding import Confidence, Severity
from scrutiny.frameworks import crypto
from scrutiny.rule import Rule
from scrutiny.semantic.model import SemanticModel

FIX = "use an AEAD: AESGCM or ChaCha20Poly1305 from `cryptography` with a random nonce, or Fernet"


def check(node: ast.Call, ctx: RuleContext) -> None:
    semantic = ctx.semantic
    qualified = semantic.qualified_name(node.func)
    if qualified is None:
        return
    weak = _weak_cipher(qualified)
    if weak is not None:
        ctx.report(
            node,
            f"{weak} is a broken or 64-bit-block cipher: its ciphertext can be decrypted or "
            "forged by a capable attacker",
            fix=FIX,
        )
        return
    if _is_pycryptodome_factory(qualified):
        _check_pycryptodome_mode(node, ctx)
    elif qualified == crypto.ECB_MODE_CLASS:
        ctx.report(node, _ECB_MESSAGE, fix=FIX)
    elif qualified.startswith(crypto.CRYPTOGRAPHY_MODES + "."):
        mode = qualified.rsplit(".", 1)[-1]
        if mode in crypto.IV_MODE_CLASSES and node.args:
            _check_static_iv(node.args[0], mode, ctx)


_ECB_MESSAGE = (
    "ECB mode encrypts equal blocks to equal ciphertext: the data's structure leaks and blocks "
    "can be rearranged"
)


def _weak_cipher(qualified: str) -> str | None:
    if qualified in crypto.OTHER_WEAK_CIPHERS:
        return crypto.OTHER_WEAK_CIPHERS[qualified]
    module, _, name = qualified.rpartition(".")
    if module in crypto.CRYPTOGRAPHY_ALGORITHM_MODULES:
        return crypto.WEAK_CRYPTOGRAPHY_ALGORITHMS.get(name)
    package, _, cipher = module.rpartition(".")
    if package in crypto.CIPHER_MODULES and name == crypto.CIPHER_FACTORY:
        return crypto.WEAK_PYCRYPTODOME_CIPHERS.get(cipher)
    return None


def _is_pycryptodome_factory(qualified: str) -> bool:
    module, _, name = qualified.rpartition(".")
    return name == crypto.CIPHER_FACTORY and module.rpartition(".")[0] in crypto.CIPHER_MODULES


def _check_pycryptodome_mode(node: ast.Call, ctx: RuleContext) -> None:
    mode_expr = node.args[1] if len(node.args) > 1 else crypto.keyword_value(node, "mode")
    if mode_expr is None:
        return
    mode = _mode_name(mode_expr, ctx.semantic)
    if mode == crypto.ECB_MODE_ATTRIBUTE:
        ctx.report(node, _ECB_MESSAGE, fix=FIX)
        return
    iv = node.args[crypto.IV_POSITION] if len(node.args) > crypto.IV_POSITION else None
    for item in node.keywords:
        if item.arg in crypto.IV_KEYWORDS:
            iv = item.value
    if iv is not None:
        _check_static_iv(iv, (mode or "").removeprefix("MODE_"), ctx)


def _mode_name(expr: ast.expr, semantic: SemanticModel) -> str | None:
    if isinstance(expr, ast.Name):
        values = semantic.assigned_values(expr)
        if values and len(values) == 1 and values[0] is not None:
            expr = values[0]
    return expr.attr if isinstance(expr, ast.Attribute) else None


def _check_static_iv(expr: ast.expr, mode: str, ctx: RuleContext) -> None:
    if not _is_constant_bytes(expr, ctx.semantic):
        return
    label = "nonce" if mode in {"CTR", "GCM", "EAX", "CCM", "SIV", "OCB"} else "IV"
    ctx.report(
        expr,
        f"constant {label} for {mode or 'the cipher'}: every message is encrypted the same way, "
        "so equal plaintexts show and keystreams are reused",
        fix="generate a fresh IV or nonce per message (os.urandom) and send it with the ciphertext",
        severity=Severity.MEDIUM,
    )


def _is_constant_bytes(expr: ast.expr, semantic: SemanticModel, depth: int = 0) -> bool:
    if depth > 4:
        return False
    if isinstance(expr, ast.Name):
        values = semantic.assigned_values(expr)
        if values and len(values) == 1 and values[0] is not None and values[0] is not expr:
            return _is_constant_bytes(values[0], semantic, depth + 1)
        return False
    if (
        isinstance(expr, ast.Call)
        and semantic.qualified_name(expr.func) == "builtins.bytes"
        and len(expr.args) == 1
        and isinstance(semantic.literal_value(expr.args[0]), int)
    ):
        return True  # bytes(16): sixteen zero bytes
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.Mult | ast.Add):
        return _is_constant_bytes(expr.left, semantic, depth + 1) and (
            _is_constant_bytes(expr.right, semantic, depth + 1)
            or isinstance(semantic.literal_value(expr.right), int)
        )
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute):
        # b"...".encode() / "...".encode() / bytes.fromhex("00..")
        if expr.func.attr == "encode":
            return isinstance(semantic.literal_value(expr.func.value), str)
        if expr.func.attr == "fromhex" and expr.args:
            return isinstance(semantic.literal_value(expr.args[0]), str)
    value = semantic.literal_value(expr)
    return isinstance(value, bytes | str)


RULE = Rule(
    code="SEC209",
    name="weak-cipher",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(327,),
    owasp=("A02:2021",),
    doc=__doc__ or "",
    quiet_in=frozenset({"tests"}),
    visits=(ast.Call,),
    check=check,
)
