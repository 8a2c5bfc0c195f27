// Generators of hostile input for property tests: ids in loose and broken forms, values of the
// wrong type, huge and deeply nested ones, prototype-pollution keys, impossible dates, and the
// patient values a refusal must never echo back.
import fc from 'fast-check';

/** Dates no request should carry: years 0000–0099, 30 February, far futures, wrong formats. */
export const IMPOSSIBLE_DATES = [
  '0000-01-01',
  '0001-01-01',
  '0050-06-15',
  '0099-12-31',
  '2023-02-30',
  '2023-02-29',
  '2026-04-31',
  '2026-13-01',
  '9999-12-31',
  '+275760-09-13',
  '-000001-01-01',
  '17/05/1990',
  '1990-5-17',
] as const;

export const IMPOSSIBLE_INSTANTS = [
  '0001-01-01T00:00:00Z',
  '0050-06-15T10:00:00.000Z',
  '0099-12-31T23:59:59+14:00',
  '2023-02-30T10:00:00Z',
  '2026-11-24T24:00:00Z',
  '2026-11-24T10:00:00+25:00',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-11-24T10:00:00',
  '2026-11-24',
  '1764000000000',
] as const;

export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '', ' ', 'id', 'version', 'status', 'roles', 'isAdmin', 'handoffId', 'expectedVersion'] as const;

export const hostileKey = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_KEYS) }, { weight: 1, arbitrary: fc.string({ maxLength: 12 }) });

/**
 * A large value built only when it is sent (JSON.stringify calls toJSON), so that a counterexample
 * prints as `x × 150000` rather than the whole value, and mutations treat it as one leaf.
 */
export class Big {
  constructor(
    private readonly label: string,
    private readonly build: () => unknown,
  ) {}
  toJSON(): unknown {
    return this.build();
  }
  [fc.toStringMethod](): string {
    return this.label;
  }
}

export const repeated = (n: number, char = 'x') => new Big(`'${char}' × ${n}`, () => char.repeat(n));

/** `{"a":{"a":…}}` nested `depth` deep. */
export const nested = (depth: number) =>
  new Big(`{a:…} × ${depth}`, () => {
    let value: unknown = 1;
    for (let i = 0; i < depth; i++) value = { a: value };
    return value;
  });

/** A copy of a generated value: mutations must never change the value fast-check holds (it replays it). */
export function copyValue<T>(value: T): T {
  if (value === null || typeof value !== 'object' || value instanceof Big) return value;
  if (value instanceof Uint8Array) return value.slice() as T;
  if (Array.isArray(value)) return value.map(copyValue) as T;
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) Object.defineProperty(copy, k, { value: copyValue(v), enumerable: true, configurable: true, writable: true });
  return copy as T;
}

/** A value of any type and shape a field might be given instead of the right one. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 53), 1e308, '', ' ', '0', '-1', 'null', 'NaN', '[object Object]') },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(...IMPOSSIBLE_DATES, ...IMPOSSIBLE_INSTANTS) },
  // Just under the 100 kB body limit, and over it.
  { weight: 1, arbitrary: fc.constantFrom(3_000, 20_001, 95_000, 150_000).map((n) => repeated(n)) },
  { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileKey, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 20, max: 2_000 }).map(nested) },
);

/** Raw bodies that are not JSON, or JSON that is hostile by construction; named so counterexamples stay short. */
export const RAW_BODIES = {
  unclosed: '{',
  missingValue: '{"a":}',
  bareWord: 'nul',
  emptyArray: '[]',
  string: '"a string"',
  number: '123',
  null: 'null',
  nulByte: '\u0000',
  byteOrderMark: '\uFEFF{}',
  trailingComma: '{"a":1,}',
  duplicateKey: '{"a":1,"a":2}',
  formEncoded: 'a=b&c=d',
  protoRoles: '{"__proto__":{"roles":["admin"],"isAdmin":true,"polluted":true}}',
  constructorPrototype: '{"constructor":{"prototype":{"polluted":true}}}',
  deepArrays: `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  deepObjects: `${'{"a":'.repeat(3_000)}1${'}'.repeat(3_000)}`,
} as const;

export const ID_FORMS = ['valid', 'loose', 'looseLiteral', 'missing', 'huge', 'negative', 'zero', 'unicode', 'garbage', 'unknown'] as const;
export type IdForm = { form: (typeof ID_FORMS)[number]; pick: number };

export const idForm: fc.Arbitrary<IdForm> = fc.record({
  form: fc.oneof({ weight: 6, arbitrary: fc.constant('valid' as const) }, { weight: 4, arbitrary: fc.constantFrom(...ID_FORMS) }),
  pick: fc.nat(),
});

/** Literal loose ids from the hardening issue, and one look-alike that is not a number at all. */
const LOOSE_LITERALS: readonly (readonly [string, boolean])[] = [
  ['0x10', true],
  ['1e1', true],
  ['+10', true],
  ['010', true],
  ['10.0', true],
  ['10.', true],
  ['1_0', false],
];

const pickOf = <T>(list: readonly T[], pick: number): T => list[pick % list.length]!;

/**
 * The id as it goes into the path (already percent-encoded), and whether it is a loose spelling of
 * a real id that a strict server must refuse (hex, exponent, sign, leading zero, decimal, spaces).
 */
export function renderId({ form, pick }: IdForm, real: number): { segment: string; loose: boolean } {
  const enc = encodeURIComponent;
  switch (form) {
    case 'valid':
      return { segment: String(real), loose: false };
    case 'loose':
      return { segment: enc(pickOf([`0x${real.toString(16)}`, `${real}e0`, `+${real}`, `0${real}`, `${real}.0`, ` ${real}`, `${real} `, `\u00a0${real}`, `\t${real}`, `0b${real.toString(2)}`, `0o${real.toString(8)}`], pick)), loose: true };
    case 'looseLiteral': {
      // Number() reads each of these as 10 or 16; seeding makes sure those requests and hand-offs exist.
      const [segment, loose] = pickOf(LOOSE_LITERALS, pick);
      return { segment: enc(segment), loose };
    }
    case 'missing':
      return { segment: '', loose: false };
    case 'huge':
      return { segment: pickOf(['99999999999999999999', '9007199254740993', `1${'0'.repeat(400)}`, '1e400', 'Infinity'], pick), loose: false };
    case 'negative':
      return { segment: pickOf([`-${real}`, '-0', '-1', `-${'9'.repeat(30)}`], pick), loose: false };
    case 'zero':
      return { segment: pickOf(['0', '00', '0.0'], pick), loose: false };
    case 'unicode':
      return { segment: enc(pickOf(['١٠', '１０', '①', 'Ⅹ', 'é', '💥', '\u200b10', '10\u0000'], pick)), loose: false };
    case 'garbage':
      return { segment: pickOf(['abc', 'null', 'undefined', 'NaN', 'true', '%5B%5D', '%00', '%E0%A4%A', '%', '__proto__', 'constructor', 'hasOwnProperty', '..%2F..%2Fetc'], pick), loose: false };
    case 'unknown':
      return { segment: String(900_000 + (pick % 1000)), loose: false };
  }
}

/** Marker patient values: distinctive enough that finding one in an error body means it was echoed. */
export const PATIENT_POOLS = {
  nhsNumber: { fine: ['9434765919', '943 476 5919', '9990001243'], hostile: ['9434765918', '94347659190', 'NHS9434765919', '0000000000'] },
  givenName: { fine: ['Marigold', 'Zebedee', 'Ólafur', '李小龙李'], hostile: ['Seraphina'.repeat(12), ' '] },
  familyName: { fine: ['Quenby-Hartwell', "O'Doherty", 'Featherstonehaugh'], hostile: [''] },
  birthDate: { fine: ['1990-05-17', '1958-02-11', '2024-02-29'], hostile: ['2026-11-25', ...IMPOSSIBLE_DATES] },
  phone: { fine: ['07700 900461', '+44 7700 900982'], hostile: [`0${'7'.repeat(45)}`] },
  email: { fine: ['marigold.quenby@example.org'], hostile: ['not-an-email-address', `${'z'.repeat(190)}@example.org`] },
  text: {
    fine: [
      'My left elbow has had a purple rash since Tuesday and it itches at night.',
      'I have crushing chest pain spreading to my left arm and I feel sweaty.',
      'Please can I have a copy of my repeat prescription list for my records.',
    ],
    hostile: [],
  },
} as const;
type PatientField = keyof typeof PATIENT_POOLS;

/** Per field: mostly a fine value, so that whole requests get through and one odd field is what is tested. */
const fieldPick = (hostileWeight: number) =>
  fc.oneof({ weight: 6, arbitrary: fc.nat().map((n) => ({ hostile: false, n })) }, { weight: hostileWeight, arbitrary: fc.nat().map((n) => ({ hostile: true, n })) });
export type PatientPick = Record<PatientField, { hostile: boolean; n: number }>;
export const patientPick: fc.Arbitrary<PatientPick> = fc.record({
  nhsNumber: fieldPick(1),
  givenName: fieldPick(1),
  familyName: fieldPick(1),
  // Impossible birth dates are the likeliest to get past validation and trip something later.
  birthDate: fieldPick(3),
  phone: fieldPick(1),
  email: fieldPick(1),
  text: fc.nat().map((n) => ({ hostile: false, n })),
});

export function patientFrom(pick: PatientPick) {
  const value = (k: PatientField): string => {
    const pool: readonly string[] = pick[k].hostile && PATIENT_POOLS[k].hostile.length > 0 ? PATIENT_POOLS[k].hostile : PATIENT_POOLS[k].fine;
    return pickOf(pool, pick[k].n);
  };
  return {
    patient: { nhsNumber: value('nhsNumber'), givenName: value('givenName'), familyName: value('familyName'), birthDate: value('birthDate'), phone: value('phone'), email: value('email') },
    text: value('text'),
  };
}

/** A stack frame, a source path or Node's internals in a body the hub sends. */
export const STACK_TRACE = /\n\s+at |\bat \S+ \((?:node:|file:|\/|[A-Z]:\\)|node:internal|file:\/\/|node_modules|(?:\/[\w.@-]+)+\.(?:ts|js|mjs|cjs)\b|\.[cm]?[tj]s:\d+:\d+/;
