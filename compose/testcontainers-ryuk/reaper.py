"""Ryuk's protocol, for Testcontainers where the real image cannot be pulled.

Testcontainers connects to port 8080 and sends one filter per line, URL-encoded label pairs such as
  label=org.testcontainers.sessionId%3D6f1c...&label=org.testcontainers%3Dtrue
and waits for "ACK". It keeps the connection open while the test JVM lives. When every connection has been
closed for RYUK_RECONNECTION_TIMEOUT (default 10 s), the containers, networks and volumes matching any
filter (all labels of a filter must match, as Docker's label filter does) are removed, and the reaper exits.
With no connection within RYUK_CONNECTION_TIMEOUT (default 60 s) it exits without removing anything.
A filter without labels is ignored: nothing is ever removed unless a client named it.
"""
import http.client
import json
import os
import socket
import sys
import threading
import time
import urllib.parse

DOCKER_SOCKET = "/var/run/docker.sock"


def seconds(name, default):
    raw = os.environ.get(name, default).strip().lower()
    return float(raw[:-1]) if raw.endswith("s") else float(raw)


RECONNECT = seconds("RYUK_RECONNECTION_TIMEOUT", "10s")
FIRST_CONNECT = seconds("RYUK_CONNECTION_TIMEOUT", "60s")
SELF = os.environ.get("HOSTNAME", "")


class DockerSocket(http.client.HTTPConnection):
    def __init__(self):
        super().__init__("docker", timeout=30)

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(DOCKER_SOCKET)


def docker(method, path):
    conn = DockerSocket()
    try:
        conn.request(method, path)
        response = conn.getresponse()
        body = response.read()
        return response.status, json.loads(body) if body[:1] in (b"[", b"{") else None
    finally:
        conn.close()


state = {"filters": set(), "connections": 0, "ever": False, "last_close": time.time()}
lock = threading.Lock()


def parse(line):
    labels = [value for key, value in urllib.parse.parse_qsl(line.strip()) if key == "label" and "=" in value]
    return tuple(sorted(labels))


def serve(conn):
    with lock:
        state["connections"] += 1
        state["ever"] = True
    try:
        stream = conn.makefile("rwb")
        for raw in stream:
            labels = parse(raw.decode("utf-8", "replace"))
            if labels:
                with lock:
                    state["filters"].add(labels)
                print("Adding", "&".join(labels), flush=True)
            stream.write(b"ACK\n")
            stream.flush()
    except OSError:
        pass
    finally:
        conn.close()
        with lock:
            state["connections"] -= 1
            state["last_close"] = time.time()


def prune():
    for labels in sorted(state["filters"]):
        query = urllib.parse.quote(json.dumps({"label": list(labels)}))
        _, containers = docker("GET", "/containers/json?all=1&filters=" + query)
        for c in containers or []:
            if SELF and c["Id"].startswith(SELF):
                continue
            status, _ = docker("DELETE", "/containers/%s?force=1&v=1" % c["Id"])
            print("Removed container", c["Id"][:12], status, flush=True)
        _, networks = docker("GET", "/networks?filters=" + query)
        for n in networks or []:
            status, _ = docker("DELETE", "/networks/" + n["Id"])
            print("Removed network", n["Name"], status, flush=True)
        _, volumes = docker("GET", "/volumes?filters=" + query)
        for v in (volumes or {}).get("Volumes") or []:
            status, _ = docker("DELETE", "/volumes/" + urllib.parse.quote(v["Name"]))
            print("Removed volume", v["Name"], status, flush=True)


def accept_forever(server):
    while True:
        conn, _ = server.accept()
        threading.Thread(target=serve, args=(conn,), daemon=True).start()


def main():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("0.0.0.0", 8080))
    server.listen(16)
    threading.Thread(target=accept_forever, args=(server,), daemon=True).start()
    started = time.time()
    print("Started (staging-gate stand-in for Testcontainers' Ryuk)", flush=True)
    while True:
        time.sleep(0.5)
        with lock:
            idle = state["connections"] == 0
            ever = state["ever"]
            since = time.time() - state["last_close"]
        if not ever and time.time() - started > FIRST_CONNECT:
            print("No connection within %.0f s: exiting, nothing removed" % FIRST_CONNECT, flush=True)
            return 0
        if ever and idle and since > RECONNECT:
            prune()
            return 0


if __name__ == "__main__":
    sys.exit(main())
