import { LoginForm } from '@/app/components/account/LoginForm';
import { currentPrincipal } from '@/app/components/account/current';
import { safeNext } from '@/server/domain/accounts';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Sign in' };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

export default async function LoginPage({ searchParams }: { searchParams: Search }) {
  const q = await searchParams;
  const next = safeNext(one(q.next));
  const who = await currentPrincipal();
  return (
    <div className="auth">
      <p className="eyebrow">Account</p>
      <h1>Sign in to Tally</h1>
      {who.user ? (
        <div className="auth__card">
          <p style={{ margin: 0 }}>
            You are signed in as <strong>{who.user.name}</strong> ({who.role}).
          </p>
          <p className="auth__note">
            <a href={next}>Go on</a> · <a href="/account">your personal tokens</a>
          </p>
        </div>
      ) : (
        <LoginForm next={next} error={one(q.error)?.slice(0, 20) ?? null} />
      )}
    </div>
  );
}
