import { readiness } from '@/server/db/ready';

/** Readiness: 200 when the database answers a query, 503 (with the reason) when it does not. */
export async function GET() {
  const r = await readiness();
  return Response.json(r, { status: r.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store', ...(r.ready ? {} : { 'Retry-After': '5' }) } });
}

export const dynamic = 'force-dynamic';
