import Link from 'next/link';
import type { ButtonHTMLAttributes, ComponentProps } from 'react';
import styles from './ui.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

interface Look {
  variant?: ButtonVariant;
  size?: 'normal' | 'small';
  /** Full width (forms on phones). */
  block?: boolean;
}

function classes({ variant = 'secondary', size = 'normal', block }: Look, extra?: string) {
  return [styles.button, styles[variant], size === 'small' && styles.small, block && styles.block, extra].filter(Boolean).join(' ');
}

/**
 * A console button, 44 px tall. type defaults to "button": pass type="submit" in forms.
 * busy disables it and shows busyLabel (e.g. "Saving…") while a request runs.
 *   <Button variant="primary" type="submit" busy={action.busy} busyLabel="Saving…">Save</Button>
 */
export function Button({
  variant,
  size,
  block,
  busy,
  busyLabel,
  className,
  type = 'button',
  children,
  disabled,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & Look & { busy?: boolean; busyLabel?: string }) {
  return (
    <button {...rest} type={type} disabled={disabled || busy} aria-busy={busy || undefined} className={classes({ variant, size, block }, className)}>
      {busy && busyLabel ? busyLabel : children}
    </button>
  );
}

/** A link that looks like a Button: <ButtonLink href="/admin/alerts" variant="primary">Raise an alert</ButtonLink> */
export function ButtonLink({ variant, size, block, className, ...rest }: ComponentProps<typeof Link> & Look) {
  return <Link {...rest} className={classes({ variant, size, block }, className)} />;
}
