import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { parseFragment, serialize } from 'parse5';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toReact } from '@/components/markup';
import { ExcerptLabel } from '@/components/labels';
import { toDom } from '@/lib/islands/dom';
import { tierChoices, workingLine } from '@/lib/markup/calculator';
import { excerptTag, resultLabels, yearTag } from '@/lib/markup/labels';
import { questionItem } from '@/lib/markup/question-item';
import { questionCount, topicTile } from '@/lib/markup/topic-link';
import { el, type Markup } from '@/lib/markup/tree';
import { topicPath } from '@/lib/core/urls';

/** Just what `toDom` asks of a document (createElement, setAttribute, append), serialized as a browser would. */
class FakeElement {
  readonly attributes: [string, string][] = [];
  readonly childNodes: (FakeElement | string)[] = [];
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) {
    this.attributes.push([name, value]);
  }
  append(...nodes: (FakeElement | string)[]) {
    this.childNodes.push(...nodes);
  }
  get outerHTML(): string {
    const attributes = this.attributes.map(([name, value]) => ` ${name}="${value.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"`).join('');
    return `<${this.tagName}${attributes}>${this.childNodes.map(outer).join('')}</${this.tagName}>`;
  }
}

function outer(node: unknown): string {
  if (typeof node === 'string') return node.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  if (node instanceof FakeElement) return node.outerHTML;
  throw new Error(`toDom made something the fake document did not: ${String(node)}`);
}

/** The same HTML however it was written (attribute case, quoting, escaping): parsed and serialized again. */
const normal = (html: string) => serialize(parseFragment(html));
const asReact = (tree: Markup) => normal(renderToStaticMarkup(toReact(tree)));
const asDom = (tree: Markup) => normal(outer(toDom(tree)));

beforeEach(() => {
  vi.stubGlobal('document', { createElement: (tag: string) => new FakeElement(tag) });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const PIECES: [string, Markup, string][] = [
  ['摘要 tag', excerptTag(), '<span class="tag">摘要</span>'],
  ['policy year', yearTag(2024, false), '<span class="tag">2024年</span>'],
  ['policy year before the build year', yearTag(2023, true), '<span class="tag tag-dated">2023年</span>'],
  [
    'result labels',
    resultLabels({ excerpt: true, year: { value: 2023, dated: true }, topics: ['生育保险', '家庭共济'], regions: ['北京', '上海'] }),
    '<span class="flex flex-wrap items-center gap-x-2 gap-y-1 text-[0.8125rem] text-muted"><span class="tag">摘要</span><span class="tag tag-dated">2023年</span>' +
      '<span class="inline-flex items-center rounded bg-sunken px-1.5 leading-6">生育保险</span><span class="inline-flex items-center rounded bg-sunken px-1.5 leading-6">家庭共济</span><span>北京、上海</span></span>',
  ],
  ['result labels of a full answer with no year or region', resultLabels({ excerpt: false, topics: [], regions: [] }), '<span class="flex flex-wrap items-center gap-x-2 gap-y-1 text-[0.8125rem] text-muted"></span>'],
  [
    'topic tile',
    topicTile({ slug: 'maternity', name: '生育保险', count: 12 }),
    `<li><a href="${topicPath('maternity')}" class="flex min-h-11 items-center justify-between rounded-md border border-line bg-surface px-4 hover:bg-accent-soft"><span class="text-accent">生育保险</span><span class="text-[0.875rem] text-muted">12 个问题</span></a></li>`,
  ],
  [
    'question in a topic list',
    questionItem({ href: '/q/a/', question: '怎么报销？', meta: [excerptTag(), false, el('time', { datetime: '2025-04-20' }, '2025年4月20日')], snippet: '先备案。' }),
    '<li class="q-item"><a href="/q/a/" class="q-link">怎么报销？</a><span class="q-meta"><span class="tag">摘要</span><time datetime="2025-04-20">2025年4月20日</time></span><p class="q-snippet">先备案。</p></li>',
  ],
  ['question with nothing to weigh', questionItem({ href: '/q/b/', question: '门诊', meta: [false, undefined] }), '<li class="q-item"><a href="/q/b/" class="q-link">门诊</a></li>'],
  ['saved page', questionItem({ href: '/q/c/', question: '住院', meta: ['2026年12月7日保存'] }), '<li class="q-item"><a href="/q/c/" class="q-link">住院</a><span class="q-meta">2026年12月7日保存</span></li>'],
  ['working line', workingLine({ text: '基数 × 费率 = 300 元', basis: '北京 2025' }), '<li>基数 × 费率 = 300 元<span class="calc-basis">依据：北京 2025</span></li>'],
  ['working line without a basis', workingLine({ text: '合计 300 元' }), '<li>合计 300 元</li>'],
];

describe('markup written once (lib/markup)', () => {
  it.each(PIECES)('%s: React on the server and the DOM in an island write the same HTML', (_, tree, expected) => {
    // React renders `class` or `datetime` too, but warns: the names it wants are toReact's to give.
    const warnings = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(asReact(tree)).toBe(normal(expected));
    expect(warnings).not.toHaveBeenCalled();
    expect(asDom(tree)).toBe(normal(expected));
  });

  it('keeps untrusted text as text in both renderings, never as markup', () => {
    const title = '<img src=x onerror="alert(1)">&amp;';
    const tree = questionItem({ href: '/q/"onmouseover="x', question: title, meta: [title] });
    for (const html of [asReact(tree), asDom(tree)]) {
      const fragment = parseFragment(html);
      const item = fragment.childNodes[0];
      expect(item && 'tagName' in item ? item.tagName : undefined).toBe('li');
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img src=x onerror="alert(1)"&gt;&amp;amp;');
      expect(html).toContain('href="/q/&quot;onmouseover=&quot;x"');
    }
    const link = toDom(tree);
    expect(link instanceof FakeElement && link.childNodes[0] instanceof FakeElement ? link.childNodes[0].childNodes : []).toEqual([title]);
  });

  it('leaves out empty children as h does, and an attribute that is undefined', () => {
    const tree = el('p', { class: undefined, id: 'x' }, '', null, false, undefined, 'a');
    expect(tree.children).toEqual(['a']);
    expect(asReact(tree)).toBe('<p id="x">a</p>');
    expect(asDom(tree)).toBe('<p id="x">a</p>');
  });
});

describe('the components that render the shared pieces', () => {
  it('the 摘要 label of an answer is the one search results show', () => {
    expect(normal(renderToStaticMarkup(createElement(ExcerptLabel)))).toBe(asDom(excerptTag()));
  });

  it('counts and tier choices read the same everywhere', () => {
    expect(questionCount(3)).toBe('3 个问题');
    expect(tierChoices([{ name: '一档', base: 4000 }, { name: '二档', base: 6000 }])).toEqual([
      { value: '0', label: '一档（基数 4,000.00 元）' },
      { value: '1', label: '二档（基数 6,000.00 元）' },
    ]);
  });
});
