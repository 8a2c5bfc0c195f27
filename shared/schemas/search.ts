// Finding a request (docs/search.md): the query a workstation sends to GET /api/search, what the box's
// text means (a reference, an NHS number, a practice code or a name), and the results it gets back.
import { z } from 'zod';
import { normaliseNhsNumber } from '../nhsNumber';
import { parseReference } from '../reference';
import { statusSchema } from './domain';

export const SEARCH_LIMIT = 50;
export const SEARCH_STATUSES = ['open', 'closed', 'all'] as const;

const day = z.iso.date({ message: 'must be a calendar date written YYYY-MM-DD' });
const ODS = /^[A-Z]\d{5}$/i;
/** Letters of any script, with the spaces, hyphens, apostrophes and dots names carry. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\s'’.-]*$/u;

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(2, 'at least 2 characters').max(100, 'at most 100 characters').optional(),
    from: day.optional(),
    to: day.optional(),
    practice: z.string().trim().regex(ODS, 'a practice ODS code, one letter and five digits').transform((s) => s.toUpperCase()).optional(),
    status: z.enum(SEARCH_STATUSES, { message: 'open, closed or all' }).default('all'),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.q === undefined && v.practice === undefined && v.from === undefined && v.to === undefined) {
      ctx.addIssue({ code: 'custom', path: ['q'], message: 'give a reference, NHS number, name, practice or date' });
    }
    if (v.q !== undefined && classifySearchText(v.q) === null) {
      ctx.addIssue({ code: 'custom', path: ['q'], message: 'not a reference (EH-24-00123), a 10-digit NHS number, a practice code or a name' });
    }
    if (v.from !== undefined && v.to !== undefined && v.from > v.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be on or after from' });
    }
  });
export type SearchQuery = z.infer<typeof searchQuerySchema>;

/** The family name as search compares it: lower-cased, without spaces or punctuation ("O'Brien-Smith" → "obriensmith"). */
export const familyKeyOf = (name: string): string => name.normalize('NFC').toLowerCase().replace(/[\s'’.-]/g, '');

export type SearchText =
  | { key: 'reference'; reference: string }
  | { key: 'nhs_number'; nhsNumber: string }
  | { key: 'practice'; practiceOds: string }
  | { key: 'name'; familyPrefix: string; givenPrefix?: string };

/** What the box's text names, or null when it names nothing search can look for. */
export function classifySearchText(text: string): SearchText | null {
  const reference = parseReference(text);
  if (reference) return { key: 'reference', reference };
  if (/^[\d\s-]+$/.test(text)) {
    const digits = normaliseNhsNumber(text);
    return /^\d{10}$/.test(digits) ? { key: 'nhs_number', nhsNumber: digits } : null;
  }
  if (ODS.test(text)) return { key: 'practice', practiceOds: text.toUpperCase() };
  if (!NAME.test(text)) return null;
  // "given family": the first word is the given name, the rest the family name ("Ann van der Berg").
  const [first, ...rest] = text.split(/\s+/);
  const familyPrefix = familyKeyOf(rest.length ? rest.join(' ') : first!);
  if (!familyPrefix) return null;
  return rest.length ? { key: 'name', familyPrefix, givenPrefix: familyKeyOf(first!) } : { key: 'name', familyPrefix };
}

export const searchResultSchema = z.object({
  id: z.number().int(),
  reference: z.string(),
  patient: z.object({ givenName: z.string(), familyName: z.string(), nhsNumber: z.string(), birthDate: z.string() }),
  practiceOds: z.string(),
  practiceName: z.string(),
  receivedAt: z.string(),
  status: statusSchema,
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z.object({
  results: z.array(searchResultSchema),
  /** More requests matched than the SEARCH_LIMIT shown: narrow the search. */
  more: z.boolean(),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;
