import { SW_URL } from '@/lib/offline/policy';

/**
 * The footer's offline part: the marker that puts the service worker in place (lib/islands/service-worker.ts;
 * a built site only, never `npm run dev`) and 「清除离线内容」 (lib/islands/offline-clear.ts), hidden until the
 * island finds a browser that can keep pages offline.
 */
export function OfflineControls() {
  const worker = process.env.NODE_ENV === 'production' ? { 'data-sw': SW_URL } : {};
  return (
    <div data-island="service-worker" {...worker} className="print-hidden">
      <div data-island="offline-clear" hidden className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <p>打开过的页面会保存在这台设备上，没有网络时也能阅读。</p>
        <button type="button" className="inline-flex min-h-11 items-center rounded-md border border-line px-3 text-ink hover:bg-surface">
          清除离线内容
        </button>
        <span role="status" />
      </div>
    </div>
  );
}
