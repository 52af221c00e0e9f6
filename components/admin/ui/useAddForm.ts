'use client';

import { useState, type FormEvent } from 'react';
import { useAdminAction } from './useAdminAction';

export interface AddFormOptions<Body> {
  /** The admin API that creates the thing (POST). */
  url: string;
  /** The request body, read from the form's fields. */
  read(data: FormData): Body;
  /** What the success notice calls the new thing. */
  nameOf(body: Body): string;
  /** Ready for the next one; by default the form is reset. */
  afterAdd?(form: HTMLFormElement): void;
}

/**
 * A console form that adds one thing at a time: on submit it POSTs what the fields say; after a success it names
 * what was added and clears the form for the next one; a refusal keeps every field as typed.
 *   const { action, added, submit } = useAddForm({ url: '/api/admin/risks', read: readRiskForm, nameOf: (b) => b.title });
 *   <form onSubmit={submit}>{added && <Notice tone="success">{`Added “${added}”.`}</Notice>}…
 */
export function useAddForm<Body>({ url, read, nameOf, afterAdd }: AddFormOptions<Body>) {
  const action = useAdminAction();
  const [added, setAdded] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(null);
    const form = event.currentTarget;
    const body = read(new FormData(form));
    const result = await action.run('POST', url, body);
    if (!result.ok) return;
    setAdded(nameOf(body).trim());
    if (afterAdd) afterAdd(form);
    else form.reset();
  }

  return { action, added, submit };
}
