import { describe, expect, it } from 'vitest';
import { splitAfterFirstSection } from '@/lib/site/rates';

describe('splitAfterFirstSection', () => {
  it('cuts before the second section, so a calculator follows the first', () => {
    expect(splitAfterFirstSection('<p>a</p><h2 id="x">要点</h2><p>b</p><h2 id="y">二</h2><p>c</p>')).toEqual({ before: '<p>a</p><h2 id="x">要点</h2><p>b</p>', after: '<h2 id="y">二</h2><p>c</p>' });
  });
  it('puts a calculator after an answer of one section or none', () => {
    expect(splitAfterFirstSection('<p>a</p>')).toEqual({ before: '<p>a</p>', after: '' });
    expect(splitAfterFirstSection('<h2>一</h2><p>a</p>')).toEqual({ before: '<h2>一</h2><p>a</p>', after: '' });
  });
});
