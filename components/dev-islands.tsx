'use client';

import { useEffect } from 'react';
import { startIslands } from '@/lib/islands/start';

/**
 * Development only (`npm run dev`): there the Next.js runtime stays in the page (fast refresh, the content
 * watcher's in-place refresh), so the islands start once React has hydrated the server markup they attach
 * to, not before it. A built page has no runtime and loads the islands' own bundle instead (app/layout.tsx).
 */
export function DevIslands() {
  useEffect(() => void startIslands(), []);
  return null;
}
