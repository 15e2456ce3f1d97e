import type { Metadata } from 'next';
import { FindByTopic } from '@/components/find-by-topic';
import { HOTLINE } from '@/lib/core/config';

export const metadata: Metadata = {
  title: '离线阅读',
  robots: { index: false, follow: true },
};

/**
 * What the service worker shows for a page that was never saved on this device, when there is no connection
 * (lib/offline/sw.ts): the pages that are saved (listed from the cache by lib/islands/saved-pages.ts), the
 * topics, and the hotline, which works without any connection to this site.
 */
export default function OfflinePage() {
  return (
    <div className="space-y-10">
      <header className="max-w-measure">
        <h1 className="text-[1.75rem] leading-snug font-bold">离线阅读</h1>
        <p className="mt-2">没有网络连接时，打开过的页面仍能在这台设备上阅读；没有打开过的页面，要等联网后才能看到。</p>
      </header>
      <section aria-labelledby="offline-saved" data-island="saved-pages" className="max-w-measure">
        <h2 id="offline-saved" className="text-xl font-bold">
          这台设备上保存的内容
        </h2>
        <p data-saved-status role="status" className="mt-2 text-muted">
          打开过的问答会保存在这台设备上，离线时列在这里。
        </p>
        <ul data-saved-list className="mt-3" hidden />
      </section>
      <FindByTopic id="offline-topics" />
      <section aria-labelledby="offline-hotline" className="max-w-measure rounded-lg bg-accent-soft px-4 py-3">
        <h2 id="offline-hotline" className="font-bold">
          急着办事？
        </h2>
        <p className="mt-1">
          医保政策问题可以拨打{' '}
          <a href={`tel:${HOTLINE}`} className="font-bold text-accent underline underline-offset-4">
            {HOTLINE}
          </a>{' '}
          医保服务热线，打电话不需要上网。
        </p>
      </section>
    </div>
  );
}
