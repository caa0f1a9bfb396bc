/**
 * Scotland's council benchmarking (LGBF) for one indicator and year: Scotland as a ratio of sums of the
 * councils' numerators and denominators (not the mean of council values), each family group's average, and
 * the councils ranked by the indicator's direction: lower is better (Ascending), higher is better
 * (Descending), or closest to a midpoint (Goldilocks).
 *
 *     npx tsx examples/datasets/scotland-lgbf.ts [CODE] [YYYY-YY]     e.g. C&L01 2022-23, CORP03b 2022-23
 *
 * Data: shared/data/scotland-lgbf (Improvement Service, LGBF, via Stirling Council); see its SOURCE.md.
 */
import { pooledRatio, rollup, scoreProgress } from '../../src/index.js';
import { datasetFolder, num, readCsv, table } from './shared.js';

const folder = datasetFolder('scotland-lgbf');
if (folder !== null) {
  const [code = 'C&L01', year = '2022-23'] = process.argv.slice(2);
  const info = readCsv(folder, 'indicator_information.csv').find((i) => i.Code === code);
  const rows = readCsv(folder, 'lgbf_la_indicator_data_real_2010_2024.csv').filter(
    (r) => r.Code === code && r.Year === year,
  );
  if (info === undefined || rows.length === 0) {
    console.error(`No data for ${code} ${year}; try C&L01 2022-23 or CORP03b 2022-23.`);
    process.exitCode = 2;
  } else {
    const scale = (num(info.Numerator_Multipier) ?? 1) / (num(info.Denominator_Multiplier) ?? 1);
    const scotland = pooledRatio(
      rows.map((r) => ({
        id: r.LocalAuthority,
        numerator: num(r.LA_Numerator_real),
        denominator: num(r.LA_Den_Real),
      })),
      { scale },
    );
    const councils = rows.map((r) => ({
      name: r.LocalAuthority as string,
      family: r.FamilyGroup as string,
      value: num(r.LA_IndicatorReal) as number,
    }));
    const mean = councils.reduce((s, c) => s + c.value, 0) / councils.length;
    console.log(`${info.Title} (${code}), ${year}; ${councils.length} councils\n`);
    console.log(
      `Scotland: ${scotland.status === 'ok' ? scotland.value.toFixed(4) : 'not computable (no numerators and denominators)'}` +
        ` as a ratio of sums; published ${rows[0]?.Scotland_Indicator_Real}; the plain mean of councils would be ${mean.toFixed(4)}.`,
    );
    // Family groups: the plain mean of member councils.
    const families = [...new Set(councils.map((c) => c.family))].sort();
    const groups = rollup(
      {
        id: code,
        method: 'mean',
        children: families.map((f) => ({
          id: f,
          method: 'mean' as const,
          children: councils.filter((c) => c.family === f).map((c) => ({ id: c.name, score: c.value })),
        })),
      },
      {},
    );
    console.log(
      `\n${table(
        ['family group', 'councils', 'average', 'published'],
        groups.children.map((g) => [
          g.id,
          g.children.length,
          g.score?.toFixed(4) ?? 'n/a',
          rows.find((r) => r.FamilyGroup === g.id)?.FG_Avg_Indicator_Real ?? '',
        ]),
      )}`,
    );
    // Ranking by direction: the distance to go, in the better direction, to the best council's value
    // (Goldilocks: to the midpoint band), via scoreProgress; rank 1 is the best.
    const type = info.Ranking_Type;
    const midpoint = num(info.Ranking_GoldilocksMidpoint);
    const values = councils.map((c) => c.value);
    const best = type === 'Ascending' ? Math.min(...values) : Math.max(...values);
    const ranked = councils
      .map((c) => {
        const r =
          type === 'Goldilocks'
            ? scoreProgress({
                current: c.value,
                target: { min: midpoint ?? 0, max: midpoint ?? 0 },
                polarity: 'range',
              })
            : scoreProgress({
                current: c.value,
                target: best,
                polarity: type === 'Ascending' ? 'decrease' : 'increase',
              });
        return { ...c, distance: r.status === 'ok' ? r.remaining : Number.POSITIVE_INFINITY };
      })
      .sort((a, b) => a.distance - b.distance);
    const rule =
      type === 'Goldilocks'
        ? `closest to ${midpoint} is best`
        : type === 'Ascending'
          ? 'lower is better'
          : 'higher is better';
    const show = (c: (typeof ranked)[number], i: number) => [i + 1, c.name, c.family, c.value.toFixed(4)];
    console.log(`\nRanked (${type}: ${rule}), top and bottom three:`);
    console.log(
      table(
        ['rank', 'council', 'family group', 'value'],
        [...ranked.slice(0, 3).map(show), ...ranked.slice(-3).map((c, i) => show(c, ranked.length - 3 + i))],
      ),
    );
  }
}
