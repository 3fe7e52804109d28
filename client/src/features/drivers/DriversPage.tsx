import { PlaceholderPage } from '../../components/PlaceholderPage';

export function DriversPage() {
  return <PlaceholderPage page="drivers" />;
}
