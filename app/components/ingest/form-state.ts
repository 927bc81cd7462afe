'use client';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { TRPCClientError } from '@trpc/client';

/** A form's text fields as one object, and a change handler per field. */
export function useFields<T extends Record<string, string>>(initial: T) {
  const [fields, setFields] = useState(initial);
  const set = (k: keyof T) => (e: { target: { value: string } }) => setFields((v) => ({ ...v, [k]: e.target.value }));
  return [fields, set] as const;
}

/**
 * What every write from a page does when it answers: refresh every query (charts, flags and
 * tables all derive from the same claims) and close the form; or show the server's message.
 */
export function useWriteOutcome(onDone: () => void, setError: (message: string) => void) {
  const qc = useQueryClient();
  return {
    onSuccess: async () => {
      await qc.invalidateQueries();
      onDone();
    },
    onError: (e: unknown) => setError(e instanceof TRPCClientError ? e.message : 'Tally could not be reached.'),
  };
}
