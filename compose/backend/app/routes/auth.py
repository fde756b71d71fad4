"""/api/auth/*: register, login, check-username, me, logout, change/reset password, users (admin)."""
import logging
import time
from typing import Optional

import psycopg2
from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse

from .. import db, metrics
from ..auth import (NOT_AUTHENTICATED, Principal, admin_principal, client_ip, current_principal,
                    optional_principal, throttle)
from ..faults import fault
from ..models import (BEARER_ERRORS, ChangePasswordIn, CheckUsernameIn, CheckUsernameOut, LoginIn, LoginOut,
                      MessageOut, RegisterIn, RegisterOut, ResetPasswordIn, UserDetailOut, UsersOut, errors)
from ..security import (create_access_token, email_problem, hash_password, password_problem, username_problem,
                        verify_password)
from ..settings import settings
from .. import tenants

router = APIRouter(prefix="/api/auth", tags=["auth"])
log = logging.getLogger("carla.auth")
USER_COLUMNS = "id, username, email, first_name, last_name, is_admin, is_active, tenant_id, created_at, last_login"
INVALID_LOGIN = "Invalid username or password"


def _bad_request(detail: str) -> HTTPException:
    return HTTPException(status_code=400, detail=detail)


@router.post("/register", response_model=RegisterOut, responses=errors(400), summary="Register a user")
def register(body: RegisterIn):
    username, email = body.username.strip(), body.email.strip()
    for problem in (username_problem(username), email_problem(email), password_problem(body.password)):
        if problem:
            raise _bad_request(problem)
    password_hash = hash_password(body.password)
    try:
        with db.cursor() as cur:
            cur.execute("SELECT lower(username) = lower(%s) AS same_name FROM users "
                        "WHERE lower(username) = lower(%s) OR lower(email) = lower(%s) LIMIT 1",
                        (username, username, email))
            clash = cur.fetchone()
            if clash is not None:
                raise _bad_request("Username already registered" if clash["same_name"]
                                   else "Email already registered")
            tenant_id = tenants.create_tenant(cur, username)
            cur.execute(
                f"INSERT INTO users (username, email, password_hash, first_name, last_name, tenant_id) "
                f"VALUES (%s, %s, %s, %s, %s, %s) RETURNING {USER_COLUMNS}",
                (username, email, password_hash, body.first_name, body.last_name, tenant_id))
            user = cur.fetchone()
    except psycopg2.IntegrityError:
        raise _bad_request("Username or email already registered")
    log.info("User registered", extra={"user": username, "tenant_id": user["tenant_id"]})
    if fault("password-echo"):
        return JSONResponse({"message": "User registered successfully", "user": jsonable_encoder(user), "pw": body.password})
    return {"message": "User registered successfully", "user": user}


@router.post("/login", response_model=LoginOut, responses=errors(401, 429), summary="Log in")
def login(body: LoginIn, request: Request):
    username = body.username.strip()
    if fault("slow-login"):
        time.sleep(1.5)
    wait = throttle.retry_after(username)
    if wait is not None:
        log.warning("Login throttled", extra={"user": username[:50], "client": client_ip(request)})
        return JSONResponse(status_code=429, content={"detail": "Too many failed login attempts"},
                            headers={"Retry-After": str(wait)})
    with db.cursor() as cur:
        cur.execute(f"SELECT {USER_COLUMNS}, password_hash FROM users WHERE lower(username) = lower(%s)",
                    (username,))
        user = cur.fetchone()
    ok = verify_password(body.password, user["password_hash"] if user else None)
    if not ok or not user["is_active"]:
        throttle.failure(username)
        if metrics.TRACK_SECURITY_EVENTS:  # the route's own event (with the user): the middleware's line has none
            log.warning("Failed login", extra={"event": "login_failed", "user": username[:50], "client": client_ip(request)})
        raise HTTPException(status_code=401, detail=INVALID_LOGIN)
    throttle.success(username)
    if fault("password-in-log"):
        log.info("Login accepted", extra={"user": username, "password": body.password})
    token, jti, expires = create_access_token(user)
    with db.cursor() as cur:
        cur.execute("UPDATE users SET last_login = now() WHERE id = %s", (user["id"],))
        cur.execute(
            "INSERT INTO user_sessions (user_id, tenant_id, jti, ip_address, user_agent, expires_at) "
            "VALUES (%s, %s, %s, %s, %s, %s)",
            (user["id"], user["tenant_id"], jti, client_ip(request)[:64],
             (request.headers.get("user-agent") or "")[:255], expires))
        cur.execute("DELETE FROM user_sessions WHERE expires_at < now() - interval '1 day'")
    log.info("User logged in", extra={"user": user["username"], "tenant_id": user["tenant_id"]})
    return {"access_token": token, "token_type": "bearer",
            "expires_in": settings.jwt_expire_minutes * 60, "user": user}


@router.post("/check-username", response_model=CheckUsernameOut, summary="Is a username taken?")
def check_username(body: CheckUsernameIn):
    with db.cursor() as cur:
        if fault("sql-injection"):
            cur.execute("SELECT COUNT(*) AS n FROM users WHERE username = '" + body.username + "'")
        else:
            cur.execute("SELECT COUNT(*) AS n FROM users WHERE lower(username) = lower(%s)",
                        (body.username.strip(),))
        return {"exists": cur.fetchone()["n"] > 0}


@router.get("/me", response_model=UserDetailOut, responses={**BEARER_ERRORS, **errors(404)},
            summary="The caller's account")
def me(principal: Principal = Depends(current_principal)):
    with db.cursor() as cur:
        cur.execute(f"SELECT {USER_COLUMNS} FROM users WHERE id = %s", (principal.user_id,))
        user = cur.fetchone()
    if user is None:
        raise HTTPException(status_code=404, detail="User not found")
    # The token's tenant is the tenant the caller works in.
    return dict(user, tenant_id=principal.tenant_id)


@router.post("/logout", response_model=MessageOut, responses=BEARER_ERRORS, summary="End the session")
def logout(principal: Principal = Depends(current_principal)):
    if not fault("token-survives-logout") and principal.jti:
        with db.cursor() as cur:
            cur.execute("UPDATE user_sessions SET revoked_at = now() WHERE jti = %s AND revoked_at IS NULL",
                        (principal.jti,))
            if cur.rowcount == 0:  # token issued elsewhere (no session row): remember it as revoked
                cur.execute(
                    "INSERT INTO user_sessions (user_id, tenant_id, jti, expires_at, revoked_at) "
                    "VALUES (%s, %s, %s, to_timestamp(%s), now()) ON CONFLICT (jti) DO NOTHING",
                    (principal.user_id, principal.tenant_id, principal.jti, principal.exp))
    log.info("User logged out", extra={"user": principal.username})
    return {"message": "Successfully logged out"}


@router.post("/change-password", response_model=MessageOut, responses={**BEARER_ERRORS, **errors(400)},
             summary="Change the caller's password")
def change_password(body: ChangePasswordIn, principal: Principal = Depends(current_principal)):
    with db.cursor() as cur:
        cur.execute("SELECT password_hash FROM users WHERE id = %s", (principal.user_id,))
        row = cur.fetchone()
    if row is None or not verify_password(body.current_password, row["password_hash"]):
        raise _bad_request("Current password is incorrect")
    problem = password_problem(body.new_password)
    if problem:
        raise _bad_request(problem)
    with db.cursor() as cur:
        cur.execute("UPDATE users SET password_hash = %s, updated_at = now() WHERE id = %s",
                    (hash_password(body.new_password), principal.user_id))
    log.info("Password changed", extra={"user": principal.username})
    return {"message": "Password changed successfully"}


@router.post("/reset-password", response_model=MessageOut,
             responses={**BEARER_ERRORS, **errors(400, 404)},
             summary="Reset a password (own account, or any account for an admin)")
def reset_password(body: ResetPasswordIn, principal: Optional[Principal] = Depends(optional_principal)):
    open_fault = fault("reset-password-open")
    if principal is None and not open_fault:
        raise HTTPException(status_code=403, detail=NOT_AUTHENTICATED)
    own = principal is not None and principal.username.lower() == body.username.strip().lower()
    if not (open_fault or own or principal.is_admin):
        raise HTTPException(status_code=403, detail="You may only reset your own password")
    problem = password_problem(body.new_password)
    if problem:
        raise _bad_request(problem)
    with db.cursor() as cur:
        cur.execute("UPDATE users SET password_hash = %s, updated_at = now() WHERE lower(username) = lower(%s)",
                    (hash_password(body.new_password), body.username.strip()))
        if cur.rowcount == 0:
            raise HTTPException(status_code=404, detail="User not found")
    log.info("Password reset", extra={"user": body.username[:50],
                                       "by": principal.username if principal else None})
    return {"message": "Password reset successfully"}


@router.get("/users", response_model=UsersOut, responses=BEARER_ERRORS, summary="All users (admin)")
def users(principal: Principal = Depends(admin_principal)):
    with db.cursor() as cur:
        cur.execute(f"SELECT {USER_COLUMNS} FROM users ORDER BY id")
        rows = cur.fetchall()
    return {"users": rows, "total": len(rows)}
