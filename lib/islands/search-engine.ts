/**
 * The page's side of the search worker (lib/search/engine/worker.ts): starts it on the first search (or takes over the one
 * the head script started on a link to results) and matches its replies to the searches that asked. A worker that
 * fails to load or dies fails the searches waiting on it, and the next search starts a new one.
 */
import { EARLY_WORKER, ENGINE_ATTRIBUTE, type EngineAnswer, type EngineReply, type EngineRequest } from '@/lib/search/engine/protocol';

let worker: Worker | undefined;
let lastId = 0;
const waiting = new Map<number, (answer: EngineAnswer) => void>();

export const ENGINE_FAILED = '搜索程序加载失败';

/** The worker's script, named by the head script's attribute (app/layout.tsx). */
function engineUrl(): string {
  const url = document.querySelector(`script[${ENGINE_ATTRIBUTE}]`)?.getAttribute(ENGINE_ATTRIBUTE);
  if (!url) throw new Error(`页面缺少搜索程序的地址（${ENGINE_ATTRIBUTE}）`);
  return url;
}

function connect(): Worker {
  if (worker) return worker;
  const globals = window as unknown as Record<string, Worker | undefined>;
  const early = globals[EARLY_WORKER];
  delete globals[EARLY_WORKER];
  const started = early ?? new Worker(engineUrl());
  // Marks of the page's side of a search, for scripts/bench/first-search.ts, as the worker marks its own steps.
  performance.mark('search:worker created');
  started.onmessage = ({ data }: MessageEvent<EngineReply>) => {
    performance.mark(`search:#${data.id} reply`);
    const settle = waiting.get(data.id);
    waiting.delete(data.id);
    settle?.(data);
  };
  started.onerror = (event) => {
    event.preventDefault();
    started.terminate();
    if (worker === started) worker = undefined;
    for (const settle of waiting.values()) settle({ ok: false, message: ENGINE_FAILED });
    waiting.clear();
  };
  worker = started;
  return started;
}

/** One search in the worker; never rejects: a failure is an answer with its message. */
export function askEngine(request: Omit<EngineRequest, 'id'>): Promise<EngineAnswer> {
  return new Promise((resolve) => {
    let target: Worker;
    try {
      target = connect();
    } catch (failure) {
      resolve({ ok: false, message: failure instanceof Error ? failure.message : String(failure) });
      return;
    }
    const id = (lastId += 1);
    waiting.set(id, resolve);
    target.postMessage({ ...request, id } satisfies EngineRequest);
  });
}
