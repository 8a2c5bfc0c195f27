// A page whose code is its own chunk, fetched the first time the page is shown (or preloaded).
// Once fetched it renders at once, without suspending again; if the fetch fails (often a hub
// updated since this tab opened, its old chunks gone) the page says so and offers a reload.
import { lazy, type ComponentType } from 'react';
import { PageLoadFailed } from './components/PageLoading';

export type LazyPage = ComponentType & {
  /** Fetches the page's chunk now; resolves once it renders without waiting. */
  preload(): Promise<void>;
};

export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const fetchPage = () =>
    (loading ??= load().then(
      (page) => (loaded = page),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Suspending = lazy<ComponentType>(() => fetchPage().then((page) => ({ default: page }), () => ({ default: PageLoadFailed })));
  function Page() {
    const Shown = loaded ?? Suspending;
    return <Shown />;
  }
  return Object.assign(Page, { preload: () => fetchPage().then(() => undefined) });
}
