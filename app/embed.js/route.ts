import { handleScript } from '@/server/embed/script';

/** The script a host page includes so its Tally iframes take their content's height. */
export function GET(req: Request) {
  return handleScript(req);
}

export const dynamic = 'force-dynamic';
