import { forwardRef, type ReactNode } from 'react';

type AlertType = 'info' | 'ok' | 'warning' | 'error';

interface AlertProps {
  type?: AlertType;
  /** 'alert' for errors that appear after an action; 'status' for polite news. */
  role?: 'alert' | 'status';
  children: ReactNode;
  id?: string;
  focusable?: boolean;
}

/** Utrecht alert box. The message must say what it is in words, not only by colour. */
export const Alert = forwardRef<HTMLDivElement, AlertProps>(function Alert(
  { type = 'info', role, children, id, focusable },
  ref,
) {
  return (
    <div
      ref={ref}
      id={id}
      role={role}
      tabIndex={focusable ? -1 : undefined}
      className={`utrecht-alert utrecht-alert--${type}`}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
});
