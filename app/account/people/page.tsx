import { redirect } from 'next/navigation';
import { currentPrincipal } from '@/app/components/account/current';
import { PeoplePanel } from '@/app/components/account/PeoplePanel';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'People and roles' };

export default async function PeoplePage() {
  const who = await currentPrincipal();
  if (!who.user) redirect('/login?next=/account/people');
  return (
    <div className="account-page">
      <div>
        <p className="eyebrow">Account</p>
        <h1>People and roles</h1>
      </div>
      {who.role === 'admin' ? (
        <PeoplePanel me={who.user.name} />
      ) : (
        <p className="notice" data-testid="not-admin">
          Only an admin manages people; you are signed in as a {who.role}.
        </p>
      )}
    </div>
  );
}
