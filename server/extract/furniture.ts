/** Kept for callers outside extract that import this path; new code imports '@/server/extract' or './text/furniture'. */
export * from './text/furniture';
