// Moved to the domain so the embed's time axis ticks the same dates (server/embed/time-layout.ts).
export * from '@/server/domain/time-ticks';
