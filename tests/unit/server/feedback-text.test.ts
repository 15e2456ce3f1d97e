import { describe, expect, it } from 'vitest';
import type { StoredFeedback } from '@/lib/server/feedback-store';
import { contentReportSection, formatSummary, noteAsText } from '@/lib/server/feedback-text';

const report = (id: number, page: string, extra: Partial<StoredFeedback> = {}): StoredFeedback => ({ id, page, helpful: false, receivedAt: '2026-11-02T08:30:00.000Z', ...extra });

describe('feedback as an editor reads it', () => {
  it('shows notes as text: control characters, C1 included, never reach the terminal', () => {
    expect(noteAsText('第一行\n第二\u001b[31m行\u009b2J')).toBe('第一行 ⏎ 第二 [31m行 2J');
  });

  it('lists each page with its counts and latest reports, reasons as labels', () => {
    const text = formatSummary(
      [{ page: '/q/abc/', yes: 3, no: 1, latest: [report(4, '/q/abc/', { reason: 'outdated', note: '去年的' }), report(3, '/q/abc/', { helpful: true })] }],
      'PGlite in data/feedback/',
    );
    expect(text.split('\n')).toEqual([
      'Feedback in PGlite in data/feedback/: 4 reports on 1 page',
      '',
      '/q/abc/  有帮助 3 · 没有帮助 1',
      '    2026-11-02 08:30 UTC  没有帮助 · 内容过时 — 「去年的」',
      '    2026-11-02 08:30 UTC  有帮助',
      '    … 2 earlier',
    ]);
  });

  it('links each page with 内容过时 / 说法有误 reports in the content report, notes escaped for Markdown', () => {
    const section = contentReportSection(
      [report(1, '/q/a/', { reason: 'wrong', note: '[点我](javascript:x) <b>' }), report(2, '/q/b/', { reason: 'outdated' }), report(3, '/q/a/', { reason: 'outdated' })],
      'https://yibao.example.org',
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(section).toContain('last 90 days, since 2026-09-02');
    expect(section).toContain('- [/q/a/](https://yibao.example.org/q/a/) — 内容过时 1 · 说法有误 1');
    expect(section).toContain('  - 2026-11-02 说法有误: \\[点我\\]\\(javascript:x\\) \\<b\\>');
    expect(section.indexOf('/q/a/')).toBeLessThan(section.indexOf('/q/b/'));
    expect(contentReportSection([], 'https://x.org', new Date())).toContain('None.');
  });
});
