/**
 * Statistics Canada's SDG progress statuses (Canadian Indicator Framework), recomputed with the Open SDG
 * progress measure: each series scored from its base and current values against its target (or, without a
 * target, against compound-growth thresholds), each indicator the mean of its series. Prints the count of
 * indicators by status, next to Statistics Canada's, and the indicators that are deteriorating.
 *
 *     npx tsx examples/datasets/canada-cif-sdg-progress.ts
 *
 * Data: shared/data/canada-cif-sdg-progress (Statistics Canada, CIF SDG data hub); see its SOURCE.md.
 */
import { type AnnualValue, openSdgAggregate, openSdgProgress } from '../../src/index.js';
import { datasetFolder, num, readCsv, table } from './shared.js';

const folder = datasetFolder('canada-cif-sdg-progress');
if (folder !== null) {
  const flat = readCsv(folder, 'progress_components_flat.csv');
  const metadata = new Map(readCsv(folder, 'indicators_metadata.csv').map((m) => [m.indicator_id, m]));
  const seriesResult = (r: Record<string, string>) => {
    const points: AnnualValue[] = [];
    if (r.base_value !== '') points.push({ year: Number(r.base_year), value: Number(r.base_value) });
    if (r.current_value !== '' && r.current_year !== r.base_year)
      points.push({ year: Number(r.current_year), value: Number(r.current_value) });
    return openSdgProgress(points, {
      polarity: r.direction === '1' ? 'increase' : 'decrease',
      target: num(r.target),
      targetYear: num(r.target_year) ?? 2030,
      naturalLimit: num(r.limit),
      baseYear: num(r.base_year) ?? 2015,
    });
  };
  const counts = new Map<string, { ours: number; published: number }>();
  const deteriorating: Array<[string, string, string]> = [];
  for (const id of [...new Set(flat.map((r) => r.indicator_id as string))]) {
    const rows = flat.filter((r) => r.indicator_id === id && r.series_tag !== '');
    const published = flat.find((r) => r.indicator_id === id)?.indicator_progress_status || 'not assessed';
    const status = rows.length === 0 ? published : openSdgAggregate(rows.map(seriesResult)).status;
    const score = rows.length === 0 ? null : openSdgAggregate(rows.map(seriesResult)).score;
    for (const [key, field] of [
      [status, 'ours'],
      [published, 'published'],
    ] as const) {
      const c = counts.get(key) ?? { ours: 0, published: 0 };
      c[field]++;
      counts.set(key, c);
    }
    if (status === 'deterioration')
      deteriorating.push([
        id.replace(/-/g, '.'),
        (metadata.get(id)?.indicator_name ?? '').slice(0, 70),
        score?.toFixed(2) ?? '',
      ]);
  }
  console.log('Canadian Indicator Framework: indicators by progress status\n');
  console.log(
    table(
      ['status', 'computed', 'Statistics Canada'],
      [...counts].map(([k, c]) => [k, c.ours, c.published]),
    ),
  );
  console.log(`\nDeteriorating (score -5 to -2.5):\n${table(['indicator', 'name', 'score'], deteriorating)}`);
}
