'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState } from 'react';
import { isContentStatus, problemPlace, type ContentStatus } from '@/lib/dev/content-status';

type Props = { eventsPort: string };

/**
 * Development only (`npm run dev`): listens for content rebuilds, refreshes the page when
 * its records change, and shows the content step's problems over the page until fixed.
 */
export function DevContentWatcher({ eventsPort }: Props) {
  const router = useRouter();
  const [status, setStatus] = useState<ContentStatus | undefined>();
  const seen = useRef<number | undefined>(undefined);

  useEffect(() => {
    const source = new EventSource(`http://${window.location.hostname}:${eventsPort}/`);
    source.onmessage = (event: MessageEvent<string>) => {
      const next: unknown = JSON.parse(event.data);
      if (!isContentStatus(next)) return;
      // The first message refreshes too: a save may have landed while this page was loading or the stream reconnecting.
      if (next.ok && next.revision !== seen.current) router.refresh();
      seen.current = next.revision;
      setStatus(next);
    };
    return () => source.close();
  }, [eventsPort, router]);

  if (!status || status.problems.length === 0) return null;
  const files = new Set(status.problems.map((p) => p.file)).size;
  return (
    <div role="alert" className="fixed inset-x-0 bottom-0 z-50 max-h-[50vh] overflow-auto border-t-4 border-red-700 bg-red-50 p-4 text-red-950 shadow-lg">
      <p className="font-bold">
        {status.ok ? `${files} 个内容文件有问题，没有发布（其余内容已更新）：` : `内容文件有 ${status.problems.length} 个问题，页面仍显示上一次成功的版本：`}
      </p>
      <ul className="mt-2 space-y-1 font-mono text-sm">
        {status.problems.map((p) => (
          <li key={`${p.file}:${p.line}:${p.message}`}>
            <span className="font-semibold">{problemPlace(p)}</span>
            ：{p.message} — {p.fix}
          </li>
        ))}
      </ul>
    </div>
  );
}
