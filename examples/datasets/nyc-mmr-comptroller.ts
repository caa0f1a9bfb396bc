/**
 * The NYC Comptroller's 2023 review of the Mayor's Management Report, recomputed: a plan of the 1,139 MMR
 * indicators with their FY2023 targets, evaluated with `evaluatePlan`; per agency, the share of targets met
 * (as the Comptroller counts: a missed target of 0 is still a miss) and the share of indicators improving
 * on FY2022, next to the Comptroller's published figures.
 *
 *     npx tsx examples/datasets/nyc-mmr-comptroller.ts
 *
 * Data: shared/data/nyc-mmr-comptroller (NYC Comptroller, agency-performance-staff-vacancies); see SOURCE.md.
 */
import {
  changeSinceAverage,
  evaluatePlan,
  observationsFromRows,
  parsePlan,
  rollup,
} from '../../src/index.js';
import { datasetFolder, num, readCsv, table } from './shared.js';

const folder = datasetFolder('nyc-mmr-comptroller');
if (folder !== null) {
  const indicators = readCsv(folder, 'mmr_indicators_tidy_fy2016_fy2023.csv');
  const published = readCsv(folder, 'agency_outcomes_all_indicators.csv');
  const calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' } as const;
  const agencies = new Map(
    indicators.map((r) => [r['Agency.Number'] as string, r['Agency.Full.Name.y'] as string]),
  );
  const idOf = (r: Record<string, string>) => `mmr-${r.ID}`;
  const planInput = {
    id: 'nyc-mmr-fy2023',
    name: "Mayor's Management Report, FY2023 targets",
    calendar,
    owners: [...agencies].map(([id, name]) => ({ id: `agency-${id}`, name, kind: 'department' as const })),
    indicators: indicators.map((r) => {
      const target = num(r['Target.MMR']);
      return {
        id: idOf(r),
        name: r.Indicator as string,
        polarity: r['Desired.Direction'] === 'Up' ? ('increase' as const) : ('decrease' as const),
        frequency: 'fiscal-year' as const,
        aggregation: 'last' as const,
        unit: { type: 'custom' as const, label: 'as in the MMR' },
        targets: target === null ? [] : [{ period: 'FY2023', value: target }],
        ownerId: `agency-${r['Agency.Number']}`,
      };
    }),
  };
  // The fiscal-year columns as one row per indicator and year, through the tabular import.
  const long = indicators.flatMap((r) =>
    [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023].map((y) => ({
      id: idOf(r),
      year: `FY${y}`,
      value: r[String(y)] ?? '',
    })),
  );
  const { observations, issues } = observationsFromRows(
    long,
    { indicator: 'id', period: 'year', value: 'value' },
    { plan: parsePlan(planInput) },
  );
  if (issues.length > 0) console.error(`${issues.length} rows not imported, e.g. ${issues[0]?.message}`);
  const plan = parsePlan({ ...planInput, observations });
  const report = evaluatePlan(plan, { asOf: '2023-07-01', trend: false, spc: false });
  const byId = new Map(report.indicators.map((i) => [i.id, i]));
  const seriesOf = new Map<string, typeof observations>();
  for (const o of observations) seriesOf.set(o.indicatorId, [...(seriesOf.get(o.indicatorId) ?? []), o]);

  const rowsOut = [...agencies].map(([agency, name]) => {
    const members = indicators.filter((r) => r['Agency.Number'] === agency).map(idOf);
    const met = rollup(
      {
        id: agency,
        method: 'share_on_track',
        children: members.map((id) => {
          const progress = byId.get(id)?.progress;
          const status =
            progress?.status === 'no_target' ? 'no_target' : progress?.achieved ? 'achieved' : 'missed';
          return { id, status };
        }),
      },
      { onTrack: ['achieved'] },
    );
    const improving = rollup(
      {
        id: agency,
        method: 'share_on_track',
        missing: 'zero',
        children: members.map((id) => {
          const series = observations
            .filter((o) => o.indicatorId === id)
            .map((o) => ({ period: o.period, value: o.value ?? null }));
          const polarity = byId.get(id)?.polarity === 'increase' ? 'increase' : 'decrease';
          const c = changeSinceAverage(series, { periods: 1, polarity, asOf: 'FY2023', calendar });
          return {
            id,
            status: c.status !== 'ok' ? 'no_data' : c.assessment === 'worsened' ? 'worse' : 'improving',
          };
        }),
      },
      { onTrack: ['improving'] },
    );
    const p = published.find((r) => r['Agency.Number'] === agency);
    const pct = (x: number | null | undefined) =>
      x === null || x === undefined ? 'n/a' : `${Math.round(100 * x)}%`;
    return [
      name === 'NA' ? '(no agency matched)' : name.slice(0, 44),
      `${met.coverage?.withData ?? 0}`,
      pct(met.score),
      pct(num(p?.SuccessPct)),
      pct(improving.score),
      pct(num(p?.ImprovePct)),
    ];
  });
  rowsOut.sort((a, b) => Number(b[1]) - Number(a[1]));
  console.log("NYC agencies, FY2023 (projected) against the MMR's FY2023 targets and against FY2022\n");
  console.log(table(['agency', 'targets', 'met', '(Comptroller)', 'improving', '(Comptroller)'], rowsOut));
  const statuses = report.indicators.map((i) => i.progress);
  const met = statuses.filter((s) => s.achieved === true).length;
  const scored = statuses.filter((s) => s.status === 'ok').length;
  console.log(`\nAll agencies: ${met} of ${scored} targets met (${Math.round((100 * met) / scored)}%).`);
}
