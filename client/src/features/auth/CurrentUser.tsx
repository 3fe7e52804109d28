import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useReferenceData } from '../../api/operations/reference';
import { paths } from '../../app/paths';
import { Icon } from '../../components/Icon';
import { sharedSearch } from '../../filters/filterParams';
import { useT } from '../../i18n';
import { useCurrentUser, useSession } from './useCurrentUser';

/** Who is signed in (name, role, organization), with a menu: Settings and Sign out. */
export function CurrentUser() {
  const t = useT();
  const id = useId();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const organization = useReferenceData().data?.organization;
  const search = sharedSearch(useSearchParams()[0]);
  const [open, setOpen] = useState(false);
  const [leaving, setLeaving] = useState(false);
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

  if (!user) return null;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const leave = async () => {
    setLeaving(true);
    await signOut();
  };

  return (
    <div className="current-user" data-testid="current-user" ref={root} onKeyDown={(event) => event.key === 'Escape' && open && close()}>
      <button ref={button} type="button" className="current-user__button" aria-expanded={open} aria-controls={`${id}-menu`} onClick={() => setOpen((value) => !value)}>
        <Icon name="user" size={16} />
        <span className="current-user__text">
          <span className="current-user__name">{user.name}</span>
          <span className="secondary-text">
            {t(`role.${user.role}`)} · {organization?.name ?? user.organization}
          </span>
        </span>
        <Icon name="chevronDown" size={14} />
      </button>
      {open ? (
        <div id={`${id}-menu`} className="current-user__menu">
          <p className="current-user__email secondary-text">{user.email}</p>
          <ul>
            <li>
              <Link to={{ pathname: paths.settings, search }} className="current-user__item" onClick={() => setOpen(false)}>
                <Icon name="settings" size={16} />
                {t('nav.settings')}
              </Link>
            </li>
            <li>
              <button type="button" className="current-user__item" onClick={leave} disabled={leaving}>
                <Icon name="logout" size={16} />
                {t('user.signOut')}
              </button>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
