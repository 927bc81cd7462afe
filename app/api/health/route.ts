/** Liveness: the process answers. Says nothing about the database (that is /api/ready). */
export function GET() {
  return Response.json({ status: 'alive' }, { headers: { 'Cache-Control': 'no-store' } });
}

export const dynamic = 'force-dynamic';
