import { cloneElement, isValidElement, useId, type ReactElement, type ReactNode } from 'react';
import styles from './ui.module.css';

type ControlProps = { id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean };

/**
 * A labelled form control: put one <input>, <select> or <textarea> inside; it gets an id, the label, the hint or
 * error as its description, and the console's styling.
 *   <Field label="Email" hint="They sign in with it." error={action.fieldError('email')}>
 *     <input name="email" type="email" required />
 *   </Field>
 */
export function Field({ label, hint, error, children, className }: { label: ReactNode; hint?: ReactNode; error?: ReactNode; children: ReactNode; className?: string }) {
  const generated = useId();
  const control = isValidElement<ControlProps>(children) ? (children as ReactElement<ControlProps>) : null;
  const id = control?.props.id ?? generated;
  const noteId = `${id}-note`;
  const note = error ?? hint;
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')} data-invalid={error ? 'true' : undefined}>
      <label className={styles.labelText} htmlFor={id}>
        {label}
      </label>
      {control
        ? cloneElement(control, { id, 'aria-describedby': note ? noteId : undefined, 'aria-invalid': error ? true : undefined })
        : children}
      {error ? (
        <p className={styles.fieldError} id={noteId} role="alert">
          {error}
        </p>
      ) : (
        hint && (
          <p className={styles.hint} id={noteId}>
            {hint}
          </p>
        )
      )}
    </div>
  );
}
