// Decides what the page shows before anything else: the sign-in page when the server answers 401 (team mode without
// a session), otherwise the explorer with what the account may do. A session that ends later brings the sign-in
// page back.
import { useEffect, useState, type ReactNode } from 'react';
import { GraphQLRequestError } from '../../api/graphql-client.ts';
import { onUnauthenticated, previewingAsPublic, type Me } from '../../api/session.ts';
import { AccessContext, accessOf } from './access.ts';
import { fetchMe } from './account-queries.ts';
import { SignInPage } from './SignInPage.tsx';

type GateState = { kind: 'loading' } | { kind: 'signed-out' } | { kind: 'in'; me: Me | null } | { kind: 'failed'; message: string };

export function AccessGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>({ kind: 'loading' });

  useEffect(() => {
    const off = onUnauthenticated(() => setState({ kind: 'signed-out' }));
    fetchMe().then(
      (me) => setState({ kind: 'in', me }),
      (e: unknown) =>
        setState(e instanceof GraphQLRequestError && e.code === 'UNAUTHENTICATED' ? { kind: 'signed-out' } : { kind: 'failed', message: String(e) }),
    );
    return off;
  }, []);

  if (state.kind === 'loading') return <div className="gate-message">Loading…</div>;
  if (state.kind === 'failed') return <div className="gate-message">Could not reach the server: {state.message}</div>;
  // Reloading after sign-in starts the explorer afresh, with the reads of the signed-in account only.
  if (state.kind === 'signed-out') return <SignInPage onSignedIn={() => window.location.reload()} />;
  return <AccessContext.Provider value={accessOf(state.me, previewingAsPublic())}>{children}</AccessContext.Provider>;
}
