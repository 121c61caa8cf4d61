import { forwardRef, type ButtonHTMLAttributes, type ReactNode } from 'react';

type Appearance = 'primary' | 'secondary' | 'subtle';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
  /** Shows the busy state; the button stays focusable but ignores clicks. */
  busy?: boolean;
}

/** NL Design System button (Utrecht CSS). Defaults to type="button". */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { appearance = 'secondary', busy = false, className, type = 'button', onClick, ...rest },
  ref,
) {
  const classes = [
    'utrecht-button',
    appearance === 'subtle' ? 'utrecht-button--subtle' : `utrecht-button--${appearance}-action`,
    type === 'submit' ? 'utrecht-button--submit' : '',
    busy ? 'utrecht-button--busy' : '',
    className ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      ref={ref}
      type={type}
      className={classes}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    />
  );
});

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="utrecht-button-group utrecht-button-group--row">{children}</div>;
}
