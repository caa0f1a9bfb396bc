import type { AttributeChartResult } from '../spc/AttributeChart.js';
import type { RunChartResult } from '../spc/runChart.js';
import type { XmrChartResult } from '../spc/xmrChart.js';

/**
 * Any SPC chart result {@link spcChartSvg} and {@link toVegaLite} draw: what `xmrChart`, `pChart`,
 * `uChart` and `runChart` return (an `insufficient_data` status included).
 *
 * @example
 * ```ts
 * import type { SpcChartInput } from 'civic-metrics/charts';
 * import { runChart, xmrChart } from 'civic-metrics/spc';
 * const charts: SpcChartInput[] = [xmrChart([3, 4, 5]), runChart([3, 4, 5])];
 * ```
 */
export type SpcChartInput = XmrChartResult | AttributeChartResult | RunChartResult;
