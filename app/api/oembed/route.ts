import { handleOembed } from '@/server/embed/oembed';

/** oEmbed (type "rich") for figure pages and embed URLs; see server/embed/oembed.ts. */
export function GET(req: Request) {
  return handleOembed(req);
}

export const dynamic = 'force-dynamic';
