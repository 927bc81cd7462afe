import { generateOpenApiDocument } from 'trpc-to-openapi';
import { appRouter } from '@/server/trpc/router';
import { publicOrigin } from '@/server/env';

let doc: ReturnType<typeof generateOpenApiDocument> | undefined;

/** The document names the configured public address, never the Host a request came with. */
export function GET() {
  doc ??= generateOpenApiDocument(appRouter, {
    title: 'Tally API',
    description: 'Figures in the news with their sources, and where sources disagree. Reading is public.',
    version: '1.0.0',
    baseUrl: `${publicOrigin()}/api/v1`,
    tags: ['topics', 'measures', 'claims', 'sources', 'flags'],
  });
  return Response.json(doc, { headers: { 'Cache-Control': 'public, max-age=60' } });
}
