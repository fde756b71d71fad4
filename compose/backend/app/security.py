"""Passwords (bcrypt), input policy and JWT (HS256) handling."""
import re
import uuid
from datetime import datetime, timedelta, timezone
from typing import Optional

import bcrypt
import jwt

from .faults import fault
from .settings import settings

ALGORITHM = "HS256"
USERNAME_RE = re.compile(r"^[A-Za-z0-9_]{3,50}$")
EMAIL_RE = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")
# Used to spend bcrypt time on unknown usernames too (no user enumeration by timing).
_DUMMY_HASH = bcrypt.hashpw(b"dummy-password", bcrypt.gensalt(settings.bcrypt_rounds)).decode()


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(settings.bcrypt_rounds)).decode()


def verify_password(password: str, hashed: Optional[str]) -> bool:
    try:
        return bcrypt.checkpw(password.encode("utf-8"), (hashed or _DUMMY_HASH).encode()) and hashed is not None
    except ValueError:
        return False


def username_problem(username: str) -> Optional[str]:
    if not USERNAME_RE.fullmatch(username or ""):
        return "Username must be 3-50 characters of letters, digits and underscores"
    return None


def email_problem(email: str) -> Optional[str]:
    if len(email or "") > 254 or not EMAIL_RE.fullmatch(email or ""):
        return "Invalid email address"
    return None


def password_problem(password: str) -> Optional[str]:
    """The password policy (register, change-password, reset-password)."""
    if fault("weak-password"):
        return None
    if len(password) < 8:
        return "Password must be at least 8 characters long"
    if len(password.encode("utf-8")) > 72:
        return "Password must be at most 72 bytes long"
    if not re.search(r"[A-Z]", password):
        return "Password must contain at least one uppercase letter"
    if not re.search(r"[a-z]", password):
        return "Password must contain at least one lowercase letter"
    if not re.search(r"[0-9]", password):
        return "Password must contain at least one digit"
    return None


def create_access_token(user: dict):
    """Return (token, jti, expires_at)."""
    now = datetime.now(timezone.utc)
    expires = now + (timedelta(days=30) if fault("long-token") else timedelta(minutes=settings.jwt_expire_minutes))
    jti = uuid.uuid4().hex
    claims = {
        "sub": str(user["id"]),
        "username": user["username"],
        "email": user["email"],
        "is_admin": bool(user["is_admin"]),
        "tenant_id": int(user["tenant_id"]),
        "iat": int(now.timestamp()),
        "exp": int(expires.timestamp()),
        "jti": jti,
    }
    return jwt.encode(claims, settings.jwt_secret, algorithm=ALGORITHM), jti, expires


def decode_token(token: str) -> dict:
    """Verify signature (HS256 only: 'none' and others are refused) and expiry. Raises jwt errors."""
    return jwt.decode(token, settings.jwt_secret, algorithms=[ALGORITHM],
                      options={"require": ["exp", "sub"]})
