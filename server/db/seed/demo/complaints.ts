import { PROGRAMME_YEARS } from '../../../domain/calendar.ts';
import type { ComplaintChannel, ComplaintStatus } from '../../../domain/enums.ts';
import { complaints } from '../../tables/index.ts';
import { activeSpan, type DemoAgency } from './agencies.ts';
import { cityTimestamp, DEMO_AS_OF, daysBetween, fromDayNumber, toDayNumber } from './dates.ts';
import { mobilePhone } from './identifiers.ts';
import { personName } from './names.ts';
import { seedStep } from './step.ts';
import type { Random } from './prng.ts';
import type { World } from './world.ts';

const CATEGORIES = { 执法不作为: 22, 执法态度粗暴: 14, 乱罚款: 12, 选择性执法: 8, 执法程序不规范: 16, 未亮证执法: 6, 一刀切: 7, 其他: 15 };
/** The supervision mailbox of the plan (投诉举报电话和邮箱) opened in July 2022. */
const MAILBOX_OPENED = '2022-07-01';
const CHANNELS: Record<ComplaintChannel, number> = { HOTLINE: 45, ONLINE: 30, LETTER: 13, EMAIL: 12 };
const CHANNELS_BEFORE_MAILBOX: Record<ComplaintChannel, number> = { ...CHANNELS, EMAIL: 0 };

const channelOn = (date: string, rng: Random) => rng.weighted(date >= MAILBOX_OPENED ? CHANNELS : CHANNELS_BEFORE_MAILBOX);

/** Recent complaints are still open; a few older ones went to the discipline-inspection organs. */
function statusAfter(ageDays: number, rng: Random): ComplaintStatus {
  if (ageDays < 10) return rng.chance(0.5) ? 'RECEIVED' : 'HANDLING';
  if (ageDays < 60 && rng.chance(0.4)) return 'HANDLING';
  return rng.chance(0.03) ? 'TRANSFERRED' : 'RESOLVED';
}

/** Closed within days to a few weeks, never after the demo's today. */
function closedOn(receivedOn: string, rng: Random): string {
  const day = toDayNumber(receivedOn) + Math.round(rng.uniform(1, 40));
  return fromDayNumber(Math.min(day, toDayNumber(DEMO_AS_OF)));
}

function* agencyYearComplaints(world: World, agency: DemoAgency, year: number) {
  const span = activeSpan(agency, `${year}-01-01`, `${year}-12-31`);
  if (!span) return;
  const rng = world.rng.fork('complaints', agency.key, year);
  const count = Math.round((1.5 + agency.casesPerYear * 0.025) * world.volume * rng.uniform(0.5, 1.5));
  const first = toDayNumber(span.from);
  for (let i = 0; i < count; i++) {
    const date = fromDayNumber(first + rng.int(0, toDayNumber(span.to) - first));
    const status = statusAfter(daysBetween(date, DEMO_AS_OF), rng);
    const anonymous = rng.chance(0.25);
    world.tally.add(agency.code, date, { complaintsReceived: 1, complaintsResolved: Number(status === 'RESOLVED' || status === 'TRANSFERRED') });
    yield {
      complaintNo: `TS-${agency.code}-${year}-${String(i + 1).padStart(4, '0')}`,
      channel: channelOn(date, rng),
      receivedAt: cityTimestamp(date, rng.int(8 * 60, 21 * 60)),
      agencyCode: agency.code,
      category: rng.weighted(CATEGORIES),
      status,
      transferredToDiscipline: status === 'TRANSFERRED',
      resolvedAt: status === 'RESOLVED' || status === 'TRANSFERRED' ? cityTimestamp(closedOn(date, rng), rng.int(9 * 60, 18 * 60)) : null,
      complainantName: anonymous ? null : personName(rng),
      complainantPhone: anonymous ? null : mobilePhone(rng),
    };
  }
}

/** 投诉举报; fills the tally behind each filing's complaintsReceived and complaintsResolved. */
export const complaintStep = seedStep(complaints, function* (world: World) {
  for (const agency of world.agencies) {
    for (const year of PROGRAMME_YEARS) yield* agencyYearComplaints(world, agency, year);
  }
});
