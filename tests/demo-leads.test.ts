import { expect, test } from 'vitest';
import { graphql } from './__generated__/gql.ts';
import { describeWithCity } from './helpers/warehouse.ts';
import { seedDemo } from '../server/db/seed/index.ts';
import { DEMO_AS_OF } from '../server/db/seed/demo/dates.ts';
import { addDays } from '../server/domain/calendar.ts';

const DemoLeads = graphql(`
  query DemoLeads($asOf: Date!) {
    enforcementSignals(year: 2024) { kind agencyCode cases }
    warnings(asOf: $asOf) { kind level subject dueOn daysOverdue }
  }
`);

// The demo city plants two signals of each kind in 2024 problems due around its "today" and progress-report gaps,
// at any scale: checked here at the seed tests' small scale.
describeWithCity('demo city leads', async (city) => {
  await seedDemo(city.server.app.services.store, { scale: 0.2, seed: 42 });
  await city.etl(true);
}, (city) => {
  test('every signal kind shows, and yellow and red problem cards as of the demo\'s today', async () => {
    const { data, errors } = await city().server.request(DemoLeads, { asOf: DEMO_AS_OF });
    expect(errors).toBeUndefined();
    for (const kind of ['CAMPAIGN', 'PROFIT_DRIVEN', 'ONE_SIZE_FITS_ALL', 'MECHANICAL']) {
      expect(new Set(data!.enforcementSignals.filter((s) => s.kind === kind).map((s) => s.agencyCode)).size).toBeGreaterThanOrEqual(2);
    }
    const planted = data!.warnings.filter((w) => w.subject.startsWith('YJ'));
    expect(planted.map(({ level, dueOn, daysOverdue }) => ({ level, dueOn, daysOverdue }))).toEqual([
      { level: 'RED', dueOn: addDays(DEMO_AS_OF, -11), daysOverdue: 11 },
      { level: 'YELLOW', dueOn: addDays(DEMO_AS_OF, 3), daysOverdue: -3 },
      { level: 'YELLOW', dueOn: addDays(DEMO_AS_OF, 14), daysOverdue: -14 },
    ]);
    expect(data!.warnings.some((w) => w.kind === 'FILING' && w.level === 'RED')).toBe(true);
    // Planted progress-report gaps (demo/progress-reports.ts): 2025-01-31 − 2024-07-15 = 200 days, − 2025-01-15 = 16 days; the
    // ecology bureau's code (11420700…) sorts before 临空经济区's (420792).
    expect(data!.warnings.filter((w) => w.kind === 'PROGRESS_REPORT').map(({ level, subject, dueOn, daysOverdue }) => ({ level, subject, dueOn, daysOverdue }))).toEqual([
      { level: 'RED', subject: 'RW17 2024H1', dueOn: '2024-07-15', daysOverdue: 200 },
      { level: 'RED', subject: 'RW17 2024H2', dueOn: '2025-01-15', daysOverdue: 16 },
      { level: 'RED', subject: 'RW13 2024H2', dueOn: '2025-01-15', daysOverdue: 16 },
    ]);
  });
});
