"""# XPath expression built from request data

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) that ends up in the text of an XPath expression evaluated by lxml: the `xpath()` method
of elements and trees, and `etree.XPath()`.

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. Values passed as XPath variables (`root.xpath("//user[name
= $name]", name=value)`) are bound, never parsed, and are not reported; neither are constant
expressions and flows that only exist through a dead branch. Like every taint rule, it treats as
clean the values converted to a number, `UUID`, `Decimal`, date or IPv4, and values checked
before the sink against a constant allow-list (`if value not in ALLOWED: abort(400)`) or a
full-match regular expression.

## Why it matters
XPath has no access control: an injected `' or '1'='1` selects every node of the document, so a
lookup of one user's record returns all of them, and a login checked against an XML user store
accepts any password. Even when the result is not shown, boolean conditions such as
`substring(//user[1]/password, 1, 1) = 'a'` extract the document one character at a time. XPath
1.0 has no escape character for quotes, so "escaping" by hand usually fails.

## Example
```python
from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()
DIRECTORY = etree.parse("directory.xml")


@app.get("/people/{name}/email")
def email(name: str):
    found = DIRECTORY.xpath(f"//person[name = '{name}']/email/text()")
    if not found:
        raise HTTPException(404)
    return {"email": str(found[0])}
```

## Use instead
Compile the expression once with a variable and bind the value at call time:
```python
from fastapi import FastAPI, HTTPException
from lxml import etree

app = FastAPI()
DIRECTORY = etree.parse("directory.xml")
EMAIL_OF = etree.XPath("//person[name = $name]/email/text()")


@app.get("/people/{name}/email")
def email(name: str):
    found = EMAIL_OF(DIRECTORY, name=name)
    if not found:
        raise HTTPException(404)
    return {"email": str(found[0])}
```

## Alternatives and trade-offs
- **XPath variables** (`$name` plus keyword arguments in lxml) are the equivalent of SQL
  parameters: the value is always a string literal. Compiling with `etree.XPath()` also saves
  re-parsing the expression on every request.
- **Plain tree traversal** (`root.iter("person")` and comparing `findtext("name")` in Python)
  needs no expression language at all; fine for small documents, slower for large ones.
- **Element or attribute names chosen by the user** cannot be variables: map them through an
  allow-list of names you know.
- **Quote-escaping with `concat()`** is possible in XPath 1.0 but error-prone; prefer variables.
- For data that is queried per request, a database with parametrized queries is usually the
  better store than an XML file.

## Libraries
`lxml` (`etree.XPath` with variables), `elementpath` (XPath 2.0 and 3.0 with a `variables=`
argument), `defusedxml` for parsing untrusted XML before querying it.

## References
- https://owasp.org/www-community/attacks/XPATH_Injection
- https://cheatsheetseries.owasp.org/cheatsheets/Injection_Prevention_Cheat_Sheet.html
- https://lxml.de/xpathxslt.html#the-xpath-method
- https://cwe.mitre.org/data/definitions/643.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC110",
    name="xpath-injection",
    severity=Severity.HIGH,
    confidence=Confidence.HIGH,
    cwe=(643,),
    owasp=("A03:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="xpath"),
)
