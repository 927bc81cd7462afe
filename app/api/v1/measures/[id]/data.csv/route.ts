import { handleData } from '@/server/embed/data-route';

/** The data behind a chart as CSV, one record per claim; beside the OpenAPI catch-all, which it takes precedence over. */
export async function GET(req: Request, ctx: { params: Promise<{ id: string }> }) {
  return handleData(req, 'measure', (await ctx.params).id, 'csv');
}

export const dynamic = 'force-dynamic';
