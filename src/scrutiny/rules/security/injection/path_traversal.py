"""# File path built from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that reaches a file system path: `open()`, `io.open()`, `codecs.open()`, `os` and
`shutil` file operations (`os.remove()`, `os.rename()`, `os.listdir()`, `os.makedirs()`,
`shutil.copy()`, `shutil.rmtree()`, ...), `pathlib.Path(...)`, `tarfile.open()` and
`zipfile.ZipFile()`, and the responses that send a file: `flask.send_file()` and the `FileResponse`
of Django, Starlette and FastAPI.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet when the value went through
`os.path.basename()`, `werkzeug.utils.secure_filename()` or Django's `get_valid_filename()`, for
constant paths and for flows that only exist through a dead branch. Like every taint rule, it treats
as clean the values converted to a number, `UUID`, `Decimal`, date or IPv4, and values checked
before the sink against a constant allow-list (`if value not in ALLOWED: abort(400)`) or a
full-match regular expression.

## Why it matters
`../../../etc/passwd`, or simply an absolute path, walks out of the directory you meant:
`os.path.join("/srv/uploads", "/etc/passwd")` returns `/etc/passwd`, and `Path("/srv/uploads") /
"/etc/passwd"` does the same. Reads leak source code, `settings.py` with its `SECRET_KEY` (which
forges sessions and signed cookies), `.env` files and cloud credentials. Writes and deletes are
worse: overwriting a template, a `.py` file or `~/.ssh/authorized_keys` becomes code execution,
and `rmtree()` on a user-chosen directory is data loss. Frameworks decode `%2e%2e%2f` before your
code sees it, so filtering the raw URL does not help.

## Example
```python
import os

from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.get("/download")
def download():
    name = request.args["file"]
    return send_file(os.path.join(UPLOAD_DIR, name))
```

## Use instead
Reduce the value to one file name, then let the framework join it inside the directory:
```python
from flask import Flask, abort, request, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.get("/download")
def download():
    name = secure_filename(request.args.get("file", ""))
    if not name:
        abort(404)
    return send_from_directory(UPLOAD_DIR, name, as_attachment=True)
```
When subdirectories are legitimate, resolve the path and check that it stays inside the root:
```python
from pathlib import Path

UPLOAD_ROOT = Path("/srv/app/uploads").resolve()


def upload_path(relative: str) -> Path:
    path = (UPLOAD_ROOT / relative).resolve()
    if not path.is_relative_to(UPLOAD_ROOT):
        raise PermissionError(f"{relative!r} is outside the upload directory")
    return path
```

## Alternatives and trade-offs
- **Server-generated names**: store uploads under a UUID and keep the user's file name in the
  database for display. The request then carries an id, never a path, and the problem disappears.
- **`secure_filename()`** flattens any input to one safe ASCII name, but it changes names (drops
  non-ASCII characters) and may return an empty string, which you must reject.
- **`os.path.basename()`** strips directories, but `basename("..")` is `".."`, harmless for
  `open()` yet not for `os.listdir()` or `shutil.rmtree()`, and on POSIX it does not split on
  backslashes. Reject `.`, `..` and empty names after it.
- **Resolve and contain** (`resolve()` then `is_relative_to()`, or `os.path.commonpath()`) allows
  subdirectories and follows symlinks. Never compare with `str.startswith()`: `/srv/app/uploads2`
  starts with `/srv/app/uploads`. A symlink created between check and use still races the check.
  Scrutiny cannot tell that such a helper contains the path: suppress the finding where the
  helper's result is opened, with the reason.
- **Framework helpers**: Flask's `send_from_directory()` and `werkzeug.security.safe_join()`, and
  Django's `FileSystemStorage`, which refuses paths outside its location.
- **Least privilege**: a process user that can only read its upload directory, and a read-only
  root file system in containers, limit what a miss can reach.

## Libraries
`werkzeug.utils.secure_filename`, `werkzeug.security.safe_join`, Flask `send_from_directory`,
Django `FileSystemStorage` and `django-storages`, `pathvalidate`.

## References
- https://owasp.org/www-community/attacks/Path_Traversal
- https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html
- https://flask.palletsprojects.com/en/stable/api/#flask.send_from_directory
- https://cwe.mitre.org/data/definitions/22.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC104",
    name="path-traversal",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(22,),
    owasp=("A01:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="path"),
)
