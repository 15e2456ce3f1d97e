import { describe, expect, it } from 'vitest';
import { highlight, snippet, type Segment } from '@/lib/search/engine/highlight';
import { pinyinTable } from '@/lib/search/pinyin';
import { parseQuery, vocabulary } from '@/lib/search/parse';

const meta = { trad: { 異: '异', 醫: '医' }, concepts: [{ forms: ['社保卡', '医保卡'], topics: [] }], generic: [] };
const table = pinyinTable({ sheng: '生', yu: '育', jin: '津金', tie: '贴', yi: '医异', di: '地', jiu: '就' });
const vocab = vocabulary(meta, table);

function contextFor(query: string) {
  return { matcher: parseQuery(query, vocab).matcher, trad: meta.trad, table };
}

const marked = (segments: Segment[]) => segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments: Segment[]) => segments.map((s) => s.text).join('');

describe('highlight', () => {
  it('marks the matched run in a title and keeps the rest as plain text', () => {
    const segments = highlight('医保共济缴费扣的是哪里的钱', contextFor('医保共济'));
    expect(segments).toEqual([
      { text: '医保共济', mark: true },
      { text: '缴费扣的是哪里的钱', mark: false },
    ]);
  });

  it('marks the characters a typo or pinyin query matched by sound', () => {
    expect(marked(highlight('社保买了多久才可以有生育津贴', contextFor('生育金贴')))).toEqual(['生育津贴']);
    expect(marked(highlight('异地就医备案', contextFor('yidi jiuyi')))).toEqual(['异地就医']);
  });

  it('lands on the original characters when the text is traditional or full-width', () => {
    expect(marked(highlight('異地就醫要備案，電話１２３９３', contextFor('异地就医 12393')))).toEqual(['異地就醫', '１２３９３']);
  });

  it('marks a synonym only where the whole phrase occurs', () => {
    expect(marked(highlight('医保卡丢了，医保怎么办', contextFor('社保卡')))).toEqual(['医保卡']);
  });

  it('marks only the name as typed in a text that has it', () => {
    expect(marked(highlight('社保卡和医保卡是一张卡', contextFor('社保卡')))).not.toContain('医保卡');
  });

  it('keeps markup from the text as text', () => {
    const segments = highlight('<script>alert(1)</script>医保', contextFor('script'));
    expect(joined(segments)).toBe('<script>alert(1)</script>医保');
    expect(marked(segments)).toEqual(['script', 'script']);
  });
});

describe('snippet', () => {
  const long = `${'前言说明文字。'.repeat(30)}异地就医需要先备案，备案后直接结算。${'后面的补充说明。'.repeat(30)}`;

  it('cuts a window around the match, with ellipses where text was left out', () => {
    const segments = snippet(long, contextFor('异地就医'), 60);
    expect(segments[0]).toEqual({ text: '…', mark: false });
    expect(segments.at(-1)).toEqual({ text: '…', mark: false });
    expect(marked(segments)).toContain('异地就医');
    expect(joined(segments).length).toBeLessThanOrEqual(62);
  });

  it('starts at the beginning of the sentence holding the match when it is close', () => {
    const text = `${'甲'.repeat(200)}。报销比例与异地就医备案有关。${'乙'.repeat(200)}`;
    expect(joined(snippet(text, contextFor('异地就医'), 40))).toMatch(/^…报销比例与异地就医/);
  });

  it('opens the answer when nothing in it matched', () => {
    expect(joined(snippet(long, contextFor('生育津贴'), 30))).toBe(`${long.slice(0, 30)}…`);
  });
});
