"""# Request data parsed by an XML parser that resolves external entities

## What it does
Reports request data (query strings, form and JSON bodies, headers, cookies, uploaded files, route
parameters) parsed by an XML parser that is not hardened against entity attacks:
`lxml.etree.fromstring()`, `XML()` and `parse()`, unless they are given a parser built with
`resolve_entities=False`. (The standard library's `minidom`, `pulldom` and SAX parsers do not
fetch external entities on current Pythons, so they are not reported.)

The finding carries the path from the source to the sink step by step, with the file and line of
each step, across functions and modules. It stays quiet for `defusedxml` (its functions are not
sinks), for constant documents and for flows that only exist through a dead branch. Whether a given
parser resolves entities depends on its configuration and on the lxml version, hence the medium
confidence: when you pass a hardened parser, as shown below, suppress the finding with the reason.

## Why it matters
A document that declares `<!ENTITY x SYSTEM "file:///app/.env">` and uses `&x;` gets the file's
contents inserted into the parsed tree, and from there into your response, an error message or a
stored record. `SYSTEM "http://169.254.169.254/..."` turns the parser into a server-side request
forgery, and parameter entities exfiltrate data out-of-band even when nothing is echoed back.
Nested internal entities ("billion laughs") expand a kilobyte into gigabytes of memory. SAML,
SOAP, SVG, DOCX/XLSX and RSS imports are all XML and have all been exploited this way.

## Example
```python
from django.http import JsonResponse
from lxml import etree


def import_invoice(request):
    parser = etree.XMLParser(resolve_entities=True)  # also the default before lxml 5.0
    root = etree.fromstring(request.body, parser)
    return JsonResponse({"number": root.findtext("number"), "total": root.findtext("total")})
```

## Use instead
```python
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from django.http import HttpResponseBadRequest, JsonResponse


def import_invoice(request):
    try:
        root = fromstring(request.body)  # refuses entity declarations and external references
    except (ParseError, DefusedXmlException):
        return HttpResponseBadRequest("invalid invoice XML")
    return JsonResponse({"number": root.findtext("number"), "total": root.findtext("total")})
```
When you need lxml (XPath, XML Schema), build one hardened parser and always pass it:
```python
from lxml import etree

SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
)

# scrutiny: ignore[SEC108] -- SAFE_PARSER resolves no entities and loads no DTD
root = etree.fromstring(request.body, SAFE_PARSER)
```

## Alternatives and trade-offs
- **`defusedxml`** is a drop-in replacement for the standard library parsers and forbids entity
  declarations and external references by default. Its `defusedxml.lxml` module is deprecated:
  for lxml, configure the parser as above.
- **A hardened lxml parser** keeps lxml's features, but must be passed to every call; one
  `etree.fromstring(data)` without it falls back to the default parser. Upgrading to lxml 5 or
  later makes the default safer (internal entities only) but does not stop entity expansion.
- **Rejecting any `DOCTYPE`** is what SAML libraries do; legitimate business documents rarely
  need one. `defusedxml` does this with `forbid_dtd=True`.
- **The standard library parsers** (`minidom`, `pulldom`, SAX) do not fetch external entities on
  current Python versions, but they expand internal ones; with an expat older than 2.4.1 that is
  an unbounded "billion laughs". `defusedxml` is still the simple, uniform answer.
- **JSON instead of XML** for APIs you design removes the whole class of problems.
- **Size limits** at the web server (`DATA_UPLOAD_MAX_MEMORY_SIZE` in Django,
  `MAX_CONTENT_LENGTH` in Flask) bound the damage of expansion attacks.

## Libraries
`defusedxml`, `lxml` (with an explicit safe `XMLParser`), `xmltodict` (entities disabled by
default), `python3-saml` and `pysaml2` for SAML, which already harden their parsers.

## References
- https://cheatsheetseries.owasp.org/cheatsheets/XML_External_Entity_Prevention_Cheat_Sheet.html
- https://docs.python.org/3/library/xml.html#xml-vulnerabilities
- https://lxml.de/FAQ.html#how-do-i-use-lxml-safely-as-a-web-service-endpoint
- https://github.com/tiran/defusedxml
- https://cwe.mitre.org/data/definitions/611.html
"""

from __future__ import annotations

from scrutiny.finding import Confidence, Severity
from scrutiny.rule import Rule, TaintSpec

RULE = Rule(
    code="SEC108",
    name="xml-external-entities",
    severity=Severity.HIGH,
    confidence=Confidence.MEDIUM,
    cwe=(611,),
    owasp=("A05:2021",),
    doc=__doc__ or "",
    taint=TaintSpec(sink_kind="xxe"),
)
