import { generateOpenApiDocument } from 'trpc-to-openapi';
import { appRouter } from '@/server/trpc/router';

let doc: ReturnType<typeof generateOpenApiDocument> | undefined;

export function GET(req: Request) {
  doc ??= generateOpenApiDocument(appRouter, {
    title: 'Tally API',
    description: 'Figures in the news with their sources, and where sources disagree. Reading is public.',
    version: '1.0.0',
    baseUrl: `${new URL(req.url).origin}/api/v1`,
    tags: ['topics', 'measures', 'claims', 'sources', 'flags'],
  });
  return Response.json(doc, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
