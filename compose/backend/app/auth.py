"""Request authentication: bearer principal, admin check, tenant resolution, login throttling."""
import logging
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from typing import Optional

import jwt
from fastapi import Depends, Header, HTTPException, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from . import db
from .faults import fault
from .security import decode_token
from .settings import settings

log = logging.getLogger("carla.auth")
bearer_scheme = HTTPBearer(auto_error=False, description="JWT from POST /api/auth/login")

NOT_AUTHENTICATED = "Not authenticated"
ADMIN_REQUIRED = "Admin privileges required"
TENANT_FORBIDDEN = "Access to another tenant is forbidden"


@dataclass
class Principal:
    user_id: int
    username: str
    email: str
    is_admin: bool
    tenant_id: int
    jti: Optional[str]
    exp: int
    token: str


def _unauthorized(detail: str = "Could not validate credentials") -> HTTPException:
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def _session_state(jti: Optional[str], user_id: int, username: str):
    """Return (user_row_or_None, revoked: bool)."""
    with db.cursor() as cur:
        cur.execute("SELECT id, username, is_active FROM users WHERE id = %s", (user_id,))
        user = cur.fetchone()
        if user is None and username:
            cur.execute("SELECT id, username, is_active FROM users WHERE lower(username) = lower(%s)",
                        (username,))
            user = cur.fetchone()
        revoked = False
        if jti:
            cur.execute("SELECT 1 FROM user_sessions WHERE jti = %s AND revoked_at IS NOT NULL", (jti,))
            revoked = cur.fetchone() is not None
    return user, revoked


def principal_from_token(token: str) -> Principal:
    """Validate a raw JWT (signature, expiry, revocation, user still active). Blocking (DB)."""
    try:
        claims = decode_token(token)
    except jwt.ExpiredSignatureError:
        raise _unauthorized("Token has expired")
    except jwt.PyJWTError:
        raise _unauthorized()
    try:
        sub = str(claims.get("sub", ""))
        user_id = int(sub) if sub.isdigit() else 0
        tenant_id = int(claims["tenant_id"])
    except (KeyError, TypeError, ValueError):
        raise _unauthorized()
    user, revoked = _session_state(claims.get("jti"), user_id,
                                   claims.get("username") or ("" if sub.isdigit() else sub))
    if revoked:
        raise _unauthorized("Token has been revoked")
    if user is None or not user["is_active"]:
        raise _unauthorized()
    return Principal(user_id=user["id"], username=user["username"], email=str(claims.get("email", "")),
                     is_admin=claims.get("is_admin") is True, tenant_id=tenant_id,
                     jti=claims.get("jti"), exp=int(claims["exp"]), token=token)


async def optional_principal(
        credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer_scheme)) -> Optional[Principal]:
    if credentials is None:
        return None
    return await run_in_threadpool(principal_from_token, credentials.credentials)


async def current_principal(principal: Optional[Principal] = Depends(optional_principal)) -> Principal:
    if principal is None:  # no Authorization header, or a scheme other than Bearer
        raise HTTPException(status_code=403, detail=NOT_AUTHENTICATED)
    return principal


async def admin_principal(principal: Principal = Depends(current_principal)) -> Principal:
    if not principal.is_admin and not fault("admin-open"):
        raise HTTPException(status_code=403, detail=ADMIN_REQUIRED)
    return principal


async def tenant_scope(
        principal: Optional[Principal] = Depends(optional_principal),
        tenant_id: Optional[int] = Query(
            None, description="Must be the caller's own tenant (or absent); another tenant gives 403."),
        x_tenant_id: Optional[int] = Header(
            None, alias="X-Tenant-Id",
            description="Must be the caller's own tenant (or absent); another tenant gives 403."),
) -> int:
    """The tenant a request works on: always the token's tenant."""
    requested = tenant_id if tenant_id is not None else x_tenant_id
    if principal is None:
        if fault("anonymous-reports") and requested is not None:
            return requested
        raise HTTPException(status_code=403, detail=NOT_AUTHENTICATED)
    if requested is None or requested == principal.tenant_id:
        return principal.tenant_id
    if fault("tenant-override"):
        return requested
    log.warning("Cross-tenant access refused", extra={"user": principal.username,
                                                       "own_tenant": principal.tenant_id,
                                                       "requested_tenant": requested})
    raise HTTPException(status_code=403, detail=TENANT_FORBIDDEN)


class LoginThrottle:
    """Sliding window of failed logins per username (in memory; one backend process)."""

    def __init__(self, max_failures: int, window_seconds: int):
        self.max_failures = max_failures
        self.window = window_seconds
        self._failures = defaultdict(deque)
        self._lock = threading.Lock()

    def _prune(self, key: str, now: float) -> deque:
        entries = self._failures[key]
        while entries and entries[0] <= now - self.window:
            entries.popleft()
        if not entries:
            self._failures.pop(key, None)
        return entries

    def retry_after(self, username: str) -> Optional[int]:
        """Seconds to wait when the username is locked, else None."""
        if fault("no-login-throttle"):
            return None
        key, now = username.lower(), time.monotonic()
        with self._lock:
            entries = self._prune(key, now)
            if len(entries) >= self.max_failures:
                return max(1, int(entries[0] + self.window - now + 0.999))
        return None

    def failure(self, username: str) -> None:
        key, now = username.lower(), time.monotonic()
        with self._lock:
            entries = self._prune(key, now)
            entries.append(now)
            self._failures[key] = entries
            while len(entries) > self.max_failures:
                entries.popleft()

    def success(self, username: str) -> None:
        with self._lock:
            self._failures.pop(username.lower(), None)


throttle = LoginThrottle(settings.login_max_failures, settings.login_window_seconds)


def client_ip(request: Request) -> str:
    return request.client.host if request.client else ""
