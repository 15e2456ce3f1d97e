import { describe, expect, it } from 'vitest';
import { checkFeedback, FEEDBACK_LIMITS } from '@/lib/core/feedback';

const fields = (input: unknown) => {
  const result = checkFeedback(input);
  return result.ok ? [] : result.errors.map((e) => e.field);
};

describe('checkFeedback, as the server relies on it', () => {
  it('accepts a plain yes and a full no', () => {
    expect(checkFeedback({ page: '/q/abc-1/', helpful: true })).toEqual({ ok: true, value: { page: '/q/abc-1/', helpful: true } });
    expect(checkFeedback({ page: '/q/abc/', helpful: false, reason: 'outdated', note: '  比例变了  ' })).toEqual({
      ok: true,
      value: { page: '/q/abc/', helpful: false, reason: 'outdated', note: '比例变了' },
    });
  });

  it('names every missing field', () => {
    expect(fields({})).toEqual(['page', 'helpful']);
    expect(fields({ page: '', helpful: null })).toEqual(['page', 'helpful']);
  });

  it.each([null, 'text', 42, ['page'], undefined])('refuses a body that is not an object: %j', (input) => {
    expect(fields(input)).toEqual(['body']);
  });

  it('refuses pages that are not an answer path', () => {
    for (const page of ['/', '/q/', '/q/abc', 'https://evil.example/q/abc/', '/q/../x/', '/q/医保/', `/q/${'a'.repeat(FEEDBACK_LIMITS.pathChars)}/`, 42]) {
      expect(fields({ page, helpful: true })).toEqual(['page']);
    }
  });

  it('refuses a reason outside the list', () => {
    expect(fields({ page: '/q/abc/', helpful: false, reason: 'spam' })).toEqual(['reason']);
    expect(fields({ page: '/q/abc/', helpful: false, reason: 1 })).toEqual(['reason']);
    expect(fields({ page: '/q/abc/', helpful: false, reason: 'toString' })).toEqual(['reason']);
  });

  it('counts the note in characters: 500 CJK pass, 501 do not', () => {
    expect(fields({ page: '/q/abc/', helpful: false, note: '医'.repeat(FEEDBACK_LIMITS.noteChars) })).toEqual([]);
    expect(fields({ page: '/q/abc/', helpful: false, note: '医'.repeat(FEEDBACK_LIMITS.noteChars + 1) })).toEqual(['note']);
  });

  it('counts an emoji once, not as two UTF-16 units', () => {
    expect(fields({ page: '/q/abc/', helpful: false, note: '😀'.repeat(FEEDBACK_LIMITS.noteChars) })).toEqual([]);
    expect(fields({ page: '/q/abc/', helpful: false, note: '😀'.repeat(FEEDBACK_LIMITS.noteChars + 1) })).toEqual(['note']);
  });

  it('refuses control characters but keeps line breaks and tabs', () => {
    expect(fields({ page: '/q/abc/', helpful: false, note: 'a\u0000b' })).toEqual(['note']);
    expect(fields({ page: '/q/abc/', helpful: false, note: 'a\u001bb' })).toEqual(['note']);
    expect(fields({ page: '/q/abc/', helpful: false, note: 'a\u007fb' })).toEqual(['note']);
    expect(checkFeedback({ page: '/q/abc/', helpful: false, note: '第一行\r\n第二行\t完' })).toMatchObject({ ok: true, value: { note: '第一行\n第二行\t完' } });
  });

  it('refuses unknown fields rather than ignore them', () => {
    const result = checkFeedback({ page: '/q/abc/', helpful: true, ip: '1.2.3.4', email: 'a@b.c' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual(['不认识的字段：ip', '不认识的字段：email']);
  });

  it('reads a posted form: strings for helpful, empty reason and note as none', () => {
    expect(checkFeedback({ page: '/q/abc/', helpful: 'yes', reason: '', note: '' })).toEqual({ ok: true, value: { page: '/q/abc/', helpful: true } });
    expect(checkFeedback({ page: '/q/abc/', helpful: 'no', reason: 'unclear' })).toEqual({ ok: true, value: { page: '/q/abc/', helpful: false, reason: 'unclear' } });
    expect(checkFeedback({ page: '/q/abc/', helpful: 'false' })).toMatchObject({ ok: true, value: { helpful: false } });
    expect(fields({ page: '/q/abc/', helpful: 'on' })).toEqual(['helpful']);
    expect(fields({ page: '/q/abc/', helpful: '有' })).toEqual(['helpful']);
  });

  it('keeps a note of only spaces as no note', () => {
    expect(checkFeedback({ page: '/q/abc/', helpful: false, note: '   \n ' })).toEqual({ ok: true, value: { page: '/q/abc/', helpful: false } });
  });
});
