import type { ReactNode } from 'react';
import { TRPCReactProvider } from './client';

/**
 * The layout of every route whose pages call the API from the browser (tRPC with React Query):
 * measures, sources, topics, search, ingest, review, account. The dashboard and /flags render on
 * the server and go without it, so their pages load none of its code. The query client is one per
 * tab (client.tsx), so moving between these routes keeps what it has fetched.
 */
export function RouteProvider({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
