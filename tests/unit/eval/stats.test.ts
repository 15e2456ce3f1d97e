import { describe, expect, it } from 'vitest';
import { median, percentile } from '@/lib/eval/stats';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the middle two, whatever the order', () => {
    expect(median([207, 8, 76])).toBe(76);
    expect(median([59, 8, 256, 32])).toBe(45.5);
    expect(median([])).toBeNaN();
  });

  it('reads a percentile by nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 50)).toBe(11);
    expect(percentile(values, 95)).toBe(20);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([], 95)).toBe(0);
  });
});
