/**
 * 「清除离线内容」 in the footer (components/offline-controls.tsx): empties every offline cache on this
 * device — saved pages, their files, the search index parts, the precached shell. The worker does it when
 * there is one (it also forgets its expiry records); without one the caches are deleted here. Shown only
 * where the browser can keep pages offline at all.
 */
import { askWorker } from '@/lib/offline/messages';
import { CACHES } from '@/lib/offline/policy';
import { onButtonTask } from './button-task';
import { part } from './dom';

async function savedPageCount(): Promise<number> {
  return (await caches.has(CACHES.pages)) ? (await (await caches.open(CACHES.pages)).keys()).length : 0;
}

async function clearAll(): Promise<void> {
  if (navigator.serviceWorker.controller) await askWorker<boolean>({ type: 'CLEAR_OFFLINE' }, 10_000).catch(() => false);
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHES.prefix) && name !== CACHES.settings).map((name) => caches.delete(name)));
}

export function start(root: HTMLElement): void {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const button = part<HTMLButtonElement>(root, 'button');
  const status = part(root, '[role="status"]');
  root.hidden = false;
  onButtonTask(button, status, { working: '正在清除…', failed: '没能清除：请关闭其他打开本站的标签页后再试。' }, async () => {
    const count = await savedPageCount();
    await clearAll();
    return count > 0 ? `已清除这台设备上保存的 ${count} 个页面。` : '这台设备上没有保存的页面。';
  });
}
