// The demo hub's data in one place (the demo hub in README.md): pure data and generators, no I/O.
export {
  DEMO_MEMBER_PRACTICES,
  DEMO_PHARMACIES,
  DEMO_PRACTICES,
  DEMO_STAFF,
  type DemoPharmacy,
  type DemoPractice,
  type DemoStaff,
} from './demoPeople';
export {
  DEMO_SCENARIOS,
  DEMO_SEED,
  demoCases,
  demoRequests,
  seededRandom,
  syntheticCase,
  syntheticRequest,
  testRangeNhsNumber,
  type DemoCase,
  type Random,
} from './demoRequests';
export type { Scenario } from './demoScenarios';
