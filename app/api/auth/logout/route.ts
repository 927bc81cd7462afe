import { logout } from '@/server/http/auth-routes';

/** Sign out this browser (server/http/auth-routes.ts). */
export const POST = (req: Request) => logout(req);
export const dynamic = 'force-dynamic';
