import { describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from 'trpc-to-openapi';
import { appRouter } from '@/server/trpc/router';

describe('the OpenAPI document', () => {
  const doc = generateOpenApiDocument(appRouter, { title: 'Tally API', version: '1.0.0', baseUrl: 'http://127.0.0.1/api/v1' });

  it('documents creating, renaming, merging and splitting topics and measures, and their history', () => {
    const paths = doc.paths ?? {};
    expect(Object.keys(paths['/topics'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
    expect(Object.keys(paths['/topics/{id}'] ?? {})).toContain('patch');
    for (const p of ['/topics/{id}/merge', '/topics/{id}/split', '/measures/{id}/merge', '/measures/{id}/split']) expect(Object.keys(paths[p] ?? {})).toEqual(['post']);
    for (const p of ['/topics/{id}/changes', '/measures/{id}/changes', '/measures/{id}/history']) expect(Object.keys(paths[p] ?? {})).toEqual(['get']);
    expect(Object.keys(paths['/measures'] ?? {})).toEqual(expect.arrayContaining(['get', 'post']));
  });

  it('says a flag has camps', () => {
    const text = JSON.stringify(doc);
    expect(text).toContain('"camps"');
  });
});
