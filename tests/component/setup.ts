// Component test setup: jest-dom matchers, every page's code at hand (the app fetches each page's
// chunk when first shown; tests render it at once, as a warm browser would), and a clean DOM after every test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadPages } from '../../client/src/pages';

beforeAll(() => preloadPages());
afterEach(() => cleanup());
