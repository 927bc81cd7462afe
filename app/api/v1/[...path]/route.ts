import { createOpenApiFetchHandler } from 'trpc-to-openapi';
import { appRouter } from '@/server/trpc/router';
import { createContext, isAdminRequest } from '@/server/trpc/context';

/** 1 MB of article text, escaped in JSON, with room for the other fields. */
const MAX_BODY_BYTES = 3_000_000;

function problem(status: number, code: string, message: string): Response {
  return Response.json({ message, code }, { status });
}

/**
 * Bodies are checked before the procedures see them, so a body that is too large or is not JSON
 * gets a message that says so, not a generic parse error.
 */
async function checkBody(req: Request): Promise<Response | null> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'DELETE') return null;
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return problem(413, 'PAYLOAD_TOO_LARGE', 'The request body is over 3 MB; an article’s text may be at most 1 MB.');
  const raw = await req.clone().arrayBuffer();
  if (raw.byteLength > MAX_BODY_BYTES) return problem(413, 'PAYLOAD_TOO_LARGE', 'The request body is over 3 MB; an article’s text may be at most 1 MB.');
  if (!/application\/json/i.test(req.headers.get('content-type') ?? '')) return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as JSON with Content-Type: application/json.');
  // Without the admin token a write is refused (401) whatever its body; tRPC says so.
  if (!isAdminRequest(req.headers) && new URL(req.url).pathname.replace(/\/+$/, '') === '/api/v1/sources') return null;
  try {
    JSON.parse(new TextDecoder().decode(raw));
  } catch (e) {
    return problem(400, 'PARSE_ERROR', `The request body is not valid JSON (${(e as Error).message}).`);
  }
  return null;
}

/** The same procedures as plain HTTP/JSON, for people outside TypeScript (see /api/openapi.json). */
async function handler(req: Request): Promise<Response> {
  return (
    (await checkBody(req)) ??
    createOpenApiFetchHandler({
      endpoint: '/api/v1',
      req,
      router: appRouter,
      createContext: () => createContext({ headers: req.headers }),
    })
  );
}

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
export const dynamic = 'force-dynamic';
