import { useEffect, useId, useState } from 'react';
import { Icon } from '../../components/Icon';

/** A search box that reports its text after a short pause, so each keystroke does not start a query. */
export function SearchField({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange: (value: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useEffect(() => {
    if (text === value) return undefined;
    const timer = window.setTimeout(() => onChange(text), 350);
    return () => window.clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <div className="search-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Icon name="search" size={16} className="search-field__icon" />
      <input id={id} type="search" value={text} placeholder={placeholder} onChange={(event) => setText(event.target.value)} autoComplete="off" />
    </div>
  );
}
