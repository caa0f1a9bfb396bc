/**
 * NHS England A&E: the share of attendances seen within four hours, England and trusts, against the 95%
 * standard. England's figure is a ratio of sums over the providers that reported four-hour data (providers
 * that reported none are left out, attendances too, as NHS England does); each trust gets an XmR chart of
 * its last 24 months with the Making Data Count assurance icon: can its process, as it runs now, meet 95%?
 *
 *     npx tsx examples/datasets/nhs-ae-4hour.ts [YYYY-MM]
 *
 * Data: shared/data/nhs-ae-4hour (NHS England, A&E Attendances and Emergency Admissions); see its SOURCE.md.
 */
import { pooledRatio, xmrChart } from '../../src/index.js';
import { datasetFolder, num, readCsv, table } from './shared.js';

const folder = datasetFolder('nhs-ae-4hour');
if (folder !== null) {
  const rows = readCsv(folder, 'ae_4hour_monthly_by_provider.csv');
  const months = [...new Set(rows.map((r) => r.period as string))].sort();
  const month = process.argv[2] ?? (months[months.length - 1] as string);
  const trusts = [
    ...new Set(rows.filter((r) => r.org_code !== 'ENGLAND').map((r) => r.org_code as string)),
  ].sort();
  const byKey = new Map(rows.map((r) => [`${r.org_code}|${r.period}`, r]));
  const row = (org: string, period: string) => byKey.get(`${org}|${period}`);
  if (!months.includes(month)) {
    console.error(`No month ${month}; the data covers ${months[0]} to ${months[months.length - 1]}.`);
    process.exitCode = 2;
  } else {
    // England: the rest of England (providers not in the file) plus the 114 trusts, breaches over attendances.
    const england = row('ENGLAND', month) as Record<string, string>;
    const parts = trusts.map((org) => ({
      id: org,
      numerator: num(row(org, month)?.over4h_total),
      denominator: num(row(org, month)?.att_total),
    }));
    const sum = (key: 'numerator' | 'denominator') => parts.reduce((s, p) => s + (p[key] ?? 0), 0);
    const rest = {
      id: 'rest of England',
      numerator: (num(england.over4h_total) as number) - sum('numerator'),
      denominator: (num(england.att_total) as number) - sum('denominator'),
    };
    const pooled = pooledRatio([rest, ...parts]);
    const naive = pooledRatio([rest, ...parts], { missing: 'zero' });
    const pct = (r: typeof pooled) => (r.status === 'ok' ? `${(100 * (1 - r.value)).toFixed(1)}%` : 'n/a');
    console.log(
      `England, ${month}: ${pct(pooled)} seen within 4 hours (published ${(100 * (num(england.pub_pct_within_4h_all) ?? 0)).toFixed(1)}%; standard 95%)`,
    );
    if (pooled.coverage.incomplete.length > 0) {
      console.log(
        `  ${pooled.coverage.incomplete.length} trusts reported no four-hour data and are left out ` +
          `(${pooled.coverage.leftOutDenominator.toLocaleString('en-GB')} attendances); reading their blanks as 0 would give ${pct(naive)}.\n` +
          '  NHS England also left out providers that are not in this file, hence the small difference.',
      );
    }

    // Each trust: XmR chart of its last 24 months up to the month asked for, against 95%.
    const last = months.slice(Math.max(0, months.indexOf(month) - 23), months.indexOf(month) + 1);
    const charts = trusts.map((org) => {
      const values = last.map((p) => num(row(org, p)?.pub_pct_within_4h_all));
      const chart = xmrChart(values, { improvement: 'increase', target: 0.95 });
      return {
        org,
        name: row(org, month)?.org_name ?? org,
        latest: values[values.length - 1] ?? null,
        chart,
      };
    });
    const icons: Record<string, number> = {};
    for (const c of charts) {
      const icon = c.chart.status === 'ok' ? (c.chart.assuranceIcon ?? 'none') : 'too little data';
      icons[icon] = (icons[icon] ?? 0) + 1;
    }
    console.log(
      `\nAssurance against 95% over ${last[0]}-${last[last.length - 1]}, ${trusts.length} trusts:`,
      icons,
    );
    const ranked = charts
      .filter((c) => c.chart.status === 'ok' && c.latest !== null)
      .sort((a, b) => (b.latest as number) - (a.latest as number));
    const show = (c: (typeof ranked)[number]) => {
      const chart = c.chart.status === 'ok' ? c.chart : null;
      return [
        c.org,
        c.name.slice(0, 48),
        `${(100 * (c.latest as number)).toFixed(1)}%`,
        `${(100 * (chart?.lcl ?? 0)).toFixed(1)}-${(100 * (chart?.ucl ?? 0)).toFixed(1)}%`,
        chart?.assuranceIcon ?? '',
        chart?.variationIcon ?? '',
      ];
    };
    const header = ['trust', 'name', month, 'process limits', 'assurance', 'variation'];
    console.log(`\nBest five in ${month}:\n${table(header, ranked.slice(0, 5).map(show))}`);
    console.log(`\nWorst five in ${month}:\n${table(header, ranked.slice(-5).map(show))}`);
  }
}
