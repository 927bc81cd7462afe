import { handleEmbed } from '@/server/embed/serve';
// Offers the same cache to the server script, in front of Next (server/embed/fast.ts says how).
import '@/server/embed/fast';

/**
 * Every embed URL: /embed/{measureId}, /embed/topic/{topicId}, their pinned /v/{version} forms and
 * their chart.svg, chart.png, og.png and info.json (see server/embed/links.ts). A route handler,
 * not a page: the embed ships plain HTML and SVG and no React runtime.
 */
export async function GET(req: Request, ctx: { params: Promise<{ path: string[] }> }) {
  return handleEmbed(req, (await ctx.params).path);
}

export const dynamic = 'force-dynamic';
