import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { type BandScheme, bandStatus, defaultRagScheme, scoreProgress } from '../../src/scoring/index.js';
import { hasShared, readSharedJson, sharedSkipReason } from '../helpers/shared.js';

interface Vector {
  method: string;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
}

const ragColour = { on_track: 'green', at_risk: 'amber', off_track: 'red' } as const;

describe.skipIf(!hasShared)(
  `spec vectors rag_percent_of_target_CONVENTION ${hasShared ? '' : sharedSkipReason}`,
  () => {
    const vectors = hasShared ? readSharedJson<Vector[]>('specs', 'progress-vectors.json') : [];
    const rows = vectors
      .map((v, i) => ({ ...v, row: i + 1 }))
      .filter((v) => v.method === 'rag_percent_of_target_CONVENTION');
    it('has the four rows', () => expect(rows.length).toBe(4));
    for (const v of rows) {
      it(`rag_percent_of_target_CONVENTION row ${v.row}: ${v.inputs.actual} vs ${v.inputs.target} (${v.inputs.direction})`, () => {
        const { actual, target, direction, green_at_pct_of_target, amber_floor_pct_of_target } = v.inputs as {
          actual: number;
          target: number;
          direction: 'increase' | 'decrease';
          green_at_pct_of_target: number;
          amber_floor_pct_of_target: number;
        };
        const scheme: BandScheme<'on_track' | 'at_risk' | 'off_track'> = {
          ...defaultRagScheme,
          bands: [
            { status: 'on_track', lower: green_at_pct_of_target, upper: null },
            { status: 'at_risk', lower: amber_floor_pct_of_target, upper: green_at_pct_of_target },
            { status: 'off_track', lower: null, upper: amber_floor_pct_of_target },
          ],
        };
        const progress = scoreProgress({ current: actual, target, polarity: direction });
        expect(progress.status).toBe('ok');
        const pct = progress.status === 'ok' ? progress.percentOfTarget : null;
        expect(pct).toBeCloseTo(v.expected.pct_of_target as number, 6);
        const status = bandStatus(pct, scheme).status as keyof typeof ragColour;
        expect(ragColour[status]).toBe(v.expected.status);
        // the default scheme has the same thresholds
        expect(ragColour[bandStatus(pct, defaultRagScheme).status as keyof typeof ragColour]).toBe(
          v.expected.status,
        );
      });
    }
  },
);

describe('bandStatus with the default RAG scheme', () => {
  it('closed ends belong to the better band', () => {
    expect(bandStatus(1, defaultRagScheme).status).toBe('on_track');
    expect(bandStatus(0.9999999, defaultRagScheme).status).toBe('at_risk');
    expect(bandStatus(0.9, defaultRagScheme).status).toBe('at_risk');
    expect(bandStatus(0.8999999, defaultRagScheme).status).toBe('off_track');
    expect(bandStatus(-5, defaultRagScheme).status).toBe('off_track');
    expect(bandStatus(1e9, defaultRagScheme).status).toBe('on_track');
  });

  it('reports the band and its ends', () => {
    const r = bandStatus(0.95, defaultRagScheme);
    expect(r.band?.status).toBe('at_risk');
    expect(r.score).toBe(0.95);
    expect(r.explanation.rule).toEqual({
      id: 'at_risk',
      description: 'at risk: 90% to under 100% of target',
      thresholds: { lower: 0.9, upper: 1 },
    });
    expect(r.explanation.summary).toBe('Score 0.95 lies in [0.9, 1): at_risk.');
  });

  it('missing data is no_data, not a colour; not_due passes through', () => {
    expect(bandStatus(null, defaultRagScheme)).toMatchObject({
      status: 'no_data',
      reason: 'missing_score',
      band: null,
    });
    expect(bandStatus(Number.NaN, defaultRagScheme).status).toBe('no_data');
    expect(bandStatus(undefined, defaultRagScheme).status).toBe('no_data');
    expect(bandStatus({ status: 'not_due', reason: 'due 2025-08-30' }, defaultRagScheme)).toMatchObject({
      status: 'not_due',
      reason: 'due 2025-08-30',
    });
    expect(bandStatus({ status: 'not_due' }, defaultRagScheme).reason).toBe('not_due');
  });

  it('reads scoreProgress results: data statuses, achieved, tolerance, measure', () => {
    expect(
      bandStatus(scoreProgress({ current: null, target: 1, polarity: 'increase' }), defaultRagScheme).status,
    ).toBe('no_data');
    expect(
      bandStatus(scoreProgress({ current: 1, target: null, polarity: 'increase' }), defaultRagScheme).status,
    ).toBe('no_target');
    expect(
      bandStatus(scoreProgress({ current: 1, target: 2, polarity: 'neutral' }), defaultRagScheme),
    ).toMatchObject({
      status: 'not_comparable',
      reason: 'neutral_polarity',
    });
    const achieved = bandStatus(
      scoreProgress({ current: 80, target: 80, baseline: 160, polarity: 'decrease' }),
      defaultRagScheme,
    );
    expect(achieved.status).toBe('achieved');
    expect(achieved.explanation.rule?.id).toBe('achieved');
    // without whenAchieved the bands decide: 100% → on_track
    const { whenAchieved: _drop, ...noShortCut } = defaultRagScheme;
    expect(
      bandStatus(scoreProgress({ current: 100, target: 100, polarity: 'increase' }), noShortCut).status,
    ).toBe('on_track');
    // the indicator's tolerance wins over the generic bands: 85 of 100 is within an absolute 20
    const tol = bandStatus(
      scoreProgress({ current: 85, target: 100, polarity: 'increase', tolerance: 20 }),
      defaultRagScheme,
    );
    expect(tol.status).toBe('at_risk');
    expect(tol.explanation.intermediate.toleranceAmount).toBe(20);
    expect(
      bandStatus(
        scoreProgress({ current: 75, target: 100, polarity: 'increase', tolerance: 20 }),
        defaultRagScheme,
      ).status,
    ).toBe('off_track');
    // decrease with a baseline: percent of target is the gap closed (0.5 → off_track)
    expect(
      bandStatus(
        scoreProgress({ current: 120, target: 80, baseline: 160, polarity: 'decrease' }),
        defaultRagScheme,
      ).status,
    ).toBe('off_track');
    // a missed zero target leaves percent of target undefined: still missed, so the worst band, with the reason
    const zero = bandStatus(scoreProgress({ current: 3, target: 0, polarity: 'decrease' }), defaultRagScheme);
    expect(zero).toMatchObject({ status: 'off_track', score: null });
    expect(zero.explanation.intermediate.measureReason).toBe('target_not_positive');
    // a met zero target is achieved
    expect(
      bandStatus(scoreProgress({ current: 0, target: 0, polarity: 'decrease' }), defaultRagScheme).status,
    ).toBe('achieved');
  });

  it('bands on gapClosed when the scheme says so', () => {
    const scheme = { ...defaultRagScheme, measure: 'gapClosed' as const, whenAchieved: undefined };
    // increase 95 of 100 from 80: gapClosed 0.75 → off_track (percent of target 0.95 would be at_risk)
    expect(
      bandStatus(scoreProgress({ current: 95, target: 100, baseline: 80, polarity: 'increase' }), scheme)
        .status,
    ).toBe('off_track');
  });

  it('exact comparison at a boundary: 0.1 + 0.2 against a lower end of 0.3', () => {
    const scheme: BandScheme<'low' | 'high'> = {
      id: 'x',
      bands: [
        { status: 'high', lower: 0.3, upper: null },
        { status: 'low', lower: null, upper: 0.3 },
      ],
    };
    expect(bandStatus(0.3, scheme).status).toBe('high');
    expect(bandStatus(0.29999999999999993, scheme).status).toBe('low');
  });
});

describe('bandStatus: scheme validation', () => {
  const ok = (bands: BandScheme['bands']) => () => bandStatus(0, { id: 't', bands });
  it('accepts bands in any order, open or closed at each junction', () => {
    expect(
      bandStatus(5, {
        id: 't',
        bands: [
          { status: 'a', lower: null, upper: 5, upperClosed: true },
          { status: 'c', lower: 10, lowerClosed: false, upper: null },
          { status: 'b', lower: 5, lowerClosed: false, upper: 10, upperClosed: true },
        ],
      }).status,
    ).toBe('a');
    // a single band covering everything, and a degenerate point band
    expect(bandStatus(3, { id: 'all', bands: [{ status: 'x', lower: null, upper: null }] }).status).toBe('x');
    const point: BandScheme = {
      id: 'p',
      bands: [
        { status: 'below', lower: null, upper: 0 },
        { status: 'zero', lower: 0, lowerClosed: true, upper: 0, upperClosed: true },
        { status: 'above', lower: 0, lowerClosed: false, upper: null },
      ],
    };
    expect([-1, 0, 1].map((x) => bandStatus(x, point).status)).toEqual(['below', 'zero', 'above']);
  });

  it('rejects gaps, overlaps, double-closed or double-open ends, and unbounded coverage', () => {
    const cases: [BandScheme['bands'], string][] = [
      [[], 'scheme.bands'],
      [[{ status: 'a', lower: 0, upper: null }], 'scheme.bands[0].lower'],
      [[{ status: 'a', lower: null, upper: 0 }], 'scheme.bands[0].upper'],
      [
        [
          { status: 'a', lower: null, upper: 0 },
          { status: 'b', lower: 1, upper: null },
        ],
        'scheme.bands[1].lower',
      ],
      [
        [
          { status: 'a', lower: null, upper: 1 },
          { status: 'b', lower: 0, upper: null },
        ],
        'scheme.bands[1].lower',
      ],
      [
        [
          { status: 'a', lower: null, upper: 0, upperClosed: true },
          { status: 'b', lower: 0, lowerClosed: true, upper: null },
        ],
        'scheme.bands[1].lower',
      ],
      [
        [
          { status: 'a', lower: null, upper: 0, upperClosed: false },
          { status: 'b', lower: 0, lowerClosed: false, upper: null },
        ],
        'scheme.bands[1].lower',
      ],
      [[{ status: 'a', lower: 2, upper: 1 }], 'scheme.bands[0].upper'],
      [[{ status: '', lower: null, upper: null }], 'scheme.bands[0].status'],
      [[{ status: 'a', lower: Number.NaN, upper: null }], 'scheme.bands[0].lower'],
    ];
    for (const [bands, path] of cases) {
      try {
        ok(bands)();
        expect.fail(path);
      } catch (error) {
        expect(error, path).toBeInstanceOf(ArgumentError);
        expect((error as ArgumentError).path).toBe(path);
        expect((error as ArgumentError).message).toMatch(/^bandStatus: expected /);
      }
    }
    expect(() => bandStatus(Number.POSITIVE_INFINITY, defaultRagScheme)).toThrow(ArgumentError);
    expect(() => bandStatus('0.5' as never, defaultRagScheme)).toThrow(ArgumentError);
    expect(() => bandStatus(0.5, { ...defaultRagScheme, measure: 'x' as never })).toThrow(ArgumentError);
  });

  it('does not mutate the scheme', () => {
    const bands = [
      { status: 'c', lower: 10, upper: null },
      { status: 'a', lower: null, upper: 10 },
    ];
    const copy = structuredClone(bands);
    bandStatus(3, { id: 't', bands });
    expect(bands).toEqual(copy);
  });
});
