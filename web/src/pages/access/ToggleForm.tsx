// A button that opens a small form in place (like "Terugverwijzen" in triage). Opening moves focus
// to the first field; cancelling returns it to the button; after a successful save the caller's
// notice takes focus.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../components/Button';
import { focusLater } from './shared';
import { fieldId } from '../../components/fieldIds';

interface ToggleFormProps {
  label: string;
  /** Field path of the first field, focused when the form opens. */
  firstField: string;
  children: (close: (saved?: boolean) => void) => ReactNode;
}

export function ToggleForm({ label, firstField, children }: ToggleFormProps) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (open) focusLater(fieldId(firstField));
    else if (returnFocus.current) toggleRef.current?.focus();
    returnFocus.current = false;
  }, [open, firstField]);

  if (!open) {
    return (
      <Button ref={toggleRef} appearance="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="doorbraak-access-form">
      {children((saved) => {
        returnFocus.current = !saved;
        setOpen(false);
      })}
    </div>
  );
}
