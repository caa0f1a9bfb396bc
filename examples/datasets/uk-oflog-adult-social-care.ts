/**
 * Oflog's adult social care measures: for one financial year, each measure's national median and median
 * absolute deviation (MAD), and the councils more than three MADs from the median: on the worse side where
 * higher is better, on either side where Oflog gives no polarity. The distances are the Office for Local
 * Government's own outlier measure, (value − median) / MAD.
 *
 *     npx tsx examples/datasets/uk-oflog-adult-social-care.ts [YYYY-YY]
 *
 * Data: shared/data/uk-oflog-adult-social-care (Oflog, oflog-automated-text); see its SOURCE.md.
 */
import { madsFromMedian } from '../../src/index.js';
import { datasetFolder, num, readCsv, table } from './shared.js';

const folder = datasetFolder('uk-oflog-adult-social-care');
if (folder !== null) {
  const rows = readCsv(folder, 'asc_measures_by_local_authority.csv');
  const years = [...new Set(rows.map((r) => r['Financial year'] as string))].sort();
  const year = process.argv[2] ?? (years[years.length - 1] as string);
  if (!years.includes(year)) {
    console.error(`No year ${year}; the data covers ${years.join(', ')}.`);
    process.exitCode = 2;
  } else {
    console.log(`Oflog adult social care, ${year}: councils 3 or more MADs from the national median\n`);
    const summary: Array<Array<string | number>> = [];
    const outliers: Array<Array<string | number>> = [];
    for (const measure of [...new Set(rows.map((r) => r.Measure as string))].sort()) {
      const group = rows.filter((r) => r.Measure === measure && r['Financial year'] === year);
      if (group.length === 0) continue;
      const higherIsBetter = group.some((r) => r.rank_order?.toLowerCase() === 'desc');
      const result = madsFromMedian(group.map((r) => num(r.Value)));
      if (result.status !== 'ok') continue;
      summary.push([
        measure.replace(/^Outcome, /, ''),
        result.n,
        result.median.toFixed(2),
        result.mad.toFixed(2),
        higherIsBetter ? 'higher' : 'none',
      ]);
      result.distances.forEach((d, i) => {
        if (d === null || (higherIsBetter ? d > -3 : Math.abs(d) < 3)) return;
        const r = group[i] as Record<string, string>;
        outliers.push([
          measure.replace(/^Outcome, /, '').slice(0, 40),
          r['Local authority name'] as string,
          (num(r.Value) as number).toFixed(2),
          d.toFixed(2),
        ]);
      });
    }
    console.log(table(['measure', 'councils', 'median', 'MAD', 'better'], summary));
    outliers.sort(
      (a, b) => String(a[0]).localeCompare(String(b[0])) || Math.abs(Number(b[3])) - Math.abs(Number(a[3])),
    );
    console.log(`\n${table(['measure', 'council', 'value', 'MADs'], outliers)}`);
  }
}
