/**
 * Every case of `shared/specs/progress-vectors.json` (91 rows; "published" rows are copied from a
 * publisher's table, "derived" rows computed from the published formula) as a named test. Numbers are
 * compared to 1e-6, the vectors' stated tolerance (they are printed to six decimals).
 */
import { describe, expect, it } from 'vitest';
import {
  destatisWeather,
  escapAnticipatedProgress,
  escapCurrentStatus,
  eurostatProgress,
  nycMmrTrend,
  oecdDistance,
  okrColour,
  okrGrade,
  openSdgProgress,
  sdsnColour,
  sdsnGoalColour,
  sdsnScore,
  sdsnTrend,
  unsdProgress,
} from '../../../src/scoring/methods/index.js';
import { hasShared, readSharedJson } from '../../helpers/shared.js';

interface Vector {
  method: string;
  inputs: Record<string, unknown>;
  expected: Record<string, unknown>;
  provenance: 'published' | 'derived';
  notes?: string;
}

type Json = any;

const close = (actual: unknown, expected: unknown) => {
  if (expected === null) return expect(actual).toBeNull();
  expect(typeof actual).toBe('number');
  expect(Math.abs((actual as number) - (expected as number))).toBeLessThanOrEqual(
    1e-6 * Math.max(1, Math.abs(expected as number)),
  );
};
const polarity = (s: string) =>
  (['increase', 'positive', 'higher_is_better'].includes(s) ? 'increase' : 'decrease') as
    | 'increase'
    | 'decrease';
const series = (years: number[], values: number[]) =>
  years.map((year, i) => ({ year, value: values[i] ?? null }));

/** One checker per group of the vector file: the function under test and the comparison. */
const checks: Record<string, (inputs: Json, expected: Json) => void> = {
  sdsn_normalise_0_100(i, e) {
    close(
      sdsnScore(i.value, { upperBound: i.optimum_score_100, lowerBound: i.lower_bound_score_0 }).score,
      e.normalised_score,
    );
  },
  sdsn_indicator_dashboard_colour(i, e) {
    const result = sdsnColour(i.value, {
      upperBound: i.optimum,
      lowerBound: i.lower_bound,
      greenThreshold: i.green_threshold,
      redThreshold: i.red_threshold,
    });
    expect(result.colour).toBe(e.colour);
    close(result.midpoint, i.yellow_orange_threshold);
  },
  sdsn_goal_dashboard_two_worst(i, e) {
    const result = sdsnGoalColour(
      i.two_worst_indicators.map((w: Json) => ({
        value: w.value,
        upperBound: w.optimum,
        lowerBound: w.lower_bound,
        greenThreshold: w.green_threshold,
        redThreshold: w.red_threshold,
      })),
    );
    expect(result.colour).toBe(e.goal_colour);
    close(result.average, e.average);
    const byIndex = [...result.worst].sort((a, b) => a.index - b.index);
    byIndex.forEach((w, k) => {
      close(w.rescaled, e.rescaled_0_3_of_two_worst[k]);
      expect(w.colour).toBe(i.two_worst_indicators[k].indicator_colour);
    });
  },
  sdsn_indicator_trend_arrow(i, e) {
    const result = sdsnTrend(
      { startYear: i.start_year, startValue: i.start_value, endYear: i.end_year, endValue: i.end_value },
      {
        upperBound: i.optimum,
        lowerBound: i.lower_bound,
        greenThreshold: i.green_threshold,
        targetYear: i.target_year,
      },
    );
    expect(result.arrow).toBe(e.trend);
    close(result.startScore, e.start_score);
    close(result.endScore, e.end_score);
    close(result.greenScore, e.green_score);
    close(result.actualRate, e.actual_linear_annual_change);
    close(result.requiredRate, e.required_linear_annual_change);
    close(result.ratio, e.ratio);
    const classes: Record<string, string> = {
      achieved: 'threshold_met',
      ontrack: 'on_track',
      moderate: 'moderately_improving',
      stagnating: 'stagnating',
      decreasing: 'decreasing',
      start_achieved_now_not: 'threshold_lost',
    };
    expect(result.explanation.rule?.id).toBe(classes[e.class]);
  },
  statcan_opensdg_progress(i, e) {
    const result = openSdgProgress(series([i.base_year, i.cur_year], [i.base, i.cur]), {
      polarity: polarity(i.direction),
      baseYear: i.base_year,
      target: i.target ?? null,
      targetYear: i.target_year,
      naturalLimit: i.limit ?? null,
    });
    expect(result.status).toBe(e.status);
    close(result.progressValue, e.progress_value);
    close(result.score, e.score);
    close(result.scalingFactor, e.scaling_factor_C ?? null);
  },
  eurostat_quantified_target(i, e) {
    const result = eurostatProgress(series([i.start_year, i.latest_year], [i.start_value, i.latest_value]), {
      polarity: polarity(i.desired_direction),
      target: i.target_value,
      targetYear: i.target_year,
    });
    expect(result.startYear).toBe(i.start_year);
    close(result.cagr, e.actual_cagr);
    close(result.requiredCagr, e.required_cagr);
    close(result.ratio, e.ratio_actual_to_required);
    expect(result.label).toBe(e.category_if_thresholds_95_60_0);
  },
  eurostat_no_target_cagr(i, e) {
    const result = eurostatProgress(series([i.start_year, i.latest_year], [i.start_value, i.latest_value]), {
      polarity: polarity(i.desired_direction),
    });
    close(result.cagr, e.cagr);
    close(result.cagrInDesiredDirection, e.cagr_in_desired_direction);
    expect(result.label).toBe(e.category);
  },
  eustat_unsd_progress_chart(i, e) {
    const result = unsdProgress(series([i.base_year, i.latest_year], [i.base_value, i.latest_value]), {
      polarity: polarity(i.desired_direction),
      target: i.target_2030 ?? null,
    });
    expect(result.score).toBe(e.score);
    expect(result.label).toBe(e.label);
    close(result.cagr, e.cagr);
    close(result.expected, e.expected_2030 ?? null);
    close(result.ratio, e.ratio ?? null);
    expect(result.targetMet).toBe(e.target_met ?? null);
  },
  escap_current_status_progress_ratio(i, e) {
    const result = escapCurrentStatus(series([2015, 2023], [i.value_2015, i.value_current]), {
      polarity: polarity(i.desired_direction),
      target: i.target_value,
    });
    close(result.ratio, e.progress_made_ratio);
  },
  escap_anticipated_progress_gap(i, e) {
    const result = escapAnticipatedProgress(series([2015], [i.value_2015]), {
      polarity: i.target_value > i.value_2015 ? 'increase' : 'decrease',
      target: i.target_value,
      predicted: i.predicted_2030,
    });
    close(result.gap, e.gap_ratio);
    const categories: Record<string, string> = {
      'maintain progress (on track)': 'maintain_progress',
      'accelerate progress': 'accelerate_progress',
      'reverse trend': 'reverse_trend',
    };
    expect(result.status).toBe(categories[e.category]);
  },
  destatis_weather_symbol_target(i, e) {
    const result = destatisWeather(series(i.years, i.values), {
      polarity: polarity(i.desired_direction),
      target: i.target_value,
      targetYear: i.target_year,
    });
    expect(result.symbol).toBe(e.symbol);
    close(result.averageChange, e.avg_annual_change);
    close(result.projected, e.projected_target_year_value);
    close(result.miss, e.miss_share_of_remaining_distance);
  },
  destatis_weather_symbol_direction_only(i, e) {
    // A series whose 5-year average and last annual change have the given signs (increase desired).
    const last = 10 + 5 * i.avg_change_5y_in_desired_direction;
    const values = [10, 10, 10, 10, last - i.last_annual_change_in_desired_direction, last];
    const result = destatisWeather(series([2017, 2018, 2019, 2020, 2021, 2022], values), {
      polarity: 'increase',
    });
    expect(Math.sign(result.averageChange as number)).toBe(i.avg_change_5y_in_desired_direction);
    expect(Math.sign(result.lastChange as number)).toBe(i.last_annual_change_in_desired_direction);
    expect(result.symbol).toBe(e.symbol);
  },
  okr_grade_key_result(i, e) {
    const kr =
      i.planned === null ? { achieved: i.achieved as boolean } : { planned: i.planned, achieved: i.achieved };
    close(okrGrade([kr]).grade, e.grade);
  },
  okr_grade_objective(i, e) {
    close(okrGrade(i.key_result_grades).grade, e.grade);
  },
  okr_colour_doerr(i, e) {
    expect(okrColour(i.grade).colour).toBe(e.colour);
  },
  okr_sweet_spot(i, e) {
    const result = okrGrade([i.average_grade], { sweetSpot: e.range });
    expect(result.inSweetSpot).toBe(e.in_sweet_spot);
  },
  nyc_mmr_5yr_trend_ASSUMED(i, e) {
    const result = nycMmrTrend(i.values, { desiredDirection: i.desired_direction.toLowerCase() });
    expect(result.trend).toBe(e.trend.toLowerCase());
    close(result.change, e.pct_change_first_to_last);
    expect(result.matchesDesiredDirection).toBe(e.trend_matches_desired_direction);
  },
  oecd_standardised_distance_RECONSTRUCTED(i, e) {
    const result = oecdDistance(i.value, {
      target: i.target,
      standardDeviation: i.sd_oecd_reference,
      polarity: polarity(i.direction),
    });
    close(result.distance, e.distance_su);
  },
};

/**
 * Groups outside the published methods: the RAG and turn-the-curve rows are checked by
 * test/scoring/bandStatus.test.ts and test/scoring/turnTheCurve.test.ts; the RBA quadrant rows classify a
 * measure's wording (no calculation) and are recorded by the plan model's `rbaCategory`.
 */
const elsewhere = [
  'rag_percent_of_target_CONVENTION',
  'rba_performance_measure_quadrant',
  'rba_turn_the_curve',
];

describe.skipIf(!hasShared)('progress-vectors.json', () => {
  const vectors = hasShared ? readSharedJson<Vector[]>('specs', 'progress-vectors.json') : [];

  it('has 91 vectors, every group checked here or owned by the scoring area', () => {
    expect(vectors).toHaveLength(91);
    const groups = new Set(vectors.map((v) => v.method));
    for (const group of groups) expect(group in checks || elsewhere.includes(group), group).toBe(true);
    const here = vectors.filter((v) => v.method in checks);
    expect(here).toHaveLength(83);
  });

  vectors.forEach((vector, index) => {
    const check = checks[vector.method];
    if (check === undefined) return;
    const label =
      typeof vector.inputs.case === 'string'
        ? vector.inputs.case
        : JSON.stringify(vector.inputs).slice(0, 80);
    it(`row ${index + 1} ${vector.method} (${vector.provenance}): ${label}`, () => {
      check(vector.inputs, vector.expected);
    });
  });
});
