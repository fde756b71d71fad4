"""Developer smoke test of the backend (not part of the gate): every route, status codes, tenant isolation,
WebSockets, CORS, logout, throttling. Needs python3-jwt and python3-websockets on the host.
Usage: smoke.py BASE_URL ADMIN_USER ADMIN_PASS [exchanges.jsonl [LOGIN_MAX_FAILURES]]
(exchanges.jsonl records every exchange, e.g. to replay through swagger-request-validator)."""
import asyncio, base64, hashlib, hmac, json, os, sys, time, urllib.error, urllib.request, uuid

BASE, ADMIN, ADMIN_PW = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
OUT = open(sys.argv[4], "w") if len(sys.argv) > 4 else None
fails = []; passes = 0


def call(method, path, body=None, token=None, headers=None, raw=None):
    h = dict(headers or {})
    data = None
    if body is not None:
        data = json.dumps(body).encode(); h["Content-Type"] = "application/json"
    if raw is not None:
        data = raw; h.setdefault("Content-Type", "application/json")
    if token:
        h["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=h)
    try:
        r = urllib.request.urlopen(req, timeout=10); status, rh, text = r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode()
    except urllib.error.HTTPError as e:
        status, rh, text = e.code, {k.lower(): v for k, v in e.headers.items()}, e.read().decode()
    try:
        js = json.loads(text)
    except ValueError:
        js = None
    if OUT:
        p, _, q = path.partition("?")
        OUT.write(json.dumps({"method": method, "path": p, "query": q, "reqHeaders": h,
                              "reqBody": data.decode() if data else None, "status": status,
                              "respHeaders": rh, "respBody": text}) + "\n")
    return status, rh, js, text


def check(name, cond, info=""):
    global passes
    if cond:
        passes += 1
    else:
        fails.append(name); print("FAIL", name, str(info)[:300])


def b64(d): return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()


def forge(claims, secret, alg="HS256"):
    head = b64({"alg": alg, "typ": "JWT"}) + "." + b64(claims)
    if alg == "none":
        return head + "."
    sig = hmac.new(secret.encode(), head.encode(), hashlib.sha256).digest()
    return head + "." + base64.urlsafe_b64encode(sig).rstrip(b"=").decode()


s, h, j, _ = call("GET", "/health"); check("health", s == 200 and j["status"] == "healthy", j)
check("no server header", "server" not in {k.lower() for k in h} and "x-powered-by" not in {k.lower() for k in h}, h)
for k, v in {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}.items():
    check("hdr " + k, h.get(k.lower()) == v, h)
s, h, j, _ = call("GET", "/"); check("root", s == 200 and j["service"] == "carla-backend", j)
s, h, j, _ = call("GET", "/api/version"); check("version", s == 200 and j["version"] == "staging", j)
s, h, j, _ = call("GET", "/api/scenarios"); check("scenarios", j == {"scenarios": ["follow_route", "avoid_obstacle", "emergency_brake", "vehicle_cutting"]}, j)
s, h, j, t = call("GET", "/docs"); check("docs", s == 200 and "swagger" in t.lower() and "cdn.jsdelivr.net" in h.get("content-security-policy", ""), h)
s, h, j, t = call("GET", "/redoc"); check("redoc", s == 200 and "redoc" in t.lower())
s, h, j, t = call("GET", "/openapi.json"); check("openapi", s == 200 and j["openapi"].startswith("3.0"))
s, h, j, t = call("GET", "/metrics"); check("metrics", s == 200 and "carla_app_info" in t and "process_cpu_seconds_total" in t, t[:200])
starts0 = float([l for l in t.splitlines() if l.startswith("carla_simulation_starts_total")][0].split()[1])

u = "u" + uuid.uuid4().hex[:10]; pw = "Passw0rdX"
s, h, j, _ = call("POST", "/api/auth/register", {"username": u, "email": f"{u}@example.com", "password": pw, "first_name": "A"})
check("register", s == 200 and j["user"]["username"] == u, j)
tenant_a = j["user"]["tenant_id"]
for bad, why in [({"username": "ab", "email": "x@example.com", "password": pw}, "short user"),
                 ({"username": "a b c", "email": "x@example.com", "password": pw}, "bad user"),
                 ({"username": u + "x", "email": "nope", "password": pw}, "bad email"),
                 ({"username": u + "x", "email": "y@example.com", "password": "Short1"}, "short pw"),
                 ({"username": u + "x", "email": "y@example.com", "password": "alllower1"}, "no upper"),
                 ({"username": u + "x", "email": "y@example.com", "password": "ALLUPPER1"}, "no lower"),
                 ({"username": u + "x", "email": "y@example.com", "password": "NoDigitsHere"}, "no digit"),
                 ({"username": u, "email": "z@example.com", "password": pw}, "dup user"),
                 ({"username": u.upper(), "email": "z@example.com", "password": pw}, "dup user case"),
                 ({"username": u + "y", "email": f"{u}@example.com", "password": pw}, "dup email")]:
    s, h, j, _ = call("POST", "/api/auth/register", bad); check("register 400 " + why, s == 400 and isinstance(j.get("detail"), str), (s, j))
s, h, j, _ = call("POST", "/api/auth/register", {"username": u}); check("register 422", s == 422 and isinstance(j["detail"], list), j)
s, h, j, _ = call("POST", "/api/auth/register", raw=b"{not json"); check("register bad json 422", s == 422, j)

s, h, j, _ = call("POST", "/api/auth/login", {"username": u, "password": pw}); check("login", s == 200 and j["token_type"] == "bearer", j)
tok_a = j["access_token"]; uid_a = j["user"]["id"]
check("login user fields", set(j["user"]) >= {"id", "username", "email", "first_name", "last_name", "is_admin", "tenant_id"}, j)
s, h, j, _ = call("POST", "/api/auth/login", {"username": u, "password": "wrong"}); check("login 401", s == 401 and j == {"detail": "Invalid username or password"}, j)
s, h, j, _ = call("POST", "/api/auth/login", {"username": "nobody_" + u, "password": "wrong"}); check("login unknown 401", s == 401, j)
s, h, j, _ = call("GET", "/api/auth/me", token=tok_a); check("me", s == 200 and j["username"] == u and "created_at" in j and "last_login" in j and j["tenant_id"] == tenant_a, j)
check("me no-store", h.get("cache-control") == "no-store", h)
s, h, j, _ = call("GET", "/api/auth/me"); check("me anon 403", s == 403 and j == {"detail": "Not authenticated"}, j)
s, h, j, _ = call("GET", "/api/auth/me", headers={"Authorization": "Basic abc"}); check("me basic 403", s == 403 and j == {"detail": "Not authenticated"}, j)
s, h, j, _ = call("GET", "/api/auth/me", token=tok_a[:-3] + "abc"); check("me badsig 401", s == 401 and h.get("www-authenticate") == "Bearer", (s, h, j))
import jwt as _jwt
claims = _jwt.decode(tok_a, options={"verify_signature": False})
s, h, j, _ = call("GET", "/api/auth/me", token=forge(dict(claims, is_admin=True), "", "none")); check("alg none 401", s == 401 and h.get("www-authenticate") == "Bearer", (s, j))
s, h, j, _ = call("GET", "/api/auth/me", token=forge(dict(claims, is_admin=True), "dev-insecure-change-me")); check("default secret 401", s == 401, (s, j))
s, h, j, _ = call("GET", "/api/auth/me", token=forge(dict(claims, exp=int(time.time()) - 10), os.environ.get("JWT_SECRET", "x" * 64))); check("expired 401", s == 401, (s, j))
s, h, j, _ = call("GET", "/api/auth/users"); check("users anon 403", s == 403 and j == {"detail": "Not authenticated"}, j)
s, h, j, _ = call("GET", "/api/auth/users", token=tok_a); check("users nonadmin 403", s == 403 and j == {"detail": "Admin privileges required"}, j)
for p, m in [("/api/admin/seed-default-config", "POST"), ("/api/carla/pool/status", "GET"), ("/api/runners", "GET")]:
    s, h, j, _ = call(m, p, token=tok_a); check("admin-only " + p, s == 403 and j == {"detail": "Admin privileges required"}, j)
s, h, j, _ = call("POST", "/api/auth/login", {"username": ADMIN, "password": ADMIN_PW}); check("admin login", s == 200 and j["user"]["is_admin"] is True, j)
tok_adm = j["access_token"]; tenant_adm = j["user"]["tenant_id"]
s, h, j, _ = call("GET", "/api/auth/users", token=tok_adm); check("users admin", s == 200 and j["total"] >= 2, j)
for p, m in [("/api/admin/seed-default-config", "POST"), ("/api/carla/pool/status", "GET"), ("/api/runners", "GET")]:
    s, h, j, _ = call(m, p, token=tok_adm); check("admin " + p, s == 200, j)
s, h, j, _ = call("POST", "/api/auth/check-username", {"username": u}); check("check-username yes", j == {"exists": True}, j)
s, h, j, _ = call("POST", "/api/auth/check-username", {"username": "zz" + uuid.uuid4().hex[:8]}); check("check-username no", j == {"exists": False}, j)
s, h, j, _ = call("POST", "/api/auth/check-username", {"username": "' OR '1'='1"}); check("check-username sqli", s == 200 and j == {"exists": False}, (s, j))
s, h, j, _ = call("POST", "/api/auth/check-username", {"username": "'"}); check("check-username quote", s == 200 and j == {"exists": False}, (s, j))

# config
s, h, j, _ = call("GET", "/api/config", token=tok_a); check("config get", s == 200 and "app_config" in j and "sim_config" in j and j["tenant_id"] == tenant_a, j)
s, h, j, _ = call("POST", "/api/config", {"sim_config": {"x": 1}}, token=tok_a); check("config post", s == 200 and j["sim_config"] == {"x": 1}, j)
s, h, j, _ = call("POST", "/api/config", {}, token=tok_a); check("config post empty 400", s == 400, j)
s, h, j, _ = call("GET", f"/api/config?tenant_id={tenant_adm}", token=tok_a); check("config other tenant", s == 403 or (s == 200 and j["tenant_id"] == tenant_a), (s, j))
s, h, j, _ = call("GET", "/api/config", token=tok_a, headers={"X-Tenant-Id": str(tenant_adm)}); check("config other tenant hdr", s == 403 or (s == 200 and j["tenant_id"] == tenant_a), (s, j))
s, h, j, _ = call("GET", f"/api/config?tenant_id={tenant_a}", token=tok_a); check("config own tenant param", s == 200, (s, j))
s, h, j, _ = call("POST", "/api/config/reset", token=tok_a); check("config reset", s == 200 and j["sim_config"] != {"x": 1}, j)
s, h, j, _ = call("GET", "/api/config"); check("config anon", s == 403, j)

# simulation
s, h, j, _ = call("GET", "/api/simulation/status", token=tok_a); check("status idle", s == 200 and j["is_running"] is False, j)
s, h, j, _ = call("POST", "/api/simulation/start", {"scenarios": ["nope"], "debug": False, "report": True}, token=tok_a); check("start unknown 400", s == 400, j)
s, h, j, _ = call("POST", "/api/simulation/start", {"scenarios": ["all"], "debug": False, "report": True}, token=tok_a); check("start", s == 200 and j["success"] is True and j["session_id"], j)
sess = j["session_id"]
s, h, j, _ = call("POST", "/api/simulation/start", {"scenarios": ["all"]}, token=tok_a); check("start again 400", s == 400, j)
time.sleep(0.2)
s, h, j, _ = call("GET", "/api/simulation/status", token=tok_a); check("status running", j["is_running"] is True and j["session_id"] == sess and j["total_scenarios"] == 4, j)
s, h, j, _ = call("POST", "/api/simulation/skip", token=tok_a); check("skip", s == 200 and j["success"] is True, j)
s, h, j, _ = call("GET", "/api/simulation/status", token=tok_adm); check("status other tenant idle", j["is_running"] is False, j)
for _ in range(60):
    s, h, j, _ = call("GET", "/api/simulation/status", token=tok_a)
    if not j["is_running"]:
        break
    time.sleep(0.1)
check("run finished", j["is_running"] is False and j["last_result"] == "completed", j)
s, h, j, _ = call("POST", "/api/simulation/start", {"scenarios": ["follow_route", "emergency_brake"]}, token=tok_a); check("start 2", s == 200, j)
s, h, j, _ = call("POST", "/api/simulation/stop", token=tok_a); check("stop", s == 200 and j["success"] is True, j)
time.sleep(0.5)
s, h, j, _ = call("POST", "/api/simulation/stop", token=tok_a); check("stop idle", s == 200 and j["success"] is False, j)
s, h, j, _ = call("POST", "/api/simulation/skip", token=tok_a); check("skip idle", s == 200 and j["success"] is False, j)

# reports
s, h, j, _ = call("GET", "/api/reports", token=tok_a); check("reports", s == 200 and j["total"] == 2, j)
rid = j["reports"][0]["id"] if j and j.get("reports") else 0
s, h, j, t = call("GET", f"/api/reports/{rid}", token=tok_a); check("report html", s == 200 and "<html" in t and h.get("content-type", "").startswith("text/html"), (s, t[:100]))
s, h, j, _ = call("GET", f"/api/reports/{rid}", token=tok_adm); check("report other tenant 404", s == 404, (s, j))
s, h, j, _ = call("DELETE", f"/api/reports/{rid}", token=tok_adm); check("report delete other tenant 404", s == 404, (s, j))
s, h, j, _ = call("GET", f"/api/reports/{rid}", token=tok_adm, headers={"X-Tenant-Id": str(tenant_a)}); check("report tenant hdr", s in (403, 404), (s, j))
s, h, j, _ = call("GET", f"/api/reports?tenant_id={tenant_a}", token=tok_adm); check("reports tenant param", s == 403 or (s == 200 and j["total"] == 0), (s, j))
s, h, j, _ = call("GET", "/api/reports/999999", token=tok_a); check("report unknown 404", s == 404, (s, j))
s, h, j, _ = call("GET", "/api/reports/abc", token=tok_a); check("report bad id 422", s == 422, (s, j))
s, h, j, _ = call("GET", "/api/reports"); check("reports anon 403", s == 403, (s, j))

# logs
s, h, j, _ = call("GET", "/api/logs", token=tok_a); check("logs", s == 200 and len(j["logs"]) == 2, j)
lname = j["logs"][0] if j and j.get("logs") else "x.log"
s, h, j, t = call("GET", f"/api/logs/{lname}", token=tok_a); check("log get", s == 200 and "Simulation" in t, (s, t[:100]))
s, h, j, _ = call("GET", f"/api/logs/{lname}", token=tok_adm); check("log other tenant 404", s == 404, (s, j))
s, h, j, _ = call("GET", "/api/logs/..%2F..%2Fetc%2Fpasswd", token=tok_a); check("log traversal", s in (400, 404), (s, j))
s, h, j, _ = call("GET", "/api/logs/..", token=tok_a); check("log dotdot", s in (400, 404), (s, j))
s, h, j, _ = call("GET", "/api/logs/a..b", token=tok_a); check("log a..b 400", s == 400, (s, j))
s, h, j, _ = call("GET", "/api/logs/nothere.log", token=tok_a); check("log unknown 404", s == 404, (s, j))
s, h, j, _ = call("DELETE", f"/api/logs/{lname}", token=tok_adm); check("log delete other 404", s == 404, (s, j))
s, h, j, _ = call("DELETE", f"/api/logs/{lname}", token=tok_a); check("log delete", s == 200, (s, j))
s, h, j, _ = call("DELETE", f"/api/reports/{rid}", token=tok_a); check("report delete", s == 200, (s, j))
s, h, j, _ = call("GET", f"/api/reports/{rid}", token=tok_a); check("report gone", s == 404, (s, j))

# passwords
s, h, j, _ = call("POST", "/api/auth/change-password", {"current_password": "wrong", "new_password": "NewPassw0rd"}, token=tok_a); check("chpw wrong 400", s == 400, j)
s, h, j, _ = call("POST", "/api/auth/change-password", {"current_password": pw, "new_password": "weak"}, token=tok_a); check("chpw weak 400", s == 400, j)
s, h, j, _ = call("POST", "/api/auth/change-password", {"current_password": pw, "new_password": "NewPassw0rd"}, token=tok_a); check("chpw", s == 200, j)
pw = "NewPassw0rd"
s, h, j, _ = call("POST", "/api/auth/reset-password", {"username": u, "new_password": "Reset1Passw"}); check("reset anon 403", s == 403 and j == {"detail": "Not authenticated"}, j)
s, h, j, _ = call("POST", "/api/auth/reset-password", {"username": ADMIN, "new_password": "Reset1Passw"}, token=tok_a); check("reset other 403", s == 403, j)
s, h, j, _ = call("POST", "/api/auth/reset-password", {"username": u, "new_password": "Reset1Passw"}, token=tok_a); check("reset own", s == 200, j)
s, h, j, _ = call("POST", "/api/auth/reset-password", {"username": u, "new_password": "Admin1Reset"}, token=tok_adm); check("reset by admin", s == 200, j)
s, h, j, _ = call("POST", "/api/auth/reset-password", {"username": "nobody_" + u, "new_password": "Admin1Reset"}, token=tok_adm); check("reset unknown 404", s == 404, j)
pw = "Admin1Reset"
s, h, j, _ = call("POST", "/api/auth/login", {"username": u, "password": pw}); check("login after reset", s == 200, j)

# websockets
async def ws_try(path):
    import websockets
    try:
        async with websockets.connect(BASE.replace("http", "ws") + path, open_timeout=5) as w:
            msg = await asyncio.wait_for(w.recv(), 3)
            return "msg", msg
    except websockets.exceptions.ConnectionClosed as e:
        return "closed", e.code
    except Exception as e:
        return "error", repr(e)

for path, expect in [(f"/ws/simulation-view?tenant_id={tenant_a}&token={tok_a}", "msg"),
                     (f"/ws/control?tenant_id={tenant_a}&token={tok_a}", "msg"),
                     (f"/ws/simulation-view?tenant_id={tenant_a}", 1008),
                     (f"/ws/simulation-view?tenant_id={tenant_a}&token=garbage", 1008),
                     (f"/ws/control?tenant_id={tenant_adm}&token={tok_a}", 1008)]:
    kind, val = asyncio.run(ws_try(path))
    check("ws " + path.split("?")[0] + " " + str(expect), kind == expect or val == expect, (kind, val))

# CORS
s, h, j, _ = call("OPTIONS", "/api/auth/login", headers={"Origin": "http://localhost:3001", "Access-Control-Request-Method": "POST"})
check("cors allowed", h.get("access-control-allow-origin") == "http://localhost:3001" and h.get("access-control-allow-credentials") == "true", (s, h))
s, h, j, _ = call("OPTIONS", "/api/auth/login", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"})
check("cors evil preflight", "access-control-allow-origin" not in {k.lower() for k in h}, (s, h))
s, h, j, _ = call("GET", "/api/scenarios", headers={"Origin": "https://evil.example"})
check("cors evil simple", "access-control-allow-origin" not in {k.lower() for k in h}, (s, h))

# logout
s, h, j, _ = call("POST", "/api/auth/logout", token=tok_a); check("logout", s == 200, j)
s, h, j, _ = call("GET", "/api/auth/me", token=tok_a); check("revoked 401", s == 401 and h.get("www-authenticate") == "Bearer", (s, j))

s, h, j, t = call("GET", "/metrics")
starts1 = float([l for l in t.splitlines() if l.startswith("carla_simulation_starts_total")][0].split()[1])
check("starts rose", starts1 >= starts0 + 2, (starts0, starts1))
check("endpoint template label", 'endpoint="/api/reports/{report_id}"' in t, "")
s, h, j, _ = call("GET", "/nope"); check("404", s == 404 and j == {"detail": "Not Found"} and h.get("x-frame-options") == "DENY", (s, h))

# throttle last (locks u)
n = int(sys.argv[5]) if len(sys.argv) > 5 else 5
codes = [call("POST", "/api/auth/login", {"username": u, "password": "bad"})[0] for _ in range(n)]
s, h, j, _ = call("POST", "/api/auth/login", {"username": u, "password": pw})
check("throttle", codes == [401] * n and s == 429 and j == {"detail": "Too many failed login attempts"} and int(h.get("retry-after", 0)) > 0, (codes, s, h.get("retry-after"), j))
print(f"{passes} passed, {len(fails)} failed")
sys.exit(1 if fails else 0)
