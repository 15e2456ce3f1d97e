/**
 * 「保存以便离线阅读」 on a question page (components/save-offline.tsx): asks the worker to save this page,
 * the excerpts it lists and the offline page, each with the files it loads, and says how it went. Every
 * page the reader opens is saved anyway; this is for reading on ahead, and for a connection that saves data,
 * where the worker precaches nothing by itself.
 */
import { askWorker, type SaveResult } from '@/lib/offline/messages';
import { OFFLINE_PATH } from '@/lib/offline/policy';
import { onButtonTask } from './button-task';
import { part } from './dom';

export function start(root: HTMLElement): void {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const button = part<HTMLButtonElement>(root, 'button');
  const status = part(root, '[role="status"]');
  const here = location.pathname;
  const related = (root.dataset.savePaths ?? '').split(/\s+/).filter(Boolean);
  button.classList.remove('invisible');
  const failed = '没能保存：请在联网时再试。';
  onButtonTask(button, status, { working: '正在保存…', failed }, async () => {
    const paths = [...new Set([here, ...related, OFFLINE_PATH])];
    const { saved } = await askWorker<SaveResult>({ type: 'SAVE_PAGES', paths });
    const pages = saved.filter((p) => p !== OFFLINE_PATH);
    if (!saved.includes(here)) return failed;
    return `已保存${pages.length > 1 ? `这一页和 ${pages.length - 1} 篇相关摘要` : '这一页'}，没有网络时也能阅读。`;
  });
}
