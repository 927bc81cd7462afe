import { notFound } from '@/server/embed/http';

/** /embed on its own names no chart: the embed's small 404 page, frameable like the rest. */
export function GET(req: Request) {
  return notFound(req, 'An embed address names a figure, e.g. /embed/drones-delivered.');
}

export const dynamic = 'force-dynamic';
