import { describe, expect, it } from 'vitest';
import { dateLowerBound, dateUpperBound, isOrderedRange, isPartialDate, overlapsWindow } from '../../../server/src/domain/shared/dates.ts';

describe('partial dates', () => {
  it.each(['2021', '2022-03', '2022-03-12', '2024-02-29', '2000-02-29', '2022-12-31', '0001'])('accepts %s', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });

  it.each(['2022-13', '2022-00', '2022-02-30', '2023-02-29', '1900-02-29', '2022-04-31', '2022-03-00', '22-03', '2022-3', '2022-03-12T10:00', '2022/03', '', ' 2022'])(
    'rejects %j',
    (value) => {
      expect(isPartialDate(value)).toBe(false);
    },
  );

  it('gives the first and last day a partial date can mean', () => {
    expect(dateLowerBound('2022')).toBe('2022-01-01');
    expect(dateLowerBound('2022-03')).toBe('2022-03-01');
    expect(dateLowerBound('2022-03-12')).toBe('2022-03-12');
    expect(dateUpperBound('2022')).toBe('2022-12-31');
    expect(dateUpperBound('2022-02')).toBe('2022-02-28');
    expect(dateUpperBound('2024-02')).toBe('2024-02-29');
    expect(dateUpperBound('2022-04')).toBe('2022-04-30');
    expect(dateUpperBound('2022-03-12')).toBe('2022-03-12');
  });

  it('orders ranges by what the dates could mean', () => {
    expect(isOrderedRange('2022', '2022-03')).toBe(true);
    expect(isOrderedRange('2022-03', '2022')).toBe(true);
    expect(isOrderedRange('2022-03-12', '2022-03-12')).toBe(true);
    expect(isOrderedRange('2022-03', '2022-02-28')).toBe(false);
    expect(isOrderedRange('2022', '2021-12')).toBe(false);
    expect(isOrderedRange(null, '2021')).toBe(true);
    expect(isOrderedRange('2021', undefined)).toBe(true);
  });

  it('decides whether a validity range overlaps a window', () => {
    expect(overlapsWindow(null, null, '2022', '2023')).toBe(true);
    expect(overlapsWindow('2020', '2021', '2022', null)).toBe(false);
    expect(overlapsWindow('2020', '2021', '2021-06', null)).toBe(true);
    expect(overlapsWindow('2020', '2021', null, '2019')).toBe(false);
    expect(overlapsWindow('2020', '2021', null, '2020-01')).toBe(true);
    expect(overlapsWindow('2022-03-12', null, '2022-03', '2022-03')).toBe(true);
    expect(overlapsWindow('2022-04', null, '2022-03', '2022-03')).toBe(false);
    expect(overlapsWindow(null, '2022-02', '2022-03', null)).toBe(false);
    expect(overlapsWindow(null, '2022-03', '2022-03-31', null)).toBe(true);
    expect(overlapsWindow('2020', '2021', null, null)).toBe(true);
  });
});
