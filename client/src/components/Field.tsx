import { useId, type ReactNode } from 'react';

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
}

/**
 * A labelled form control with an optional help line, tied to it by aria-describedby (not inside
 * the label, so the control's name stays short): `<Field label="Email">{(p) => <input {...p} />}</Field>`.
 */
export function Field({ label, help, className, children }: { label: string; help?: ReactNode; className?: string; children: (props: FieldControlProps) => ReactNode }) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {children({ id, 'aria-describedby': help ? `${id}-help` : undefined })}
      {help ? (
        <span id={`${id}-help`} className="secondary-text">
          {help}
        </span>
      ) : null}
    </div>
  );
}
