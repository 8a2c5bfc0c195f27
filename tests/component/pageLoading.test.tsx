// Each signed-in page's code arrives when the page is first shown: meanwhile a polite status says
// so, a page already fetched shows at once, and one that cannot be fetched offers a reload.
import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { expect, it } from 'vitest';
import { PageLoading } from '../../client/src/components/PageLoading';
import { lazyPage } from '../../client/src/lazyPage';

function deferredPage() {
  let arrive!: () => void;
  let fail!: (error: Error) => void;
  const code = new Promise<() => React.JSX.Element>((resolve, reject) => {
    arrive = () => resolve(() => <h1>Hub queue</h1>);
    fail = reject;
  });
  return { Page: lazyPage(() => code), arrive, fail };
}

const shown = (Page: React.ComponentType) =>
  render(
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>,
  );

it('says the page is loading while its code arrives, then shows the page', async () => {
  const { Page, arrive } = deferredPage();
  shown(Page);
  // Said after a moment, so a quick load does not flash it.
  expect(screen.getByRole('status')).toHaveTextContent('');
  expect(await screen.findByText('Loading the page…')).toHaveAttribute('role', 'status');
  expect(screen.getByRole('main')).toHaveAttribute('aria-busy', 'true');
  arrive();
  expect(await screen.findByRole('heading', { name: 'Hub queue' })).toBeInTheDocument();
  expect(screen.queryByText('Loading the page…')).not.toBeInTheDocument();
});

it('shows a page whose code was fetched beforehand at once, without a loading status', async () => {
  const { Page, arrive } = deferredPage();
  arrive();
  await Page.preload();
  shown(Page);
  expect(screen.getByRole('heading', { name: 'Hub queue' })).toBeInTheDocument();
});

it('offers a reload when the page’s code cannot be fetched', async () => {
  const { Page, fail } = deferredPage();
  shown(Page);
  fail(new Error('Failed to fetch dynamically imported module'));
  expect(await screen.findByRole('heading', { name: 'This page could not be loaded' })).toBeInTheDocument();
  expect(screen.getByRole('alert')).toHaveTextContent('the hub was updated since this tab opened');
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
});
