// Router links and plain links with the Utrecht link style.
import { createLink } from '@tanstack/react-router';
import { forwardRef, type AnchorHTMLAttributes } from 'react';

const StyledAnchor = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
  function StyledAnchor({ className, ...rest }, ref) {
    return (
      <a
        ref={ref}
        className={['utrecht-link', 'utrecht-link--html-a', className ?? ''].filter(Boolean).join(' ')}
        {...rest}
      />
    );
  },
);

/** A TanStack Router link (typed `to`/`params`/`search`) styled as an Utrecht link. */
export const AppLink = createLink(StyledAnchor);

const ButtonAnchor = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(
  function ButtonAnchor({ className, ...rest }, ref) {
    return (
      <a
        ref={ref}
        className={[
          'utrecht-button-link',
          'utrecht-button-link--html-a',
          'utrecht-button-link--secondary-action',
          className ?? '',
        ]
          .filter(Boolean)
          .join(' ')}
        {...rest}
      />
    );
  },
);

/** A router link that looks like a (secondary) button. */
export const ButtonLink = createLink(ButtonAnchor);
