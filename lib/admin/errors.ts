/**
 * A refusal the console explains to the user, with its HTTP status and a stable code for the client
 * (e.g. 404 not_found, 409 email_taken, 409 last_admin, 409 already_set_up).
 */
export class AdminError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AdminError';
  }
}
