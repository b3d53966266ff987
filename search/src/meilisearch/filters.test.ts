import { describe, expect, it } from 'vitest';
import { contractIndex } from '../contract/fixture';
import { SearchError } from '../errors';
import { filterString, filterValue, matchesNothing } from './filters';

describe('filters in Meilisearch’s filter syntax', () => {
  it('writes equality, membership and ranges with text quoted and numbers and flags bare', () => {
    expect(filterString(contractIndex, [{ field: 'municipality', op: '=', value: 'upala' }])).toBe('municipality = "upala"');
    expect(filterString(contractIndex, [{ field: 'skills', op: '=', value: 10 }])).toBe('skills = 10');
    expect(filterString(contractIndex, [{ field: 'remote', op: '=', value: true }])).toBe('remote = true');
    expect(filterString(contractIndex, [{ field: 'salary', op: '>=', value: 450_000 }])).toBe('salary >= 450000');
    expect(filterString(contractIndex, [{ field: 'salary', op: '<=', value: 2.5 }])).toBe('salary <= 2.5');
    expect(filterString(contractIndex, [{ field: 'municipality', op: 'in', values: ['upala', 'escazu'] }])).toBe('municipality IN ["upala", "escazu"]');
    expect(filterString(contractIndex, [{ field: 'skills', op: 'in', values: [10, 11] }])).toBe('skills IN [10, 11]');
  });

  it('requires every filter to hold, and sends none when there are none', () => {
    expect(filterString(contractIndex, [
      { field: 'municipality', op: '=', value: 'upala' },
      { field: 'salary', op: '>=', value: 1 },
    ])).toBe('municipality = "upala" AND salary >= 1');
    expect(filterString(contractIndex, [])).toBeUndefined();
    expect(filterString(contractIndex)).toBeUndefined();
  });

  it('escapes quotes and backslashes so a value cannot break out of its string', () => {
    expect(filterValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(filterValue('C:\\temp\\')).toBe('"C:\\\\temp\\\\"');
    expect(filterValue('\\"')).toBe('"\\\\\\""');
    const hostile = 'x" OR salary >= 0 OR municipality = "y';
    expect(filterString(contractIndex, [{ field: 'municipality', op: '=', value: hostile }]))
      .toBe('municipality = "x\\" OR salary >= 0 OR municipality = \\"y"');
    expect(filterValue('San José (centro) [1]')).toBe('"San José (centro) [1]"');
  });

  it('refuses fields that are not filterable, including inherited object keys', () => {
    for (const field of ['description', 'title', 'toString', '__proto__']) {
      expect(() => filterString(contractIndex, [{ field, op: '=', value: 'x' }])).toThrow(SearchError);
    }
    expect(() => filterString(contractIndex, [{ field: 'description', op: 'in', values: ['x'] }]))
      .toThrow(expect.objectContaining({ code: 'UNKNOWN_FIELD' }));
    expect(() => filterValue(Number.NaN)).toThrow(RangeError);
  });

  it('knows that an empty membership list matches nothing', () => {
    expect(matchesNothing([{ field: 'skills', op: 'in', values: [] }])).toBe(true);
    expect(matchesNothing([{ field: 'skills', op: 'in', values: [1] }])).toBe(false);
    expect(matchesNothing()).toBe(false);
  });
});
