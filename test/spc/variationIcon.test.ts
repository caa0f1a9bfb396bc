import { describe, expect, it } from 'vitest';
import { variationIcon } from '../../src/spc/index.js';

describe('variationIcon (spec §2.5)', () => {
  it('maps every label and direction', () => {
    expect(variationIcon('common', 'increase')).toBe('common_cause');
    expect(variationIcon('common', 'neutral')).toBe('common_cause');
    expect(variationIcon('improvement', 'increase')).toBe('improvement_high');
    expect(variationIcon('improvement', 'decrease')).toBe('improvement_low');
    expect(variationIcon('concern', 'increase')).toBe('concern_low');
    expect(variationIcon('concern', 'decrease')).toBe('concern_high');
    expect(variationIcon('neutral_high', 'neutral')).toBe('neutral_high');
    expect(variationIcon('neutral_low', 'increase')).toBe('neutral_low');
    expect(variationIcon(null, 'increase')).toBeNull();
  });

  it('rejects impossible combinations and unknown values', () => {
    expect(() => variationIcon('improvement', 'neutral')).toThrow(
      "variationIcon: expected specialCause to be 'common', 'neutral_high' or 'neutral_low' when improvement is 'neutral', received 'improvement'",
    );
    expect(() => variationIcon('special' as never, 'increase')).toThrow('specialCause');
    expect(() => variationIcon('common', 'sideways' as never)).toThrow('improvement');
  });
});
