// Search (/search?q=…&from&to&practice&status): the query lives in the URL, so a search can be
// bookmarked, shared with a colleague and returned to with Back. Every search that shows patients is
// audited by the hub (docs/search.md); practice staff see only their own practice's requests.
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchResponse } from '../../../../shared/schemas/search';
import { messageOf } from '../../api/errors';
import type { SearchParams } from '../../api/http';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useDeps, useSession } from '../../deps';
import { opensJourney } from './maySearch';
import { SearchResults } from './SearchResults';
import './search.css';

const FIELDS = ['q', 'from', 'to', 'practice', 'status'] as const;
type Loaded = { key: string; found: SearchResponse | null; error: string | null };

export function SearchPage() {
  const { api } = useDeps();
  const user = useSession((s) => s.user);
  const [params, setParams] = useSearchParams();
  const query: SearchParams = Object.fromEntries(FIELDS.flatMap((f) => (params.get(f) ? [[f, params.get(f)!]] : [])));
  const key = new URLSearchParams(query as Record<string, string>).toString();
  const [loaded, setLoaded] = useState<Loaded>({ key: '', found: null, error: null });

  useEffect(() => {
    if (!key) return;
    let current = true;
    api.search(Object.fromEntries(new URLSearchParams(key))).then(
      (found) => current && setLoaded({ key, found, error: null }),
      (error: unknown) => current && setLoaded({ key, found: null, error: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, key]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // "Open and closed" is the default, so it stays out of the URL.
    const given = FIELDS.map((f): [string, string] => [f, String(form.get(f) ?? '').trim()]);
    setParams(given.filter(([f, v]) => v !== '' && !(f === 'status' && v === 'all')));
  };

  const shown = loaded.key === key ? loaded : null;
  return (
    <main id="main" className="search-page" tabIndex={-1}>
      <h1>Find a request</h1>
      <form key={key} className="search-form" onSubmit={submit} aria-label="Search requests">
        <div className="search-field search-field-wide">
          <label htmlFor="search-q">Reference, NHS number, name or practice code</label>
          <input id="search-q" name="q" type="search" defaultValue={query.q ?? ''} autoComplete="off" spellCheck={false} />
        </div>
        <div className="search-field">
          <label htmlFor="search-from">Received from</label>
          <input id="search-from" name="from" type="date" defaultValue={query.from ?? ''} />
        </div>
        <div className="search-field">
          <label htmlFor="search-to">Received to</label>
          <input id="search-to" name="to" type="date" defaultValue={query.to ?? ''} />
        </div>
        <div className="search-field">
          <label htmlFor="search-practice">Practice code</label>
          <input id="search-practice" name="practice" defaultValue={query.practice ?? ''} size={8} autoComplete="off" />
        </div>
        <div className="search-field">
          <label htmlFor="search-status">Requests</label>
          <select id="search-status" name="status" defaultValue={query.status ?? 'all'}>
            <option value="all">Open and closed</option>
            <option value="open">Open</option>
            <option value="closed">Closed</option>
          </select>
        </div>
        <Button type="submit" variant="primary">
          Search
        </Button>
      </form>
      {!key && <p>Search by reference (EH-24-00123), NHS number (with or without spaces), family name, or given and family name; narrow by practice and date of receipt.</p>}
      {key && shown?.error && <ErrorBanner message={`The search could not be run. ${shown.error}`} />}
      {key && !shown && <p role="status">Searching…</p>}
      {key && shown?.found && user && <SearchResults found={shown.found} linked={opensJourney(user)} />}
    </main>
  );
}
