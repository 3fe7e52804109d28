import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Icon } from '../components/Icon';
import { useT } from '../i18n';

export interface Option {
  value: string;
  label: string;
  /** A second, muted line: a code, a city. */
  detail?: string;
}

export interface MultiSelectProps {
  label: string;
  /** What the button says when nothing is chosen ("All"). */
  allLabel: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  searchable?: boolean;
}

/**
 * A button opening a list of checkboxes. Choices apply at once; Escape or a click outside closes
 * it and gives the focus back to the button.
 */
export function MultiSelect({ label, allLabel, options, selected, onChange, searchable = false }: MultiSelectProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const visible = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) return options;
    return options.filter((option) => `${option.label} ${option.detail ?? ''}`.toLocaleLowerCase().includes(needle));
  }, [options, query]);

  const chosen = options.filter((option) => selected.includes(option.value));
  const summary = chosen.length === 0 ? allLabel : chosen.length === 1 ? chosen[0].label : t('filters.selectedCount', { count: chosen.length });
  const toggle = (value: string) =>
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="multi-select" ref={root} onKeyDown={(event) => event.key === 'Escape' && open && close()}>
      <button
        ref={button}
        type="button"
        className={`filter-button${chosen.length ? ' is-active' : ''}`}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="filter-button__label">{label}</span>
        <span className="filter-button__value">{summary}</span>
        <Icon name="chevronDown" size={14} />
      </button>
      {open ? (
        <div id={`${id}-panel`} className="multi-select__panel" role="group" aria-label={label}>
          {searchable ? (
            <input
              type="search"
              className="multi-select__search"
              placeholder={t('filters.search')}
              aria-label={t('filters.searchIn', { label })}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              autoFocus
            />
          ) : null}
          <ul className="multi-select__options">
            {visible.map((option) => (
              <li key={option.value}>
                <label className="multi-select__option">
                  <input type="checkbox" checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
                  <span>
                    {option.label}
                    {option.detail ? <span className="secondary-text"> {option.detail}</span> : null}
                  </span>
                </label>
              </li>
            ))}
            {visible.length === 0 ? <li className="muted multi-select__none">{t('filters.noOption')}</li> : null}
          </ul>
          <div className="multi-select__footer">
            <button type="button" className="link-button" onClick={() => onChange([])} disabled={!selected.length}>
              {t('filters.clear')}
            </button>
            <button type="button" className="button button--secondary button--small" onClick={close}>
              {t('filters.done')}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
