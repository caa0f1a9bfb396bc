/**
 * Boston CityScore from the City's own inputs: every metric scored against its target (value / target, or
 * target / value when lower is better) or against its history (mean ± one standard deviation of the same
 * month in past years), and the city score as the plain mean of the metric scores that are not blank.
 * Prints the city score of the latest load date for each window with the metrics pulling it down, and checks
 * one day against the City's published city score.
 *
 *     npx tsx examples/datasets/boston-cityscore.ts [YYYY-MM-DD]
 *
 * Data: shared/data/boston-cityscore (Analyze Boston, "CityScore"); see its SOURCE.md.
 */
import { historicalTarget, rollup, scoreProgress } from '../../src/index.js';
import { datasetFolder, num, readCsv, table } from './shared.js';

const folder = datasetFolder('boston-cityscore');
if (folder !== null) {
  const rows = readCsv(folder, 'cityscore_metric_summary_2016-01-15_to_2018-03-30.csv');
  const published = readCsv(folder, 'cityscore_city_aggregate_2016-01-15_to_2016-06-30.csv');
  const lowerIsBetter = new Set(['EMS RESPONSE TIME', 'BFD INCIDENTS', 'EMS INCIDENTS', 'PART 1 CRIMES']);
  for (const name of ['HOMICIDES (TREND)', 'SHOOTINGS (TREND)', 'STABBINGS (TREND)']) lowerIsBetter.add(name);
  const windows = [
    { id: 'day', value: 'CTY_SCR_NBR_DY_01', mean: 'CTY_SCR_AVG_01', sd: 'CTY_SCR_DEV_01' },
    { id: 'week', value: 'CTY_SCR_NBR_WK_01', mean: 'CTY_SCR_AVG_01', sd: 'CTY_SCR_DEV_01' },
    { id: 'month', value: 'CTY_SCR_NBR_MO_01', mean: 'CTY_SCR_AVG_01', sd: 'CTY_SCR_DEV_01' },
    { id: 'quarter', value: 'CTY_SCR_NBR_QT_01', mean: 'CTY_SCR_AVG_02', sd: 'CTY_SCR_DEV_02' },
  ] as const;

  /** One metric's score for one window: ratio to its target, or to its historical baseline. */
  const score = (row: Record<string, string>, w: (typeof windows)[number]) => {
    const polarity = lowerIsBetter.has(row.CTY_SCR_NAME ?? '') ? 'decrease' : 'increase';
    let target = num(row.CTY_SCR_TGT_01);
    if (target === null) {
      const mean = num(row[w.mean]);
      const sd = num(row[w.sd]);
      const baseline = mean === null || sd === null ? null : historicalTarget({ mean, sd }, { polarity });
      target = baseline?.status === 'ok' ? baseline.target : null;
    }
    const result = scoreProgress({ current: num(row[w.value]), target, polarity, percentOfTarget: 'ratio' });
    return result.status === 'ok' ? result.percentOfTarget : null;
  };
  const cityScore = (day: string, w: (typeof windows)[number]) => {
    const metrics = rows.filter((r) => r.ETL_LOAD_DATE?.startsWith(day));
    return rollup(
      {
        id: `cityscore-${w.id}`,
        method: 'mean',
        children: metrics.map((r) => ({ id: r.CTY_SCR_NAME ?? '', score: score(r, w) })),
      },
      { missing: 'ignore' },
    );
  };

  const days = [...new Set(rows.map((r) => (r.ETL_LOAD_DATE ?? '').slice(0, 10)))].sort();
  const day = process.argv[2] ?? (days[days.length - 1] as string);
  if (!days.includes(day)) {
    console.error(`No load date ${day}; the data covers ${days[0]} to ${days[days.length - 1]} (weekdays).`);
    process.exitCode = 2;
  } else {
    console.log(`Boston CityScore on ${day} (1 = on target; above 1, better than target)\n`);
    console.log(
      table(
        ['window', 'CityScore', 'scored', 'highest', 'lowest three'],
        windows.map((w) => {
          const result = cityScore(day, w);
          const scored = result.children
            .filter((c) => c.score !== null)
            .sort((a, b) => (a.score as number) - (b.score as number))
            .map((c) => `${c.id.toLowerCase()} ${(c.score as number).toFixed(2)}`);
          return [
            w.id,
            result.score?.toFixed(4) ?? 'n/a',
            `${result.coverage?.withData}/${result.coverage?.counted}`,
            scored[scored.length - 1] ?? '',
            scored.slice(0, 3).join('; '),
          ];
        }),
      ),
    );
    console.log('\nA mean of ratios: one historical metric far above its baseline lifts the whole score.');
    const check = '2016-06-27';
    const ours = cityScore(check, windows[0]).score;
    const theirs = num(published.find((r) => r.etl_load_date?.startsWith(check))?.cty_scr_day_agg);
    console.log(`\nCheck, ${check} day: computed ${ours?.toFixed(7)}, published by the City ${theirs}.`);
  }
}
