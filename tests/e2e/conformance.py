#!/usr/bin/env python3
"""External conformance checker for jobbers-sandbox.

Starts the sandbox binary (first argument) on a free port and drives every
endpoint of the vendor reference (/work/shared/jobbers-one-api-reference.txt)
the way a foreign client does: the reference's PHP cURL helpers send
json_encode()d bodies ('/' escaped, non-ASCII as \\uXXXX) with
'Content-type: application/json', a Bearer header, urlencode()d path
parameters ('+' is a space), HTTP/1.1, and 'Expect: 100-continue' for bodies
over 1 KiB. Checks statuses, envelopes, field names and JSON types of the
reference's example answers, the contract's error paths (api-contract.md),
CORS, token expiry and HTTP details (HEAD, keep-alive, chunked bodies...).

Standard library only. Prints one PASS/FAIL line per check and a last line
"N passed, M failed"; exits 1 when something failed.

    conformance.py PATH/TO/jobbers-sandbox [-v]
"""

import http.client
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from datetime import datetime
from zoneinfo import ZoneInfo


def paris_now():
    """The server's clock: its dates are Europe/Paris local time."""
    return datetime.now(ZoneInfo("Europe/Paris"))

BIN = None
VERBOSE = False
RESULTS = {"pass": 0, "fail": 0}
KEY20, SECRET20 = "demo-20-key", "demo-20-secret"
KEY280, SECRET280 = "demo-280-key", "demo-280-secret"
TITLES = {"cannot_be_blank", "has_already_been_taken", "must_be_accepted",
          "is_invalid", "does_not_match", "cannot_be_empty"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")
UUID4_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def check(name, ok, detail=""):
    if ok:
        RESULTS["pass"] += 1
        print("PASS " + name)
    else:
        RESULTS["fail"] += 1
        print("FAIL " + name + (": " + detail if detail else ""))
    sys.stdout.flush()
    return ok


# --------------------------------------------------------------------------
# The sandbox process


class Sandbox:
    def __init__(self, *extra):
        self.proc = subprocess.Popen([BIN, "--port", "0", "--quiet", *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True)
        self.base = None
        deadline = time.time() + 30
        while time.time() < deadline:
            line = self.proc.stdout.readline()
            if not line:
                break
            m = re.search(r"listening on (http://\S+)", line)
            if m:
                self.base = m.group(1)
                break
        if not self.base:
            raise RuntimeError("sandbox did not start: " + self.proc.stderr.read())
        u = urllib.parse.urlsplit(self.base)
        self.host, self.port = u.hostname, u.port
        # Keep the pipes drained so that the server never blocks on them.
        for stream in (self.proc.stdout, self.proc.stderr):
            threading.Thread(target=lambda s=stream: [None for _ in s], daemon=True).start()

    def alive(self):
        return self.proc.poll() is None

    def stop(self):
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def conn(self, timeout=15):
        return http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def raw_socket(self, timeout=10):
        return socket.create_connection((self.host, self.port), timeout=timeout)


class Answer:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = {k.lower(): v for k, v in headers}
        self.body = body
        try:
            self.json = json.loads(body.decode("utf-8")) if body else None
        except (ValueError, UnicodeDecodeError):
            self.json = None

    def header(self, name):
        return self.headers.get(name.lower())

    def __repr__(self):
        return "%d %s" % (self.status, self.body[:300])


def php_json(payload):
    """json_encode() as PHP writes it: '/' escaped, non-ASCII as \\uXXXX."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


def request(sb, method, path, body=None, token=None, headers=None, conn=None, php=True):
    """One request as the PHP helpers send it. body: dict/list (json_encode'd) or bytes."""
    h = {}
    if isinstance(body, (dict, list)):
        body = php_json(body).encode() if php else json.dumps(body).encode()
        h["Content-type"] = "application/json"
    if token:
        h["Authorization"] = "Bearer " + token
    h.update(headers or {})
    own = conn is None
    c = conn or sb.conn()
    try:
        c.request(method, path, body=body, headers=h)
        r = c.getresponse()
        data = r.read()
        return Answer(r.status, r.getheaders(), data)
    finally:
        if own:
            c.close()


def get_token(sb, key=KEY20, secret=SECRET20):
    a = request(sb, "POST", "/oneapi/authentication/token",
                {"grant_type": "password", "username": key, "password": secret})
    return a.json["access_token"]


def enc(s):
    """PHP urlencode()."""
    return urllib.parse.quote_plus(s)


# --------------------------------------------------------------------------
# Shapes: the reference's example answers. A value gives the JSON type
# expected; keys in NULLABLE may also be null; None means null or a string.

NULLABLE = {"gender", "group_id", "last_login_date", "end_subscription_date",
            "last_updated", "secondary_tag", "main_tag", "registering_date"}

CLIENT = {"client_id": 40331, "email": "client@clients.jobbers.com", "first_name": "prenom",
          "last_name": "nom", "phone_prefix": "+33", "phone": "987654321", "gender": "FEMALE",
          "address": "32 rue des volontaires", "zip_code": "75015", "city": "Paris",
          "country": "FR", "cgu": True, "optin": False, "registering_date": "2018-07-12 10:09:24",
          "last_login_date": None, "end_subscription_date": "2018-09-09 14:37:03",
          "active": True, "group_id": 374}
CONVERSATION = {"id": 83830, "client_id": 12399, "creation_date": "2021-07-15 19:42:03",
                "subject": "Prueba", "status": "NEW", "rating": 0, "last_updated": None,
                "message_counter": 0, "main_tag": "5", "secondary_tag": None}
TEXT_MESSAGE = {"id": "60f5950e0809aa00d3d27899", "received": "2021-07-19 17:06:54",
                "author_type": "business", "type": "text", "content": "Segunda prueba"}
ATTACHMENT_MESSAGE = {"id": "60f599c18ad3ec00d34a4a91", "received": "2021-07-19 17:26:57",
                      "author_type": "user", "type": "image/jpeg",
                      "media_url": "https://media.smooch.io/apps/x"}
TAGS = [{"tag_name": "sports", "percent": 0}]
STATS_ENTRY = {"group_id": 373, "last_updated": "2018-09-03 18:33:43", "total_requests": 52,
               "delta_requests": 52, "total_passes": 0, "delta_passes": 0, "total_clients": 10,
               "delta_clients": 10, "percentage_female_clients": 0,
               "percentage_male_clients": 20, "percentage_unknown_clients": 80,
               "nologin_clients": {"total": 10, "emails": ["client+1@clients.jobbers.com"]},
               "tags": TAGS, "avergage_conversation_rating": 0,
               "total_orders": {"total": 0, "categories": [
                   {"category_id": "2", "category_name": "Accueil", "percent": 0.28}]}}
STOCK = {"stock_id": 53, "description": "single pass 2", "duration": 1, "duration_type": "YEAR",
         "expiration_date": "2018-07-30 23:59:59", "total_units": 3, "total_available": 3,
         "total_used": 0, "price": 0, "net_price": 0, "vat": 0}
SUCCESS = {"data": {"result": "success"}}
WEBHOOK = {"id": "149", "url": "http://www.jobbers.com/oneapi/v0/webhooks/callback2"}
WEBHOOK_ITEM = {"id": "149", "url": "http://x", "enterprise": "280"}


def jtype(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object"


def shape_errors(expected, actual, path="$", key=None):
    errs = []
    te, ta = jtype(expected), jtype(actual)
    if te == "null":
        if ta not in ("null", "string"):
            errs.append("%s: %s where null or a string was expected" % (path, ta))
        return errs
    if ta == "null" and key in NULLABLE:
        return errs
    if te != ta:
        return ["%s: %s where the reference has %s" % (path, ta, te)]
    if te == "object":
        for k, v in expected.items():
            if k not in actual:
                errs.append("%s: field %r missing" % (path, k))
            else:
                errs += shape_errors(v, actual[k], path + "." + k, k)
    elif te == "array" and expected:
        for i, item in enumerate(actual):
            errs += shape_errors(expected[0], item, "%s[%d]" % (path, i), key)
    elif te == "string" and DATE_RE.match(expected) and not DATE_RE.match(actual):
        errs.append("%s: %r is not YYYY-MM-DD HH:MM:SS" % (path, actual))
    return errs


def is_json_type(a):
    return (a.header("content-type") or "").split(";")[0].strip().lower() == "application/json"


def check_answer(name, a, status, shape=None, bare=None):
    """Status, JSON Content-Type, CORS, and the shape of the body."""
    ok = check(name + ": status %d" % status, a.status == status, repr(a))
    check(name + ": Content-Type application/json", is_json_type(a),
          str(a.header("content-type")))
    check(name + ": Access-Control-Allow-Origin", a.header("access-control-allow-origin") is not None)
    if shape is not None:
        errs = shape_errors(shape, a.json) if a.json is not None else ["body is not JSON"]
        check(name + ": shape as the reference", not errs, "; ".join(errs[:5]) + " " + repr(a))
    return ok and a.json is not None


def check_error(name, a, status, title=None, source=None):
    check(name + ": status %d" % status, a.status == status, repr(a))
    check(name + ": JSON error answer", is_json_type(a), str(a.header("content-type")))
    check(name + ": Access-Control-Allow-Origin", a.header("access-control-allow-origin") is not None)
    errs = a.json.get("errors") if isinstance(a.json, dict) else None
    good = (isinstance(errs, list) and errs and
            all(isinstance(e, dict) and isinstance(e.get("title"), str) and
                isinstance(e.get("source"), str) and isinstance(e.get("detail"), str) and
                e["title"] in TITLES for e in errs))
    check(name + ": errors[{title,source,detail}] with a contract title", bool(good), repr(a))
    if good and (title or source):
        check(name + ": error %s/%s" % (title, source),
              any((not title or e["title"] == title) and (not source or e["source"] == source)
                  for e in errs), repr(a))


# --------------------------------------------------------------------------
# The checks


def auth_and_admin(sb):
    a = request(sb, "POST", "/oneapi/authentication/token",
                {"grant_type": "password", "username": KEY20, "password": SECRET20})
    if check_answer("token (doPost without bearer)", a, 200,
                    {"access_token": "x", "token_type": "bearer", "expires_in": 3600}):
        check("token: UUIDv4 access_token, token_type bearer, expires_in 3600",
              UUID4_RE.match(a.json["access_token"]) and a.json["token_type"] == "bearer"
              and a.json["expires_in"] == 3600 and "data" not in a.json, repr(a))
    check_error("token wrong secret", request(sb, "POST", "/oneapi/authentication/token", {
        "grant_type": "password", "username": KEY20, "password": "nope"}), 401)
    check_error("token unknown key", request(sb, "POST", "/oneapi/authentication/token", {
        "grant_type": "password", "username": "who", "password": "nope"}), 401)
    check_error("token missing password", request(sb, "POST", "/oneapi/authentication/token", {
        "grant_type": "password", "username": KEY20}), 400, "cannot_be_blank", "password")
    check_error("token other grant_type", request(sb, "POST", "/oneapi/authentication/token", {
        "grant_type": "client_credentials", "username": KEY20, "password": SECRET20}),
        400, "is_invalid", "grant_type")
    check_error("token body not JSON", request(sb, "POST", "/oneapi/authentication/token",
                                               b"grant_type=password&", headers={
                                                   "Content-type": "application/json"}), 422)
    tok = get_token(sb)
    tok280 = get_token(sb, KEY280, SECRET280)

    a = request(sb, "GET", "/oneapi/v0/echo", token=tok)
    check_answer("GET echo", a, 200, {"data": "echo"})
    check("GET echo: data is \"echo\"", a.json == {"data": "echo"}, repr(a))
    a = request(sb, "GET", "/oneapi/v0/echo/hello+world", token=tok)
    check_answer("GET echo/hello+world", a, 200)
    check("GET echo/hello+world answers \"echo hello world\"",
          a.json == {"data": "echo hello world"}, repr(a))
    a = request(sb, "GET", "/oneapi/v0/echo/" + enc("a+b c/d"), token=tok)
    check("GET echo/urlencode('a+b c/d') answers \"echo a+b c/d\"",
          a.json == {"data": "echo a+b c/d"}, repr(a))
    a = request(sb, "POST", "/oneapi/v0/echo", {"text": "hello world"}, tok)
    check_answer("POST echo", a, 200)
    check("POST echo answers \"echo hello world\"", a.json == {"data": "echo hello world"},
          repr(a))
    text = "h\u00e9llo \u2713 \U0001F600 \"q\" / \\"
    a = request(sb, "POST", "/oneapi/v0/echo", {"text": text}, tok)
    check("POST echo unicode (\\u escapes, surrogate pair)", a.json == {"data": "echo " + text},
          repr(a))
    a = request(sb, "POST", "/oneapi/v0/echo", json.dumps({"text": text}, ensure_ascii=False)
                .encode("utf-8"), tok, {"Content-type": "application/json"})
    check("POST echo unicode (raw UTF-8)", a.json == {"data": "echo " + text}, repr(a))
    a = request(sb, "POST", "/oneapi/v0/echo", b'{"text":"first","text":"last"}', tok,
                {"Content-type": "application/json"})
    check("POST echo duplicate keys: 200, the last one wins (as PHP json_decode)",
          a.status == 200 and a.json == {"data": "echo last"}, repr(a))

    a = request(sb, "GET", "/oneapi/v0/current", token=tok)
    check_answer("GET current", a, 200, {"data": {"enterprise_id": "20"}})
    check("GET current: enterprise_id \"20\"", a.json == {"data": {"enterprise_id": "20"}},
          repr(a))
    a = request(sb, "GET", "/oneapi/v0/groupsofenterprises", token=tok)
    check_answer("GET groupsofenterprises", a, 200,
                 {"data": [{"group_id": 373, "name": "Sous conciergerie #1"}]})
    check("GET groupsofenterprises: groups 373 and 374",
          a.json and [g.get("group_id") for g in a.json["data"]] == [373, 374], repr(a))
    return tok, tok280


def stats(sb, tok):
    a = request(sb, "GET", "/oneapi/v0/stats?month=%s&year=%s" % (enc("7"), enc("2018")),
                token=tok)
    check_answer("GET stats month=7 year=2018", a, 200, {"data": [STATS_ENTRY]})
    # The server's months are Paris months; last month is complete whatever today is.
    now = paris_now()
    last = (now.year, now.month - 1) if now.month > 1 else (now.year - 1, 12)
    a = request(sb, "GET", "/oneapi/v0/stats?month=%d&year=%d" % (now.month, now.year),
                token=tok)
    if check_answer("GET stats this month", a, 200, {"data": [STATS_ENTRY]}):
        d = a.json["data"]
        check("stats: enterprise entry first (group_id null), then groups 373, 374",
              [e.get("group_id") for e in d] == [None, 373, 374], repr(a))
        check("stats: 21 tags", all(len(e["tags"]) == 21 for e in d))
    a = request(sb, "GET", "/oneapi/v0/stats?month=%d&year=%d" % (last[1], last[0]),
                token=tok)
    if check_answer("GET stats last month", a, 200, {"data": [STATS_ENTRY]}):
        cats = [c for e in a.json["data"] for c in e["total_orders"]["categories"]]
        check("stats: seeded data has order categories", bool(cats), repr(a))
        check("stats: avergage_conversation_rating (sic) present",
              all("avergage_conversation_rating" in e for e in d))
    check_error("stats month=13", request(sb, "GET", "/oneapi/v0/stats?month=13&year=2018",
                                          token=tok), 400, "is_invalid", "month")
    check_error("stats year=18", request(sb, "GET", "/oneapi/v0/stats?month=1&year=18",
                                         token=tok), 400, "is_invalid", "year")
    check_error("stats without month", request(sb, "GET", "/oneapi/v0/stats?year=2018",
                                               token=tok), 400, "cannot_be_blank", "month")


def passes(sb, tok, tok280):
    a = request(sb, "GET", "/oneapi/v0/stockofpasses", token=tok)
    check_answer("GET stockofpasses", a, 200, {"data": [STOCK]})
    stocks = a.json["data"] if a.json else []
    usable = [s for s in stocks if s["total_available"] > 0
              and s["expiration_date"] > paris_now().strftime("%Y-%m-%d %H:%M:%S")]
    if not check("stockofpasses: a usable stock exists", bool(usable), repr(a)):
        return
    stock = usable[0]["stock_id"]
    ref = "payment_reference_%d" % int(time.time() * 1000)
    payload = {"email": "camille.lefebvre@exemple.fr", "stock_id": stock,
               "payment_reference": ref}
    # The reference's example calls doPost() without a bearer: the contract wants a token.
    check_error("assign as the example (no bearer)",
                request(sb, "POST", "/oneapi/v0/stockofpasses/assign", payload), 401)
    a = request(sb, "POST", "/oneapi/v0/stockofpasses/assign", payload, tok)
    check_answer("assign", a, 200, {"data": {"end_subscription_date": "2021-09-09 23:59:59"}})
    if a.json and "data" in a.json:
        check("assign: end date at 23:59:59",
              a.json["data"]["end_subscription_date"].endswith("23:59:59"), repr(a))
    check_error("assign same payment_reference",
                request(sb, "POST", "/oneapi/v0/stockofpasses/assign", payload, tok),
                400, "has_already_been_taken", "payment_reference")
    payload2 = dict(payload, stock_id=str(stock), payment_reference=ref + "-s")
    a = request(sb, "POST", "/oneapi/v0/stockofpasses/assign", payload2, tok)
    check("assign with stock_id as a numeric string", a.status == 200, repr(a))
    check_error("assign without stock_id", request(sb, "POST", "/oneapi/v0/stockofpasses/assign", {
        "email": "camille.lefebvre@exemple.fr", "payment_reference": ref + "x"}, tok),
        400, "cannot_be_blank", "stock_id")
    check_error("assign another enterprise's client",
                request(sb, "POST", "/oneapi/v0/stockofpasses/assign",
                        dict(payload, email="lea.moreau@example.com",
                             payment_reference=ref + "-o"), tok), 403)
    check_error("assign unknown stock", request(sb, "POST", "/oneapi/v0/stockofpasses/assign",
                                                dict(payload, stock_id=999999,
                                                     payment_reference=ref + "-u"), tok),
                400, "is_invalid", "stock_id")
    check_error("invoice (not implemented)", request(sb, "POST", "/oneapi/v0/stockofpasses/invoice", {
        "payment_reference": ref, "first_name": "a", "last_name": "b", "address": "c",
        "zip_code": "75015", "city": "Paris", "country": "FR"}, tok), 501)
    check_error("invoice without token", request(sb, "POST", "/oneapi/v0/stockofpasses/invoice",
                                                  {}), 401)


def clients(sb, tok, tok280):
    a = request(sb, "GET", "/oneapi/v0/clients/%s/exists" % enc("camille.lefebvre@exemple.fr"),
                token=tok)
    exists_shape = {"data": {"exists": True, "movable": False,
                             "attached_to_another_enterprise": False,
                             "subscription_valid": True, "client_active": True}}
    check_answer("exists (own client)", a, 200, exists_shape)
    check("exists (own client): exists true, not attached elsewhere",
          a.json and a.json["data"]["exists"] and
          not a.json["data"]["attached_to_another_enterprise"], repr(a))
    a = request(sb, "GET", "/oneapi/v0/clients/%s/exists" % enc("lea.moreau@example.com"),
                token=tok)
    check("exists (another enterprise's client): attached_to_another_enterprise",
          a.status == 200 and a.json["data"]["attached_to_another_enterprise"] is True, repr(a))
    a = request(sb, "GET", "/oneapi/v0/clients/%s/exists" % enc("nobody+9@clients.jobbers.com"),
                token=tok)
    check("exists (unknown email with '+'): every field false",
          a.status == 200 and a.json["data"] == {k: False for k in exists_shape["data"]},
          repr(a))
    check_error("exists (not an email)",
                request(sb, "GET", "/oneapi/v0/clients/not-an-email/exists", token=tok),
                400, "is_invalid", "email")

    a = request(sb, "GET", "/oneapi/v0/clients/40301", token=tok)
    check_answer("GET client by id", a, 200, {"data": CLIENT})
    if a.json:
        check("GET client: client_id 40301, fields in the reference's order",
              a.json["data"]["client_id"] == 40301 and
              list(a.json["data"].keys()) == list(CLIENT.keys()), repr(a))
    a = request(sb, "GET", "/oneapi/v0/clients/" + enc("camille.lefebvre@exemple.fr"), token=tok)
    check("GET client by urlencoded email", a.status == 200 and
          a.json["data"]["client_id"] == 40301, repr(a))
    a = request(sb, "GET", "/oneapi/v0/clients/" + enc("Camille.Lefebvre@EXEMPLE.fr"), token=tok)
    check("GET client by email, other case", a.status == 200, repr(a))
    hugo = "hugo.martin+conciergerie@exemple.fr"
    a = request(sb, "GET", "/oneapi/v0/clients/" + enc(hugo), token=tok)
    check("GET client by urlencoded email with '+' (%2B)", a.status == 200 and
          a.json["data"]["email"] == hugo, repr(a))
    a = request(sb, "GET", "/oneapi/v0/clients/" + hugo, token=tok)
    check("GET client by email with a literal '+'", a.status == 200, repr(a))
    check_error("GET another enterprise's client",
                request(sb, "GET", "/oneapi/v0/clients/" + enc("lea.moreau@example.com"),
                        token=tok), 403)
    check_error("GET unknown client id",
                request(sb, "GET", "/oneapi/v0/clients/99999999", token=tok), 404)
    check_error("GET unknown client email",
                request(sb, "GET", "/oneapi/v0/clients/" + enc("nobody@nowhere.example"),
                        token=tok), 404)

    # Create: the reference's payload, with the caller's group (372 is not one of 20's).
    email = "client+%d@clients.jobbers.com" % (int(time.time() * 1000) % 10**9)
    payload = {"email": email, "group_id": 373, "first_name": "prenom", "last_name": "nom",
               "phone_prefix": "+33", "phone": "987654321",
               "address": "32 rue des voluntaires", "zip_code": "75015", "city": "Paris",
               "country": "FR", "optin": True, "cgu": True, "gender": "FEMALE"}
    check_error("create with the reference's group_id 372 (not a group of 20)",
                request(sb, "POST", "/oneapi/v0/clients", dict(payload, group_id=372), tok),
                400, "is_invalid", "group_id")
    a = request(sb, "POST", "/oneapi/v0/clients", payload, tok)
    check_answer("create client", a, 200, {"data": dict(CLIENT, password="G*zyn9L>")})
    cid = None
    if a.json and "data" in a.json:
        d = a.json["data"]
        cid = d["client_id"]
        check("create: answers the client with '+' email, active, group 373, 8-char password",
              d["email"] == email and d["active"] is True and d["group_id"] == 373 and
              len(d["password"]) == 8 and d["last_login_date"] is None, repr(a))
    a = request(sb, "POST", "/oneapi/v0/clients",
                dict(payload, email="s" + email, group_id="374", gender=None), tok)
    check("create with group_id as a numeric string", a.status == 200 and
          a.json["data"]["group_id"] == 374, repr(a))
    check_error("create taken email", request(sb, "POST", "/oneapi/v0/clients", payload, tok),
                400, "has_already_been_taken", "email")
    check_error("create cgu false", request(sb, "POST", "/oneapi/v0/clients",
                                            dict(payload, email="x" + email, cgu=False), tok),
                400, "must_be_accepted", "cgu")
    check_error("create without first_name",
                request(sb, "POST", "/oneapi/v0/clients",
                        {k: v for k, v in payload.items() if k != "first_name"}, tok),
                400, "cannot_be_blank", "first_name")
    check_error("create bad country", request(sb, "POST", "/oneapi/v0/clients",
                                              dict(payload, email="y" + email, country="XX"),
                                              tok), 400, "is_invalid", "country")
    check_error("create body not JSON", request(sb, "POST", "/oneapi/v0/clients", b"{nope",
                                                tok, {"Content-type": "application/json"}),
                422)
    if cid is None:
        return
    a = request(sb, "GET", "/oneapi/v0/clients/" + enc(email), token=tok)
    check("GET new client by urlencoded '+' email", a.status == 200 and
          a.json["data"]["client_id"] == cid, repr(a))
    a = request(sb, "GET", "/oneapi/v0/clients/" + email, token=tok)
    check("GET new client by raw '+' email", a.status == 200, repr(a))

    update = {"email": email, "group_id": 373, "first_name": "prenom2", "last_name": "nom2",
              "phone_prefix": "+33", "phone": "176440400", "street": "32 rue des volontaires",
              "zip_code": "75015", "gender": "MALE", "city": "Paris", "country": "FR",
              "optin": True}
    a = request(sb, "POST", "/oneapi/v0/clients/" + enc(email), update, tok)
    check_answer("update client (reference payload, by email)", a, 200, {"data": CLIENT})
    if a.json and "data" in a.json:
        d = a.json["data"]
        check("update: street stored as address, fields changed",
              d["address"] == "32 rue des volontaires" and d["first_name"] == "prenom2" and
              d["gender"] == "MALE", repr(a))
    a = request(sb, "POST", "/oneapi/v0/clients/%d" % cid, {"city": "Lyon"}, tok)
    check("update partial by id", a.status == 200 and a.json["data"]["city"] == "Lyon" and
          a.json["data"]["first_name"] == "prenom2", repr(a))
    check_error("update another enterprise's client",
                request(sb, "POST", "/oneapi/v0/clients/" + enc("lea.moreau@example.com"),
                        {"city": "Lyon"}, tok), 403)

    a = request(sb, "GET", "/oneapi/v0/clients/%s/login" % enc(email), token=tok)
    check_answer("autologin token", a, 200, {"data": {"url": "x"}})
    if a.json and "data" in a.json:
        url = a.json["data"]["url"]
        check("autologin url: {base}/oneappweb/?token=<64 hex>",
              re.match(re.escape(sb.base) + r"/oneappweb/\?token=[0-9a-f]{64}$", url), url)
        path = urllib.parse.urlsplit(url)
        page = request(sb, "GET", path.path + "?" + path.query)
        check("autologin url opens without a token (200 HTML)", page.status == 200 and
              "html" in (page.header("content-type") or ""), repr(page))

    a = request(sb, "DELETE", "/oneapi/v0/clients/" + enc(email), token=tok)
    check_answer("delete client", a, 200, {"data": {"leaving_date": "2018-07-12 11:18:44"}})
    check_error("delete client again",
                request(sb, "DELETE", "/oneapi/v0/clients/%d" % cid, token=tok),
                400, "is_invalid")
    a = request(sb, "GET", "/oneapi/v0/clients/%d" % cid, token=tok)
    check("deleted client still readable, active false",
          a.status == 200 and a.json["data"]["active"] is False, repr(a))


def chat(sb, tok, tok280):
    a = request(sb, "POST", "/api/v0/conversations",
                {"client_id": 40301, "subject": "New conversation test"}, tok)
    check_answer("new conversation (bare)", a, 200, CONVERSATION)
    conv = None
    if a.json and "id" in a.json:
        conv = a.json["id"]
        check("new conversation: NEW, rating 0, counter 0, main_tag \"5\", not wrapped",
              a.json["status"] == "NEW" and a.json["rating"] == 0 and
              a.json["message_counter"] == 0 and a.json["main_tag"] == "5" and
              a.json["last_updated"] is None and "data" not in a.json, repr(a))
    a = request(sb, "POST", "/api/v0/conversations",
                {"client_id": "40301", "subject": "Prueba de nueva conversaci\u00f3n 13/07"}, tok)
    check("new conversation with client_id as a string, unicode subject",
          a.status == 200 and a.json["subject"] == "Prueba de nueva conversaci\u00f3n 13/07",
          repr(a))
    check_error("new conversation for another enterprise's client",
                request(sb, "POST", "/api/v0/conversations",
                        {"client_id": 40301, "subject": "x"}, tok280), 403)
    check_error("new conversation for an unknown client",
                request(sb, "POST", "/api/v0/conversations",
                        {"client_id": 99999999, "subject": "x"}, tok), 404)
    check_error("new conversation without subject",
                request(sb, "POST", "/api/v0/conversations", {"client_id": 40301}, tok),
                400, "cannot_be_blank", "subject")
    if conv is None:
        return
    a = request(sb, "GET", "/api/v0/conversations?client_id=40301&status=OPEN", token=tok)
    check_answer("list conversations OPEN (bare array)", a, 200, [CONVERSATION])
    check("list conversations OPEN: contains the new one, none CLOSED",
          isinstance(a.json, list) and conv in [c["id"] for c in a.json] and
          all(c["status"] != "CLOSED" for c in a.json), repr(a))
    a = request(sb, "GET", "/api/v0/conversations?client_id=40301&status=CLOSED", token=tok)
    check_answer("list conversations CLOSED", a, 200, [CONVERSATION])
    check_error("list conversations of another enterprise's client",
                request(sb, "GET", "/api/v0/conversations?client_id=40301&status=OPEN",
                        token=tok280), 403)

    # The reference's example, with its trailing comma: not JSON, so 422.
    body = ('{ "id": %d, "subject": "pepe 22", "status": "CLOSE", "rating": 0, }' % conv).encode()
    check_error("update conversation, the reference's body (trailing comma)",
                request(sb, "PUT", "/api/v0/conversations", body, tok,
                        {"Content-type": "application/json"}), 422)
    a = request(sb, "PUT", "/api/v0/conversations",
                {"id": conv, "subject": "pepe 22", "status": "CLOSE", "rating": 0}, tok)
    check_answer("update conversation (bare)", a, 200, CONVERSATION)
    check("update conversation: CLOSE taken as CLOSED, subject changed",
          a.json and a.json.get("status") == "CLOSED" and a.json.get("subject") == "pepe 22",
          repr(a))
    check_error("update conversation rating 6",
                request(sb, "PUT", "/api/v0/conversations", {"id": conv, "rating": 6}, tok),
                400, "is_invalid", "rating")
    check_error("update another enterprise's conversation",
                request(sb, "PUT", "/api/v0/conversations", {"id": conv, "rating": 1}, tok280),
                403)
    check_error("update unknown conversation",
                request(sb, "PUT", "/api/v0/conversations", {"id": 99999999, "rating": 1}, tok),
                404)

    a = request(sb, "POST", "/api/v0/conversations/%d/messages" % conv,
                {"type": "text", "content": "Message text example", "sender": "agent"}, tok)
    check_answer("new message (bare)", a, 200, TEXT_MESSAGE)
    if a.json and "id" in a.json:
        check("new message: 24-hex id, author_type business",
              re.match(r"^[0-9a-f]{24}$", a.json["id"]) and a.json["author_type"] == "business",
              repr(a))
    a = request(sb, "POST", "/api/v0/conversations/%d/messages" % conv,
                {"type": "text", "content": "Bonjour \u00e0 tous \U0001F44B", "sender": "client"},
                tok)
    check("new message from client: author_type user, unicode content kept",
          a.status == 200 and a.json["author_type"] == "user" and
          a.json["content"] == "Bonjour \u00e0 tous \U0001F44B", repr(a))
    check_error("new message, bad sender",
                request(sb, "POST", "/api/v0/conversations/%d/messages" % conv,
                        {"type": "text", "content": "x", "sender": "bot"}, tok),
                400, "is_invalid", "sender")
    check_error("new message in an unknown conversation",
                request(sb, "POST", "/api/v0/conversations/99999999/messages",
                        {"type": "text", "content": "x", "sender": "agent"}, tok), 404)

    # Attachment: multipart/form-data, file in field "source".
    boundary = "----phpcurlboundary7MA4YWxkTrZu0gW"
    pdf = b"%PDF-1.4\n% test\n"
    mp = (("--%s\r\nContent-Disposition: form-data; name=\"source\"; filename=\"phpGJfWA4.pdf\"\r\n"
           "Content-Type: application/pdf\r\n\r\n" % boundary).encode() + pdf +
          ("\r\n--%s--\r\n" % boundary).encode())
    a = request(sb, "POST", "/api/v0/conversations/%d/attachments" % conv, mp, tok,
                {"Content-Type": "multipart/form-data; boundary=" + boundary})
    check_answer("new attachment", a, 200, {"mediaUrl": "x", "mediaType": "application/pdf"})
    if a.json and "mediaUrl" in a.json:
        media = a.json["mediaUrl"]
        check("attachment: mediaType application/pdf", a.json["mediaType"] == "application/pdf")
        m = request(sb, "GET", urllib.parse.urlsplit(media).path)
        check("attachment: mediaUrl served without a token", m.status == 200 and m.body == pdf,
              repr(m))
        a = request(sb, "POST", "/api/v0/conversations/%d/messages" % conv,
                    {"type": "attachment", "media_url": media, "sender": "client"}, tok)
        check_answer("new attachment message", a, 200, ATTACHMENT_MESSAGE)
        check("attachment message: type is the mime type",
              a.json and a.json.get("type") == "application/pdf", repr(a))
    a = request(sb, "GET", "/api/v0/conversations/%d/messages?size=10" % conv, token=tok)
    common = {k: TEXT_MESSAGE[k] for k in ("id", "received", "author_type", "type")}
    check_answer("list messages (bare array)", a, 200, [common])
    check("list messages: text ones have content, attachments media_url",
          isinstance(a.json, list) and all(("content" in m) != ("media_url" in m)
                                           for m in a.json), repr(a))
    check("list messages: 3, oldest first", isinstance(a.json, list) and len(a.json) == 3 and
          a.json[0].get("content") == "Message text example", repr(a))
    a = request(sb, "GET", "/api/v0/conversations/%d/messages?size=1" % conv, token=tok)
    check("list messages size=1: the newest", isinstance(a.json, list) and len(a.json) == 1 and
          "media_url" in a.json[0], repr(a))
    check_error("list messages without size",
                request(sb, "GET", "/api/v0/conversations/%d/messages" % conv, token=tok),
                400, "cannot_be_blank", "size")
    check_error("list messages of another enterprise's conversation",
                request(sb, "GET", "/api/v0/conversations/%d/messages?size=10" % conv,
                        token=tok280), 403)


def webhooks(sb, tok, tok280):
    target = "http://www.jobbers.com/oneapi/v0/webhooks/callback2"
    a = request(sb, "POST", "/api/v0/webhooks", {"target": target}, tok)
    check_answer("new message webhook (bare)", a, 200, WEBHOOK)
    hid = a.json.get("id") if isinstance(a.json, dict) else None
    check("new message webhook: id string, url as sent", isinstance(hid, str) and
          a.json.get("url") == target, repr(a))
    check_error("new message webhook, same target again",
                request(sb, "POST", "/api/v0/webhooks", {"target": target}, tok),
                400, "has_already_been_taken", "target")
    check_error("new message webhook, not a URL",
                request(sb, "POST", "/api/v0/webhooks", {"target": "callback"}, tok),
                400, "is_invalid", "target")
    a = request(sb, "GET", "/api/v0/webhooks", token=tok)
    check_answer("list message webhooks (bare array)", a, 200, [WEBHOOK_ITEM])
    check("list message webhooks: enterprise \"20\"", isinstance(a.json, list) and
          any(w.get("id") == hid and w.get("enterprise") == "20" for w in a.json), repr(a))
    if hid:
        check_error("delete another enterprise's message webhook",
                    request(sb, "DELETE", "/api/v0/webhooks/" + hid, token=tok280), 403)
        a = request(sb, "DELETE", "/api/v0/webhooks/" + hid, token=tok)
        check_answer("delete message webhook (bare)", a, 200, {"id": "149"})
        check("delete message webhook answers its id", a.json == {"id": hid}, repr(a))
    check_error("delete unknown message webhook",
                request(sb, "DELETE", "/api/v0/webhooks/99999999", token=tok), 404)

    a = request(sb, "POST", "/api/v0/boxes_webhook",
                {"target": "http://www.jobbers.com/oneapi/v0/boxes_webhooks/callback2"}, tok)
    check_answer("new box webhook (bare)", a, 200, WEBHOOK)
    bid = a.json.get("id") if isinstance(a.json, dict) else None
    a = request(sb, "GET", "/api/v0/boxes_webhook", token=tok)
    check_answer("list box webhooks ({data:[...]})", a, 200, {"data": [WEBHOOK_ITEM]})
    if bid:
        a = request(sb, "DELETE", "/api/v0/boxes_webhook/" + bid, token=tok)
        check_answer("delete box webhook (bare)", a, 200, {"id": "149"})
    check_error("delete unknown box webhook",
                request(sb, "DELETE", "/api/v0/boxes_webhook/99999999", token=tok), 404)


def boxes(sb, tok, tok280):
    n = int(time.time() * 1000) % 10**8
    c1, c2 = "2223%d" % n, "2224%d" % n
    tags = {"tags": [{"code": c1, "description": "two", "technologyType": "MifareClassicEV1_1K"},
                     {"code": c2, "description": "two", "technologyType": "MifareClassicEV1_1K"}]}
    a = request(sb, "POST", "/api/v0/boxes_tags", tags, tok)
    check_answer("new box tags", a, 200, SUCCESS)
    check("new box tags: result success", a.json == SUCCESS, repr(a))
    check_error("new box tags again (all-or-nothing)",
                request(sb, "POST", "/api/v0/boxes_tags", tags, tok),
                400, "has_already_been_taken", "tags[0].code")
    check_error("new box tags, empty list",
                request(sb, "POST", "/api/v0/boxes_tags", {"tags": []}, tok),
                400, "cannot_be_empty", "tags")
    a = request(sb, "POST", "/api/v0/boxes_disconnect_tags", {"tags": [{"code": c1}]}, tok)
    check_answer("disconnect box tags", a, 200, SUCCESS)
    a = request(sb, "DELETE", "/api/v0/boxes_tags", {"tags": [{"code": c1}, {"code": c2}]}, tok)
    check_answer("delete box tags (DELETE with a JSON body)", a, 200, SUCCESS)
    check_error("delete box tags, the reference's unknown codes",
                request(sb, "DELETE", "/api/v0/boxes_tags",
                        {"tags": [{"code": "1111"}, {"code": "2222"}]}, tok), 400, "is_invalid")

    uid = "2f3cb5c8-7b95-468d-9bb1-715ba9c44d93"
    check_error("client location, the reference's client 12399 (unknown)",
                request(sb, "POST", "/api/v0/boxes_client_location",
                        {"client_id": "12399", "box_location_uid": uid}, tok), 404)
    a = request(sb, "POST", "/api/v0/boxes_client_location",
                {"client_id": "40301", "box_location_uid": uid}, tok)
    check_answer("new client location (client_id as a string)", a, 200, SUCCESS)
    check_error("new client location twice",
                request(sb, "POST", "/api/v0/boxes_client_location",
                        {"client_id": 40301, "box_location_uid": uid.upper()}, tok),
                400, "has_already_been_taken")
    check_error("new client location, not a UUID",
                request(sb, "POST", "/api/v0/boxes_client_location",
                        {"client_id": 40301, "box_location_uid": "box-1"}, tok),
                400, "is_invalid", "box_location_uid")
    check_error("new client location, another enterprise's client",
                request(sb, "POST", "/api/v0/boxes_client_location",
                        {"client_id": "40301", "box_location_uid": uid}, tok280), 403)
    a = request(sb, "DELETE", "/api/v0/boxes_client_location",
                {"client_id": "40301", "box_location_uid": uid}, tok)
    check_answer("delete client location (DELETE with a JSON body)", a, 200, SUCCESS)
    check_error("delete client location not linked",
                request(sb, "DELETE", "/api/v0/boxes_client_location",
                        {"client_id": "40301", "box_location_uid": uid}, tok), 404)


def errors_and_http(sb, tok):
    check_error("missing token", request(sb, "GET", "/oneapi/v0/current"), 401)
    check_error("unknown token", request(sb, "GET", "/oneapi/v0/current",
                                         token="87eb6f50-d0e2-45d5-ab18-526b60bfc74c"), 401)
    check_error("missing token on /api/v0", request(sb, "GET", "/api/v0/webhooks"), 401)
    check_error("unknown path", request(sb, "GET", "/oneapi/v0/nothing", token=tok), 404)
    check_error("unknown path without token", request(sb, "GET", "/nothing/at/all"), 404)
    a = request(sb, "PUT", "/oneapi/v0/current", {"x": 1}, tok)
    check_error("wrong method", a, 405)
    allow = [m.strip() for m in (a.header("allow") or "").split(",")]
    check("405: Allow header lists GET", "GET" in allow, str(a.header("allow")))
    a = request(sb, "DELETE", "/api/v0/conversations", token=tok)
    allow = [m.strip() for m in (a.header("allow") or "").split(",")]
    check("405 on conversations: Allow lists GET, POST, PUT",
          a.status == 405 and {"GET", "POST", "PUT"} <= set(allow), repr(a))
    check_error("body not JSON", request(sb, "POST", "/api/v0/webhooks", b"target=http://x",
                                         tok, {"Content-type": "application/json"}), 422)
    # PHP's json_encode(array()) is "[]": an empty payload, not an undecodable one.
    a = request(sb, "POST", "/oneapi/v0/echo", [], tok)
    check("POST echo with json_encode(array()) = [] answers \"echo\"",
          a.status == 200 and a.json == {"data": "echo"}, repr(a))
    check_error("POST webhooks with [] (empty payload)",
                request(sb, "POST", "/api/v0/webhooks", [], tok), 400, "cannot_be_blank", "target")
    a = request(sb, "GET", "/oneapi/v0/current")
    check("401 names the scheme (WWW-Authenticate: Bearer)",
          (a.header("www-authenticate") or "").lower().startswith("bearer"), repr(a))
    check_error("body JSON but not an object", request(sb, "POST", "/api/v0/webhooks",
                                                       ["http://x"], tok), 422)

    # CORS
    a = request(sb, "GET", "/oneapi/v0/current", token=tok, headers={"Origin": "http://app.example"})
    check("CORS: Access-Control-Allow-Origin on an answer",
          a.header("access-control-allow-origin") in ("*", "http://app.example"), repr(a))
    for path, method in (("/oneapi/v0/clients", "POST"), ("/api/v0/boxes_tags", "DELETE"),
                         ("/oneapi/authentication/token", "POST")):
        a = request(sb, "OPTIONS", path, headers={
            "Origin": "http://app.example", "Access-Control-Request-Method": method,
            "Access-Control-Request-Headers": "authorization,content-type"})
        hdrs = [h.strip().lower() for h in (a.header("access-control-allow-headers") or "").split(",")]
        meths = [m.strip() for m in (a.header("access-control-allow-methods") or "").split(",")]
        check("CORS preflight %s %s: 2xx without token" % (method, path), 200 <= a.status < 300,
              repr(a))
        check("CORS preflight %s: Allow-Headers names Authorization and Content-Type" % path,
              "authorization" in hdrs and "content-type" in hdrs, str(hdrs))
        check("CORS preflight %s: Allow-Methods has %s" % (path, method), method in meths,
              str(meths))
        check("CORS preflight %s: Allow-Origin" % path,
              a.header("access-control-allow-origin") is not None)
        check("CORS preflight %s: Content-Type application/json" % path, is_json_type(a),
              str(a.header("content-type")))

    # HEAD
    g = request(sb, "GET", "/oneapi/v0/groupsofenterprises", token=tok)
    h = request(sb, "HEAD", "/oneapi/v0/groupsofenterprises", token=tok)
    check("HEAD: 200, no body, GET's Content-Length and Content-Type",
          h.status == 200 and h.body == b"" and
          h.header("content-length") == str(len(g.body)) and is_json_type(h), repr(h))
    h = request(sb, "HEAD", "/oneapi/v0/groupsofenterprises")
    check("HEAD without token: 401, no body", h.status == 401 and h.body == b"", repr(h))
    h = request(sb, "HEAD", "/oneapi/v0/stockofpasses/assign", token=tok)
    check("HEAD on a POST-only path: 405", h.status == 405 and h.body == b"", repr(h))

    # Trailing slashes
    a = request(sb, "GET", "/oneapi/v0/current/", token=tok)
    check("trailing slash: GET /oneapi/v0/current/", a.status == 200 and
          a.json == {"data": {"enterprise_id": "20"}}, repr(a))
    a = request(sb, "GET", "/oneapi/v0/clients/40301/", token=tok)
    check("trailing slash: GET /oneapi/v0/clients/40301/", a.status == 200, repr(a))
    a = request(sb, "GET", "/api/v0/webhooks/", token=tok)
    check("trailing slash: GET /api/v0/webhooks/", a.status == 200 and isinstance(a.json, list),
          repr(a))
    a = request(sb, "GET", "/oneapi/v0/current?", token=tok)
    check("empty query string", a.status == 200, repr(a))

    # Keep-alive: several requests on one connection, as a cURL handle reuse does.
    c = sb.conn()
    try:
        seen = []
        for method, path, body in (("GET", "/oneapi/v0/current", None),
                                   ("POST", "/oneapi/v0/echo", {"text": "k"}),
                                   ("GET", "/oneapi/v0/nothing", None),
                                   ("GET", "/oneapi/v0/clients/40301", None),
                                   ("HEAD", "/oneapi/v0/current", None),
                                   ("POST", "/oneapi/authentication/token",
                                    {"grant_type": "password", "username": KEY20,
                                     "password": SECRET20}),
                                   ("GET", "/oneapi/v0/current", None)):
            a = request(sb, method, path, body, tok, conn=c)
            seen.append(a.status)
            sock = c.sock
        check("keep-alive: 7 requests on one connection", seen == [200, 200, 404, 200, 200, 200, 200]
              and sock is not None and c.sock is sock, str(seen))
    except (OSError, http.client.HTTPException) as e:
        check("keep-alive: 7 requests on one connection", False, repr(e))
    finally:
        c.close()

    # A body on GET (some clients send one): answered, and the connection stays usable.
    c = sb.conn()
    try:
        a = request(sb, "GET", "/oneapi/v0/current", {"ignored": True}, tok, conn=c)
        b = request(sb, "GET", "/oneapi/v0/echo/after", token=tok, conn=c)
        check("GET with a body; next request on the same connection",
              a.status == 200 and b.json == {"data": "echo after"}, "%r %r" % (a, b))
    except (OSError, http.client.HTTPException) as e:
        check("GET with a body; next request on the same connection", False, repr(e))
    finally:
        c.close()

    # Chunked request body.
    payload = php_json({"text": "chunked body \u00e9"}).encode()
    c = sb.conn()
    try:
        c.putrequest("POST", "/oneapi/v0/echo")
        c.putheader("Content-type", "application/json")
        c.putheader("Authorization", "Bearer " + tok)
        c.putheader("Transfer-Encoding", "chunked")
        c.endheaders()
        for part in (payload[:5], payload[5:12], payload[12:]):
            c.send(b"%x\r\n%s\r\n" % (len(part), part))
        c.send(b"0\r\n\r\n")
        r = c.getresponse()
        a = Answer(r.status, r.getheaders(), r.read())
        check("chunked request body", a.status == 200 and
              a.json == {"data": "echo chunked body \u00e9"}, repr(a))
    except (OSError, http.client.HTTPException) as e:
        check("chunked request body", False, repr(e))
    finally:
        c.close()

    # Expect: 100-continue on a body over 1 KiB, as cURL sends it: the server should
    # answer 100 Continue (cURL otherwise waits a second before sending the body).
    big = php_json({"text": "x" * 1500}).encode()
    s = sb.raw_socket()
    try:
        s.sendall(("POST /oneapi/v0/echo HTTP/1.1\r\nHost: %s:%d\r\nAccept: */*\r\n"
                   "Authorization: Bearer %s\r\nContent-type: application/json\r\n"
                   "Content-Length: %d\r\nExpect: 100-continue\r\n\r\n"
                   % (sb.host, sb.port, tok, len(big))).encode())
        s.settimeout(5)  # the 100 comes at once; 5 s only spares a loaded machine
        t0 = time.time()
        first = b""
        try:
            first = s.recv(4096)
        except socket.timeout:
            pass
        waited = time.time() - t0
        check("Expect: 100-continue answered with 100 Continue before the body",
              first.startswith(b"HTTP/1.1 100"), "after %.2fs got %r" % (waited, first[:60]))
        s.settimeout(10)
        s.sendall(big)
        rest = first
        r = http.client.HTTPResponse(_Replay(rest, s))
        r.begin()
        a = Answer(r.status, r.getheaders(), r.read())
        check("Expect: 100-continue: the final answer follows", a.status == 200 and
              a.json == {"data": "echo " + "x" * 1500}, repr(a))
    except (OSError, http.client.HTTPException) as e:
        check("Expect: 100-continue: the final answer follows", False, repr(e))
    finally:
        s.close()
    # Headers in two TCP segments, then a keep-alive request with Expect again.
    s = sb.raw_socket()
    try:
        head = ("POST /oneapi/v0/echo HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\n"
                "Content-type: application/json\r\nContent-Length: %d\r\n"
                "Expect: 100-continue\r\n\r\n" % (tok, len(big))).encode()
        got = []
        for _ in range(2):
            s.sendall(head[:40])
            time.sleep(0.05)
            s.sendall(head[40:])
            s.settimeout(5)  # the 100 comes at once; 5 s only spares a loaded machine
            try:
                got.append(s.recv(25))
            except socket.timeout:
                got.append(b"")
            s.settimeout(10)
            s.sendall(big)
            r = http.client.HTTPResponse(_Replay(b"", s))
            r.begin()
            r.read()
            got.append(r.status)
        check("Expect: 100-continue with split headers, twice on one connection",
              got == [b"HTTP/1.1 100 Continue\r\n\r\n", 200] * 2, str(got))
    except (OSError, http.client.HTTPException) as e:
        check("Expect: 100-continue with split headers, twice on one connection", False, repr(e))
    finally:
        s.close()
    # The same through http.client's own path (headers and body in one go).
    a = request(sb, "POST", "/oneapi/v0/echo", {"text": "y" * 1500}, tok,
                {"Expect": "100-continue"})
    check("Expect: 100-continue with the body sent at once", a.status == 200 and
          a.json == {"data": "echo " + "y" * 1500}, repr(a))

    # Long URLs: a 6 KB path parameter works; an absurd one gets an HTTP answer.
    long_text = "a" * 6000
    a = request(sb, "GET", "/oneapi/v0/echo/" + long_text, token=tok)
    check("6 KB URL", a.status == 200 and a.json == {"data": "echo " + long_text}, repr(a)[:80])
    try:
        a = request(sb, "GET", "/oneapi/v0/echo/" + "b" * 200000, token=tok)
        check("200 KB URL: a JSON answer (200, or 414)",
              a.status in (200, 414) and is_json_type(a), repr(a)[:100])
    except (OSError, http.client.HTTPException) as e:
        check("200 KB URL: a JSON answer (200, or 414)", False, repr(e))
    check("server alive after the long URLs", sb.alive())


class _Replay:
    """A file-like socket for HTTPResponse that first replays bytes already read."""

    def __init__(self, data, sock):
        self.data, self.sock = data, sock

    def makefile(self, mode):
        import io
        sock = self.sock
        data = self.data

        class R(io.RawIOBase):
            def readable(self):
                return True

            def readinto(self, b):
                nonlocal data
                if data:
                    n = min(len(b), len(data))
                    b[:n] = data[:n]
                    data = data[n:]
                    return n
                return sock.recv_into(b)
        return io.BufferedReader(R())


def advance(sb, seconds):
    """Moves the sandbox's clock forward (POST /_sandbox/clock/advance)."""
    return request(sb, "POST", "/_sandbox/clock/advance", {"seconds": seconds})


def token_expiry():
    sb = Sandbox("--token-ttl", "2")
    try:
        a = request(sb, "POST", "/oneapi/authentication/token",
                    {"grant_type": "password", "username": KEY20, "password": SECRET20})
        check("--token-ttl 2: expires_in 2", a.json and a.json.get("expires_in") == 2, repr(a))
        tok = a.json["access_token"]
        ok = True
        for _ in range(3):  # 3 x 1 s > 2 s: only the sliding keeps it alive
            ok = ok and advance(sb, 1).status == 200
            ok = ok and request(sb, "GET", "/oneapi/v0/current", token=tok).status == 200
        check("token: every use slides the expiry (sandbox clock moved 1 s at a time)", ok)
        a = advance(sb, 3)
        check("POST /_sandbox/clock/advance: the new now and the offset",
              a.status == 200 and DATE_RE.match(a.json.get("now", "")) and
              a.json.get("offset_seconds") == 6, repr(a))
        check_error("token expired after ttl without use",
                    request(sb, "GET", "/oneapi/v0/current", token=tok), 401)
        a = request(sb, "GET", "/_sandbox/clock")
        moved = datetime.strptime(a.json["now"], "%Y-%m-%d %H:%M:%S") if a.json else None
        real = paris_now().replace(tzinfo=None)
        check("GET /_sandbox/clock: now is Paris time plus the offset",
              a.status == 200 and moved and 5 <= (moved - real).total_seconds() <= 30, repr(a))
        check_error("advance: backwards is refused", advance(sb, -10), 400, "is_invalid",
                    "seconds")
        check_error("advance: a number is needed", advance(sb, "10"), 400, "is_invalid",
                    "seconds")
        check("advance: refusals move nothing",
              request(sb, "GET", "/_sandbox/clock").json.get("offset_seconds") == 6)
    finally:
        sb.stop()


def faults():
    sb = Sandbox("--max-upload", "1K")
    try:
        tok = get_token(sb)
        check_error("--max-upload 1K: 1.5 KB body", request(sb, "POST", "/oneapi/v0/echo", {
            "text": "z" * 1500}, tok), 413)
        a = request(sb, "POST", "/oneapi/v0/echo", {"text": "z" * 900}, tok)
        check("--max-upload 1K: 0.9 KB body", a.status == 200, repr(a))
    finally:
        sb.stop()

    sb = Sandbox("--fail-rate", "1")
    try:
        check_error("--fail-rate 1: token endpoint 503",
                    request(sb, "POST", "/oneapi/authentication/token",
                            {"grant_type": "password", "username": KEY20,
                             "password": SECRET20}), 503)
        check_error("--fail-rate 1: API endpoint 503",
                    request(sb, "GET", "/oneapi/v0/current", token="x"), 503)
    finally:
        sb.stop()

    # Latency, and clients that hang up before the answer (QHttpServer 6.4 crashed
    # writing to a closed socket).
    sb = Sandbox("--latency", "200")
    try:
        tok = get_token(sb)
        for _ in range(20):
            s = sb.raw_socket()
            s.sendall(("GET /oneapi/v0/current HTTP/1.1\r\nHost: x\r\n"
                       "Authorization: Bearer %s\r\n\r\n" % tok).encode())
            s.close()
        s = sb.raw_socket()  # half-close, then reset
        s.sendall(("GET /oneapi/v0/current HTTP/1.1\r\nHost: x\r\n"
                   "Authorization: Bearer %s\r\n\r\n" % tok).encode())
        s.shutdown(socket.SHUT_WR)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        s.close()
        time.sleep(0.6)
        check("--latency 200: clients leaving early do not crash the server", sb.alive())
        t0 = time.time()
        a = request(sb, "GET", "/oneapi/v0/current", token=tok)
        check("--latency 200: answer after >= 0.2 s", a.status == 200 and time.time() - t0 >= 0.19,
              repr(a))
        c = sb.conn()
        seen = [request(sb, "GET", "/oneapi/v0/echo/%d" % i, token=tok, conn=c).json
                for i in range(3)]
        c.close()
        check("--latency 200: keep-alive answers in order",
              seen == [{"data": "echo %d" % i} for i in range(3)], str(seen))
    finally:
        sb.stop()

    # Lost answers: handled and committed, then the connection closes unanswered; the
    # rates change at run time through the control endpoint, which faults never hit.
    sb = Sandbox("--lose-answer-rate", "1", "--fault-seed", "42")
    try:
        a = request(sb, "GET", "/_sandbox/faults")
        check("--lose-answer-rate 1 --fault-seed 42: GET /_sandbox/faults answers them",
              a.status == 200 and a.json == {"fail_rate": 0, "drop_rate": 0,
                                             "lose_answer_rate": 1, "seed": 42}, repr(a))
        email = "oriol.marti+lost@example.com"
        payload = {"email": email, "group_id": 373, "first_name": "Oriol", "last_name": "Martí",
                   "phone_prefix": "+33", "phone": "612345678", "address": "1 rue de Rivoli",
                   "zip_code": "75001", "city": "Paris", "country": "FR", "optin": True,
                   "cgu": True}
        try:
            request(sb, "POST", "/oneapi/authentication/token",
                    {"grant_type": "password", "username": KEY20, "password": SECRET20})
            check("--lose-answer-rate 1: the token answer is lost", False, "it was answered")
        except (OSError, http.client.HTTPException):
            check("--lose-answer-rate 1: the token answer is lost", True)
        a = request(sb, "POST", "/_sandbox/faults", {"lose_answer_rate": 0})
        check("POST /_sandbox/faults turns lost answers off",
              a.status == 200 and a.json.get("lose_answer_rate") == 0, repr(a))
        tok = get_token(sb)
        a = request(sb, "POST", "/_sandbox/faults", {"lose_answer_rate": 1})
        try:
            a = request(sb, "POST", "/oneapi/v0/clients", payload, tok)
            check("lost answer: POST /oneapi/v0/clients gets no answer", False, repr(a))
        except (OSError, http.client.HTTPException) as e:
            check("lost answer: POST /oneapi/v0/clients gets no answer", True, repr(e))
        request(sb, "POST", "/_sandbox/faults", {"lose_answer_rate": 0})
        a = request(sb, "GET", "/oneapi/v0/clients/" + enc(email), token=tok)
        check("lost answer: the client was created all the same",
              a.status == 200 and a.json["data"]["email"] == email, repr(a))
        check_error("POST /_sandbox/faults: a rate above 1 is refused",
                    request(sb, "POST", "/_sandbox/faults", {"drop_rate": 2}), 400, "is_invalid",
                    "drop_rate")
    finally:
        sb.stop()

    sb = Sandbox("--latency", "50", "--drop-rate", "0.5")
    try:
        tok = None
        for _ in range(20):
            try:
                tok = get_token(sb)
                break
            except (OSError, http.client.HTTPException, TypeError, KeyError):
                pass
        answered, dropped = [0], [0]

        def worker():
            for i in range(15):
                try:
                    a = request(sb, "GET", "/oneapi/v0/clients/40301", token=tok)
                    answered[0] += a.status == 200
                except (OSError, http.client.HTTPException):
                    dropped[0] += 1
                if i % 3 == 0:  # and some that hang up themselves
                    try:
                        s = sb.raw_socket()
                        s.sendall(b"GET /oneapi/v0/current HTTP/1.1\r\nHost: x\r\n\r\n")
                        s.close()
                    except OSError:
                        pass
        threads = [threading.Thread(target=worker) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        time.sleep(0.3)
        check("--drop-rate 0.5 with 8 concurrent clients: server alive", sb.alive())
        check("--drop-rate 0.5: some answered, some dropped",
              answered[0] > 0 and dropped[0] > 0, "answered %d dropped %d" % (answered[0], dropped[0]))
    finally:
        sb.stop()


def main():
    global BIN, VERBOSE
    args = [a for a in sys.argv[1:] if a != "-v"]
    VERBOSE = "-v" in sys.argv
    if len(args) != 1 or not os.access(args[0], os.X_OK):
        print("usage: conformance.py PATH/TO/jobbers-sandbox", file=sys.stderr)
        return 2
    BIN = args[0]
    sb = Sandbox()
    try:
        tok, tok280 = auth_and_admin(sb)
        stats(sb, tok)
        passes(sb, tok, tok280)
        clients(sb, tok, tok280)
        chat(sb, tok, tok280)
        webhooks(sb, tok, tok280)
        boxes(sb, tok, tok280)
        errors_and_http(sb, tok)
        check("server alive after the main run", sb.alive())
    finally:
        sb.stop()
    token_expiry()
    faults()
    print("%d passed, %d failed" % (RESULTS["pass"], RESULTS["fail"]))
    return 1 if RESULTS["fail"] else 0


if __name__ == "__main__":
    sys.exit(main())
