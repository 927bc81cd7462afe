import { redirect } from 'next/navigation';
import { currentPrincipal } from '@/app/components/account/current';
import { TokensPanel } from '@/app/components/account/TokensPanel';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Your account' };

export default async function AccountPage() {
  const who = await currentPrincipal();
  if (!who.user) redirect('/login?next=/account');
  return (
    <div className="account-page">
      <div>
        <p className="eyebrow">Account</p>
        <h1>{who.user.name}</h1>
        <p className="lede">
          Signed in as a {who.role}
          {who.role === 'admin' && (
            <>
              {' '}
              · <a href="/account/people">people and roles</a>
            </>
          )}
          . Forgot your password? An admin can give you a new one (or <code>npm run user -- password NAME</code>).
        </p>
      </div>
      <TokensPanel />
    </div>
  );
}
