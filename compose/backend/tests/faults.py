"""Developer check that each fault switch shows (not part of the gate). Start the backend with
STAGING_FAULTS naming every fault (unhealthy makes the container unhealthy: start it without --wait),
then: faults.py BASE_URL ADMIN_USER ADMIN_PASS. Prints one line per fault."""
import json, sys, time, uuid, urllib.request, urllib.error, base64, hmac, hashlib, asyncio
BASE, ADMIN, PW = sys.argv[1:4]
res = {}
def call(method, path, body=None, token=None, headers=None):
    h = dict(headers or {}); data = None
    if body is not None: data = json.dumps(body).encode(); h["Content-Type"] = "application/json"
    if token: h["Authorization"] = "Bearer " + token
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=h)
    try: r = urllib.request.urlopen(req, timeout=10); s, rh, t = r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode()
    except urllib.error.HTTPError as e: s, rh, t = e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode()
    try: j = json.loads(t)
    except ValueError: j = None
    return s, rh, j, t
def b64(d): return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
u = "f" + uuid.uuid4().hex[:8]
s, h, j, _ = call("POST", "/api/auth/register", {"username": u, "email": u + "@example.com", "password": "a"})
res["weak-password"] = s == 200
s, h, j, _ = call("POST", "/api/auth/login", {"username": u, "password": "a"}); tok = j["access_token"]; ten = j["user"]["tenant_id"]
s, h, j, _ = call("POST", "/api/auth/login", {"username": ADMIN, "password": PW}); adm = j["access_token"]; aten = j["user"]["tenant_id"]
s, h, j, _ = call("POST", "/api/auth/change-password", {"current_password": "a", "new_password": "b"}, token=tok); res["weak-password chpw"] = s == 200
s, h, j, _ = call("POST", "/api/auth/reset-password", {"username": ADMIN, "new_password": PW}); res["reset-password-open"] = s == 200
s, h, j, _ = call("GET", f"/api/config?tenant_id={aten}", token=tok); res["tenant-override"] = s == 200 and j["tenant_id"] == aten
s, h, j, _ = call("GET", "/api/logs", token=tok, headers={"X-Tenant-Id": str(aten)}); res["tenant-override hdr"] = s == 200
async def ws():
    import websockets
    async with websockets.connect(BASE.replace("http", "ws") + f"/ws/control?tenant_id={aten}") as w:
        return await asyncio.wait_for(w.recv(), 3)
try: res["ws-no-auth"] = "control_status" in asyncio.run(ws())
except Exception as e: res["ws-no-auth"] = repr(e)
head = b64({"alg": "HS256", "typ": "JWT"}) + "." + b64({"sub": "1", "username": ADMIN, "email": "x", "is_admin": True, "tenant_id": aten, "exp": int(time.time()) + 600})
sig = base64.urlsafe_b64encode(hmac.new(b"dev-insecure-change-me", head.encode(), hashlib.sha256).digest()).rstrip(b"=").decode()
s, h, j, _ = call("GET", "/api/auth/users", token=head + "." + sig); res["default-jwt-secret"] = s == 200
s, h, j, _ = call("OPTIONS", "/api/auth/login", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
res["cors-reflect"] = h.get("access-control-allow-origin") == "https://evil.example" and h.get("access-control-allow-credentials") == "true"
s, h, j, _ = call("GET", "/api/auth/me", token=tok, headers={"Origin": "https://evil.example"})
res["cors-reflect simple"] = h.get("access-control-allow-origin") == "https://evil.example"
t0 = time.time(); call("GET", "/api/scenarios"); call("GET", "/api/version"); res["slow-api"] = round(time.time() - t0, 2)
s, h, j, t = call("GET", "/api/reports", token=tok); res["server-error"] = s == 500 and "Traceback" in t
s, h, j, _ = call("GET", "/health"); res["unhealthy"] = (s, j)
s, h, j, _ = call("GET", "/metrics"); res["no-metrics"] = s
codes = [call("POST", "/api/auth/login", {"username": u, "password": "bad"})[0] for _ in range(7)]; res["no-login-throttle"] = codes
s, h, j, t = call("POST", "/api/auth/check-username", {"username": "'"}); res["sql-injection quote"] = (s, t[:60])
s, h, j, t = call("POST", "/api/auth/check-username", {"username": "' OR '1'='1"}); res["sql-injection or"] = j
call("POST", "/api/auth/logout", token=tok); s, h, j, _ = call("GET", "/api/auth/me", token=tok); res["token-survives-logout"] = s == 200
s, h, j, _ = call("GET", "/api/auth/users", token=tok); res["admin-open"] = s == 200
s, h, j, _ = call("GET", "/"); res["server-header"] = (h.get("server"), h.get("x-powered-by"))
for k, v in res.items(): print(f"{k:28} {v}")
