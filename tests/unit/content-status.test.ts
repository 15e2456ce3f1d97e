import { describe, expect, it } from 'vitest';
import { parseProblemLines } from '@/lib/dev/content-status';

describe('parseProblemLines', () => {
  it('reads the problem lines of the content report, colours and all', () => {
    const output = [
      'files  5   published 4',
      '\x1b[31mnews/empty.txt:1: the file is empty — write the question on the first line\x1b[0m',
      'a b.txt:12: 相关推荐 has no items — remove the line or add items',
      'progress 100%',
    ].join('\n');
    expect(parseProblemLines(output)).toEqual([
      { file: 'news/empty.txt', line: 1, message: 'the file is empty', fix: 'write the question on the first line' },
      { file: 'a b.txt', line: 12, message: '相关推荐 has no items', fix: 'remove the line or add items' },
    ]);
  });

  it('finds nothing in a clean report', () => {
    expect(parseProblemLines('✔ 4 files, 0 problems')).toEqual([]);
  });
});
