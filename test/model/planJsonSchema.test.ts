import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../src/model/index.js';

const root = join(import.meta.dirname, '..', '..');
const committed = JSON.parse(readFileSync(join(root, 'schema', 'plan.schema.json'), 'utf8'));

describe('planJsonSchema', () => {
  it('is the committed schema/plan.schema.json (run `npm run schema` after changing the model)', () => {
    expect(planJsonSchema()).toEqual(committed);
  });

  it('is a valid draft 2020-12 schema that accepts the example plans and rejects bad ones', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(committed);
    for (const file of [
      join(root, 'examples', 'data', 'city-plan.json'),
      join(root, 'test', 'fixtures', 'model', 'small-city.json'),
    ]) {
      const plan = JSON.parse(readFileSync(file, 'utf8'));
      expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    }
    expect(validate({ id: 'p', name: 'P', indicators: [{ id: 'i' }] })).toBe(false);
    expect(validate({ id: 'p', name: 'P', calendar: { fiscalYearStartMonth: 13 } })).toBe(false);
  });

  it('describes the fields', () => {
    const schema = planJsonSchema() as { properties: Record<string, { description?: string }> };
    expect(schema.properties.calendar?.description).toBe('The fiscal calendar of the plan.');
  });
});
