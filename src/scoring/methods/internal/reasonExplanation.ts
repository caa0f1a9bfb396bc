import type { Explanation } from '../../Explanation.js';

/**
 * The explanation of a result a method could not assess: `<heading>: <description>.`, the reason as the
 * only intermediate value and as the rule's id.
 */
export function reasonExplanation(
  fn: string,
  heading: string,
  reason: string,
  description: string,
  inputs: Record<string, unknown>,
  source: string,
): Explanation {
  return {
    method: fn,
    summary: `${heading}: ${description}.`,
    inputs,
    intermediate: { reason },
    rule: { id: reason, description },
    source,
  };
}
