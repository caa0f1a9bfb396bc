import { defineConfig } from 'tsup';

/** One entry per area, so each is its own subpath export (`civic-metrics/trend`, ...). */
export const areas = ['model', 'periods', 'scoring', 'trend', 'spc', 'rollup', 'report', 'charts'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  // tsup's declaration build sets baseUrl, which TypeScript 6 deprecates.
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  outDir: 'dist',
});
