import { useReferenceData } from '../../api/operations/reference';
import { Icon } from '../../components/Icon';
import { useT } from '../../i18n';
import { useCurrentUser } from './useCurrentUser';

/** Who is working in which organization; the place for the account menu once sign-in exists. */
export function CurrentUser() {
  const t = useT();
  const user = useCurrentUser();
  const organization = useReferenceData().data?.organization;
  return (
    <div className="current-user" data-testid="current-user">
      <Icon name="user" size={16} />
      <span className="current-user__text">
        <span className="current-user__name">{user ? user.name : t('user.guest')}</span>
        {organization ? <span className="secondary-text">{organization.name}</span> : null}
      </span>
    </div>
  );
}
