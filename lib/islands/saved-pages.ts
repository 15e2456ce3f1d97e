/**
 * The list of pages saved on this device, on the offline page (app/offline/page.tsx): titles and the day each
 * was saved, newest first, read from the worker's page cache (lib/offline/). None past its age is listed.
 */
import { CACHES } from '@/lib/offline/policy';
import { savedDate, savedList, savedPage } from '@/lib/offline/saved-page';
import { questionItem } from '@/lib/markup/question-item';
import { part, toDom } from './dom';

export function start(root: HTMLElement): void {
  const status = part(root, '[data-saved-status]');
  const list = part<HTMLUListElement>(root, '[data-saved-list]');
  if (!('caches' in window)) {
    status.textContent = '这个浏览器不能把页面保存下来离线阅读。';
    return;
  }
  void (async () => {
    const cache = await caches.open(CACHES.pages);
    const pages = await Promise.all(
      (await cache.keys()).map(async (request) => {
        const response = await cache.match(request);
        return response ? savedPage(new URL(request.url).pathname, response.headers) : undefined;
      }),
    );
    const saved = savedList(pages, new Date());
    if (saved.length === 0) {
      status.textContent = '这台设备上还没有保存的页面。联网时打开的问答会自动保存，之后没有网络也能阅读。';
      return;
    }
    status.textContent = `已保存 ${saved.length} 个页面，最近保存的在前。内容是保存当天的，政策可能已经更新。`;
    list.replaceChildren(
      ...saved.map((page) => toDom(questionItem({ href: page.path, question: page.title, meta: [`${savedDate(page.savedAt)}保存`] }))),
    );
    list.hidden = false;
  })().catch(() => {
    status.textContent = '读不到这台设备上保存的页面。';
  });
}
