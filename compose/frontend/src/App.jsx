import { useEffect, useState } from 'react';
import { backendVersion, frontendVersion, scenarios } from './api.js';

const TITLE = 'CARLA Driving Simulator Client — staging';

function useLoad(load) {
  const [state, setState] = useState({ loading: true, value: undefined, error: undefined });
  useEffect(() => {
    let live = true;
    load().then(
      (value) => live && setState({ loading: false, value, error: undefined }),
      (error) => live && setState({ loading: false, value: undefined, error: String(error?.message ?? error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return state;
}

function Shown({ state, id }) {
  if (state.loading) return <span id={id} className="pending">loading…</span>;
  if (state.error) return <span id={id} className="missing">unavailable</span>;
  return <code id={id}>{state.value === '' ? '(empty)' : state.value}</code>;
}

export default function App() {
  const version = useLoad(frontendVersion);
  const apiVersion = useLoad(backendVersion);
  const list = useLoad(scenarios);
  const apiErrors = [apiVersion.error, list.error].filter(Boolean);

  useEffect(() => {
    document.title = TITLE;
  }, []);

  return (
    <main>
      <h1 id="app-title">{TITLE}</h1>
      <dl className="versions">
        <dt>Frontend build</dt>
        <dd><Shown state={version} id="app-version" /></dd>
        <dt>Backend</dt>
        <dd><Shown state={apiVersion} id="backend-version" /></dd>
      </dl>
      {apiErrors.length > 0 && (
        <div id="api-error" className="error" role="alert">
          <strong>The backend API did not answer as expected.</strong>
          <ul>{apiErrors.map((message) => <li key={message}>{message}</li>)}</ul>
        </div>
      )}
      <section aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">Scenarios</h2>
        {list.loading && <p className="pending">loading…</p>}
        {list.value && (
          <ul id="scenario-list">
            {list.value.map((name) => <li key={name}>{name}</li>)}
          </ul>
        )}
      </section>
    </main>
  );
}
