import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export function EmptyState({
  icon = 'inbox',
  title,
  children,
  action,
  compact = false,
}: {
  icon?: IconName;
  title: string;
  children: ReactNode;
  action?: ReactNode;
  /** Smaller, for use inside a card among others. */
  compact?: boolean;
}) {
  // Compact states sit inside a card whose own title is the h2.
  const Heading = compact ? 'h3' : 'h2';
  return (
    <div className={compact ? 'empty-state empty-state--compact' : 'empty-state'}>
      <span className="empty-state__icon">
        <Icon name={icon} size={compact ? 22 : 28} />
      </span>
      <Heading className="empty-state__title">{title}</Heading>
      <div className="empty-state__body">{children}</div>
      {action ? <div className="empty-state__action">{action}</div> : null}
    </div>
  );
}
