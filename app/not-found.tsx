import type { Metadata } from 'next';
import { FindByTopic } from '@/components/find-by-topic';
import { SearchBox } from '@/components/search-box';
import { homePath } from '@/lib/core/urls';

export const metadata: Metadata = {
  title: '页面没有找到',
  robots: { index: false },
};

export default function NotFound() {
  return (
    <div className="space-y-10">
      <header className="max-w-measure">
        <p className="text-muted">404</p>
        <h1 className="text-[1.75rem] leading-snug font-bold">这个页面没有找到</h1>
        <p className="mt-2">
          链接可能已经失效，或者地址输错了。可以搜一搜，或者从下面的主题找起，也可以
          <a href={homePath()} className="text-accent underline underline-offset-4">
            回到首页
          </a>
          。
        </p>
      </header>
      <div className="max-w-2xl">
        <SearchBox variant="hero" />
      </div>
      <FindByTopic id="nf-topics" />
    </div>
  );
}
