import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFS, parsePrefs, PREFS_KEY, PREFS_SCRIPT, prefsAttributes } from '@/lib/site/reading-prefs';

/** Runs the <head> script against a stored value and returns the attributes it set on <html>. */
function runScript(stored: string | null): Record<string, string> {
  const attributes: Record<string, string> = {};
  runInNewContext(PREFS_SCRIPT, {
    localStorage: { getItem: (key: string) => (key === PREFS_KEY ? stored : null) },
    document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
  });
  return attributes;
}

function expected(stored: string | null): Record<string, string> {
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(prefsAttributes(parsePrefs(stored)))) if (value !== undefined) present[name] = value;
  return present;
}

describe('reading preferences', () => {
  it.each([
    [null],
    [''],
    ['not json'],
    ['null'],
    ['[]'],
    ['{"elder":false,"size":"xlarge","highContrast":true}'],
    ['{"elder":"true","size":"large"}'],
    ['{"elder":true}'],
    ['{"elder":true,"size":"large"}'],
    ['{"elder":true,"size":"xlarge","highContrast":true}'],
    ['{"elder":true,"size":"huge","highContrast":"yes"}'],
    ['{"elder":true,"size":"standard","highContrast":true}'],
  ])('the head script and parsePrefs agree on %j', (stored) => {
    expect(runScript(stored)).toEqual(expected(stored));
  });

  it('reads a saved choice and falls back to the standard site on anything else', () => {
    expect(parsePrefs('{"elder":true,"size":"xlarge","highContrast":true}')).toEqual({ elder: true, size: 'xlarge', highContrast: true });
    expect(parsePrefs('{"elder":true,"size":"huge"}')).toEqual({ elder: true, size: 'standard', highContrast: false });
    expect(parsePrefs('{"size":"xlarge","highContrast":true}')).toEqual(DEFAULT_PREFS);
    expect(parsePrefs('{')).toEqual(DEFAULT_PREFS);
  });

  it('puts only what differs from the standard site on <html>', () => {
    expect(expected('{"elder":true,"size":"large","highContrast":true}')).toEqual({ 'data-elder': 'on', 'data-size': 'large', 'data-contrast': 'high' });
    expect(expected('{"elder":true,"size":"standard"}')).toEqual({ 'data-elder': 'on' });
    expect(expected(null)).toEqual({});
  });

  it('stays a static script with no eval or markup-breaking characters', () => {
    expect(PREFS_SCRIPT).not.toMatch(/eval|Function\(|<\/|</);
    expect(PREFS_SCRIPT.length).toBeLessThan(400);
  });
});
