// The whole database schema, for Drizzle and drizzle-kit.
export * from './practices';
export * from './staff';
export * from './consultations';
export * from './feed';
export * from './audit';
export * from './handoffs';
export * from './liability';
export * from './settings';
export * from './idempotency';
export * from './protocol';
export * from './rota';
export * from './reviews';
export * from './messages';
export * from './stats';
export * from './references';
