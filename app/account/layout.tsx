import type { ReactNode } from 'react';
import { RouteProvider } from '@/app/trpc/RouteProvider';

// This route's pages call the API from the browser: they need the tRPC provider (app/trpc/RouteProvider.tsx).
export default function Layout({ children }: { children: ReactNode }) {
  return <RouteProvider>{children}</RouteProvider>;
}
