// Search (docs/search.md) is an audited read, like a request's detail (readDetail.ts): its results name
// patients, so the requests it returned are written to the audit log in the same transaction, and
// only then answered. Practice staff find only their own practice's requests; managers may not search.
import { startOfDay, nextDay } from '../../shared/rules/metricsTime';
import { SEARCH_LIMIT, classifySearchText, searchQuerySchema, type SearchResponse } from '../../shared/schemas/search';
import type { SearchCriteria } from '../../db/queries/search';
import { HUB_QUEUE_ROLES, QUEUE_ROLES } from '../views/queue';
import { defineOperation } from './definition';

export const SEARCH_ROLES = [...QUEUE_ROLES, 'admin'] as const;

export const search = defineOperation({
  name: 'search',
  senders: { staff: SEARCH_ROLES },
  input: searchQuerySchema,
  perform({ db, actor, input, settings, directory }) {
    const text = input.q === undefined ? undefined : classifySearchText(input.q)!;
    const criteria: SearchCriteria = {
      status: input.status,
      practiceOds: input.practice,
      receivedFrom: input.from === undefined ? undefined : startOfDay(input.from, settings.calendar),
      receivedBefore: input.to === undefined ? undefined : startOfDay(nextDay(input.to), settings.calendar),
    };
    if (text?.key === 'reference') criteria.reference = text.reference;
    if (text?.key === 'nhs_number') criteria.nhsNumber = text.nhsNumber;
    if (text?.key === 'name') Object.assign(criteria, { familyPrefix: text.familyPrefix, givenPrefix: text.givenPrefix });
    const practices = [input.practice, text?.key === 'practice' ? text.practiceOds : undefined].filter((p) => p !== undefined);
    // Practice staff (who hold no hub role) search within their own practice, whatever they asked for.
    const practiceOnly = actor.kind === 'staff' && !actor.roles.some((r) => HUB_QUEUE_ROLES.includes(r) || r === 'admin');
    if (practiceOnly) practices.push(actor.practiceOds ?? '');
    const wanted = new Set(practices);
    // Two different practices asked for at once (the box and the filter, or outside one's own) match nothing.
    if (wanted.size > 1) return { result: { results: [], more: false } satisfies SearchResponse };
    criteria.practiceOds = [...wanted][0];

    const rows = db.q.search.find(criteria, SEARCH_LIMIT + 1);
    const shown = rows.slice(0, SEARCH_LIMIT);
    const result: SearchResponse = {
      results: shown.map((r) => ({
        id: r.id,
        reference: r.reference ?? '',
        patient: { givenName: r.givenName, familyName: r.familyName, nhsNumber: r.nhsNumber, birthDate: r.birthDate },
        practiceOds: r.practiceOds,
        practiceName: directory.practiceName(r.practiceOds),
        receivedAt: new Date(r.receivedAt).toISOString(),
        status: r.status,
      })),
      more: rows.length > SEARCH_LIMIT,
    };
    // A search that found nobody showed no patient data: nothing to audit.
    if (shown.length === 0) return { result };
    return {
      result,
      audit: [{ subject: 'search', after: { key: text?.key ?? (input.practice ? 'practice' : 'date'), query: input, consultationIds: shown.map((r) => r.id) } }],
    };
  },
});
