import type { Warehouse } from '../client.ts';
import { groupedQuery, withAllKeys, type GroupKeyValues } from './grouping.ts';
import { labelFor, warehouseNames } from './labels.ts';
import { rate } from './rates.ts';
import type { Dimension, Scope } from './scope.ts';

const MEASURES = `
  count(*) filter (where f.certificate_valid) as "officersWithValidCertificate",
  count(*) filter (where f.certificate_valid and f.training_compliant) as "compliantOfficers",
  avg(f.business_hours::double) filter (where f.certificate_valid) as "meanBusinessHours",
  avg(f.legal_hours::double) filter (where f.certificate_valid) as "meanLegalHours"`;

interface WorkforceSums {
  officersWithValidCertificate: number;
  compliantOfficers: number;
  meanBusinessHours: number | null;
  meanLegalHours: number | null;
}

/** Training compliance (§4.7) of officers in a year, grouped; officers count under their agency's domains. */
export async function workforceRows(warehouse: Warehouse, year: number, scope: Scope | null | undefined, groupBy: Dimension[]) {
  const q = groupedQuery({
    from: 'fct_officer_year',
    columns: { agency: 'agency_code', region: 'region_code', group: 'group_code', year: 'year' },
    scope: { ...scope, years: [year] },
    groupBy,
    measures: MEASURES,
  });
  const [rows, names] = await Promise.all([
    warehouse.query<Partial<GroupKeyValues> & WorkforceSums>(q.sql, q.params, q.types),
    warehouseNames(warehouse),
  ]);
  return rows.map(withAllKeys).map((r) => ({
    ...r,
    ...labelFor(r, names),
    trainingComplianceRate: rate(r.compliantOfficers, r.officersWithValidCertificate),
  }));
}
