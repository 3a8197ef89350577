import { neighbouringSchemes, type CompositeWeights } from '../../server/domain/evaluation-weights.ts';
import { score, type EvaluationEntry } from './evaluation.ts';

export interface RankRange {
  bestRank: number;
  worstRank: number;
}

/**
 * 排名稳健性 (§4.4): each complete entry's best and worst rank over the 27 neighbouring
 * schemes of `weights`, each ranked like the main ranking (rounded composite, competition
 * ranking among the complete entries). Incomplete entries have no range.
 */
export function rankRanges(entries: readonly EvaluationEntry[], weights: CompositeWeights): Map<string, RankRange> {
  const complete = entries.filter((e) => e.missing.length === 0).map((e) => ({ ...e }));
  const ranges = new Map<string, RankRange>();
  for (const scheme of neighbouringSchemes(weights)) {
    for (const e of score(complete, scheme)) {
      const range = ranges.get(e.code);
      ranges.set(e.code, range
        ? { bestRank: Math.min(range.bestRank, e.rank!), worstRank: Math.max(range.worstRank, e.rank!) }
        : { bestRank: e.rank!, worstRank: e.rank! });
    }
  }
  return ranges;
}
