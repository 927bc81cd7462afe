/** Kept for callers outside extract that import this path; new code imports '@/server/extract' or './text/dateline'. */
export * from './text/dateline';
