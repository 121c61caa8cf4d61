import { forwardRef, type HTMLAttributes } from 'react';

type Level = 1 | 2 | 3 | 4;

interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: Level;
  /** Visual size when it differs from the level in the document outline. */
  look?: Level;
}

/** Utrecht heading; the page title (level 1) can take focus after navigation. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, look, className, ...rest },
  ref,
) {
  const Tag = `h${level}` as const;
  const classes = [`utrecht-heading-${look ?? level}`, className ?? ''].filter(Boolean).join(' ');
  return <Tag ref={ref} className={classes} tabIndex={level === 1 ? -1 : undefined} {...rest} />;
});

export function Paragraph({
  lead = false,
  className,
  ...rest
}: HTMLAttributes<HTMLParagraphElement> & { lead?: boolean }) {
  const classes = ['utrecht-paragraph', lead ? 'utrecht-paragraph--lead' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <p className={classes} {...rest} />;
}
