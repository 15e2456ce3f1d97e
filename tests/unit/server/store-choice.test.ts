import { describe, expect, it } from 'vitest';
import { parseAllowedOrigins } from '@/lib/server/feedback-api';
import { describeStore, feedbackStoreChoice } from '@/lib/server/store-from-env';

describe('which store, from the environment', () => {
  it('takes DATABASE_URL when set, else the PGlite folder, data/feedback by default', () => {
    expect(feedbackStoreChoice({})).toEqual({ dataDir: 'data/feedback' });
    expect(feedbackStoreChoice({ FEEDBACK_DATA: 'memory://', DATABASE_URL: ' ' })).toEqual({ dataDir: 'memory://' });
    expect(feedbackStoreChoice({ DATABASE_URL: 'postgres://u:p@db:5432/yibao', FEEDBACK_DATA: 'x' })).toEqual({ databaseUrl: 'postgres://u:p@db:5432/yibao' });
  });

  it('names the store in a log line without its password', () => {
    expect(describeStore({ databaseUrl: 'postgres://u:secret@db:5432/yibao' })).toBe('PostgreSQL at db:5432/yibao');
    expect(describeStore({ dataDir: 'data/feedback' })).toBe('PGlite in data/feedback/');
  });
});

describe('FEEDBACK_ALLOWED_ORIGINS', () => {
  it('reads a comma-separated list as origins', () => {
    expect(parseAllowedOrigins(undefined)).toEqual([]);
    expect(parseAllowedOrigins(' https://a.example/ , http://b.example:8080/path ,')).toEqual(['https://a.example', 'http://b.example:8080']);
  });

  it('refuses what is not an http(s) origin, at start', () => {
    expect(() => parseAllowedOrigins('a.example')).toThrow(/FEEDBACK_ALLOWED_ORIGINS: not an origin/);
    expect(() => parseAllowedOrigins('ftp://a.example')).toThrow(/must be http or https/);
  });
});
