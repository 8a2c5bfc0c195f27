// Who may search (docs/search.md; the server decides, this only shows the box to those it would answer):
// the hub's staff, the admin, and practice staff within their practice. Managers see figures, never patients.
import type { User } from '../../../../shared/schemas/api';
import { homeFor, seesHubQueue } from '../../stores/sessionStore';

export const maySearch = (user: User) => seesHubQueue(user) || user.roles.includes('practice') || user.roles.includes('admin');

/** Whether a result can open the request's journey page (the admin finds requests but has no journey page). */
export const opensJourney = (user: User) => seesHubQueue(user) || homeFor(user) === 'practice';

/** The box in the header, which `/` focuses from anywhere. */
export const SEARCH_BOX_ID = 'hub-search';
