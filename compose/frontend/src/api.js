// Same-origin calls only: nginx serves /version.txt and proxies /api/ to the backend (CSP connect-src 'self').

async function get(path, as) {
  const response = await fetch(path, { headers: { Accept: as === 'json' ? 'application/json' : 'text/plain' }, cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status} ${response.statusText}`.trim());
  }
  return as === 'json' ? response.json() : response.text();
}

export async function frontendVersion() {
  return (await get('/version.txt', 'text')).trim();
}

export async function backendVersion() {
  const body = await get('/api/version', 'json');
  if (typeof body?.version !== 'string') throw new Error('GET /api/version: no "version" in the answer');
  return body.version;
}

export async function scenarios() {
  const body = await get('/api/scenarios', 'json');
  if (!Array.isArray(body?.scenarios)) throw new Error('GET /api/scenarios: no "scenarios" list in the answer');
  return body.scenarios;
}
