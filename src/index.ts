/**
 * civic-metrics: the calculation core of government performance management.
 *
 * Every area is also its own subpath export (`civic-metrics/trend`, `civic-metrics/spc`, ...), so an app
 * can import only what it uses.
 *
 * @packageDocumentation
 */
export * from './charts/index.js';
export * from './errors/index.js';
export * from './model/index.js';
export * from './periods/index.js';
export * from './report/index.js';
export * from './rollup/index.js';
export * from './scoring/index.js';
export * from './spc/index.js';
export * from './trend/index.js';
