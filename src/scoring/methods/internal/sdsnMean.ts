import type { SdsnMeanResult } from '../sdsnGoalScore.js';
import { fmt } from './format.js';
import { mean, readScores } from './mean.js';
import { SOURCES } from './sources.js';

/** Shared body of the two SDSN means. */
export function sdsnMean(fn: string, path: string, scores: unknown, what: string): SdsnMeanResult {
  const { present, total } = readScores(fn, path, scores, 0, 100);
  const missing = total - present.length;
  const inputs = { count: total };
  if (present.length === 0) {
    return {
      status: 'not_available',
      score: null,
      used: 0,
      missing,
      explanation: {
        method: fn,
        summary: `No ${what} score is present, so there is nothing to average.`,
        inputs,
        intermediate: { used: 0, missing },
        rule: { id: 'not_available', description: 'no score present' },
        source: SOURCES.sdsn,
      },
    };
  }
  const score = mean(present);
  return {
    status: 'assessed',
    score,
    used: present.length,
    missing,
    explanation: {
      method: fn,
      summary: `Mean of ${present.length} ${what} scores${missing > 0 ? ` (${missing} missing left out)` : ''}: ${fmt(score)}.`,
      inputs,
      intermediate: { used: present.length, missing, score },
      rule: { id: 'arithmetic_mean', description: `equal-weight mean of the ${what} scores present` },
      source: SOURCES.sdsn,
    },
  };
}
