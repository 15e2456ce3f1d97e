import { describe, expect, it } from 'vitest';
import { pageUrls } from '@/lib/export/check-out';

describe('the URLs a finished page names', () => {
  it('counts a GET form’s target as a page, and leaves out a POST form’s, which is a server endpoint', () => {
    const html = '<html><body><a href="/q/a/">a</a><form action="/search/"></form><form method="post" action="/api/feedback"></form><form method="POST" action="https://fb.example/api/feedback"></form></body></html>';
    expect(pageUrls(html)).toEqual(['/q/a/', '/search/']);
  });
});
