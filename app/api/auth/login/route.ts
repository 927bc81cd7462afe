import { login } from '@/server/http/auth-routes';

/** Sign in: name and password, as JSON or a form (server/http/auth-routes.ts). */
export const POST = (req: Request) => login(req);
export const dynamic = 'force-dynamic';
