/**
 * Test setup. Property tests explore new random cases on every local run, but CI runs them with a fixed
 * seed so that a submission's result is reproducible (set FC_SEED to replay or pin a seed anywhere).
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261125' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
