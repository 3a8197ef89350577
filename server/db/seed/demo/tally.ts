/** What the filings must agree with: per agency and quarter, the generated cases and complaints. */
export interface QuarterCounts {
  cases: number;
  finesYuan: number;
  legalReviews: number;
  disclosedOnTime: number;
  nonSite: number;
  complaintsReceived: number;
  complaintsResolved: number;
}

const EMPTY: QuarterCounts = {
  cases: 0, finesYuan: 0, legalReviews: 0, disclosedOnTime: 0, nonSite: 0, complaintsReceived: 0, complaintsResolved: 0,
};

/**
 * Running totals kept while cases and complaints stream into the store, so that a filing's
 * penaltyCount, finesTotalYuan, complaintsReceived … reconcile with the rows behind them.
 */
export class Tally {
  private readonly quarters = new Map<string, QuarterCounts>();

  /** Counts a row dated `date` (YYYY-MM-DD) in its agency-quarter. */
  add(agencyCode: string, date: string, counts: Partial<QuarterCounts>): void {
    const key = `${agencyCode}|${date.slice(0, 4)}|${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
    let current = this.quarters.get(key);
    if (!current) this.quarters.set(key, (current = { ...EMPTY }));
    for (const field in counts) current[field as keyof QuarterCounts] += counts[field as keyof QuarterCounts]!;
  }

  quarter(agencyCode: string, year: number, quarter: number): QuarterCounts {
    return this.quarters.get(`${agencyCode}|${year}|${quarter}`) ?? EMPTY;
  }

  casesInYear(agencyCode: string, year: number): number {
    return [1, 2, 3, 4].reduce((sum, q) => sum + this.quarter(agencyCode, year, q).cases, 0);
  }
}
